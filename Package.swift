// swift-tools-version:6.0
import PackageDescription

// No dependencies: the standard library, Glibc and (in tests) Foundation only.

// Release executables on Linux are static (the C library and libstdc++ too) and
// linked by lld, which ships with the Swift toolchain: no dynamic loader runs at
// start, where it spent two thirds of a run of `--version` resolving libstdc++'s
// symbols (BENCHMARKS.md, start-up). CP932 still converts through the C library's
// iconv, which loads that conversion's module from the system it was built on.
//
// The functions a run's start executes are laid out together, in the order of
// bench/startup.order (made by bench/order from the start of the tools' common runs),
// so that the few pages they fill are mapped in a few faults instead of one fault per
// function scattered over the binary's megabytes of code.
let fastStart: [LinkerSetting] = [
    .unsafeFlags(["-static-executable", "-use-ld=lld",
                  "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/bench/startup.order",
                  "-Xlinker", "--no-warn-symbol-ordering"],
                 .when(platforms: [.linux], configuration: .release)),
]

// Swift imports its string-processing module into every file unless told not to, and
// one use of it (a String's `contains` of a String) links its regular-expression engine
// into the binary: ~0.9 MB of the 12 MB the four tools may take. wb's code does
// without it (`holds` in Text/TextSearch.swift); the tests keep it.
let noStringProcessing: SwiftSetting = .unsafeFlags(["-Xfrontend", "-disable-implicit-string-processing-module-import"])

let package = Package(
    name: "wb",
    products: [
        .library(name: "WBCore", targets: ["WBCore"]),
        .executable(name: "wb-tasks", targets: ["wb-tasks"]),
        .executable(name: "wb-milestones", targets: ["wb-milestones"]),
        .executable(name: "wb-score", targets: ["wb-score"]),
        .executable(name: "wb-ics", targets: ["wb-ics"]),
        .executable(name: "wb", targets: ["wb"]),
    ],
    dependencies: [],
    targets: [
        // Debug builds (and so the tests) keep Swift's run-time exclusivity checks;
        // release builds drop them from the row loops' class properties.
        .target(name: "WBCore", swiftSettings: [noStringProcessing, .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-function-sections"],
                                                            .when(configuration: .release))]),
        .executableTarget(name: "wb-tasks", dependencies: ["WBCore"], swiftSettings: [noStringProcessing], linkerSettings: fastStart),
        .executableTarget(name: "wb-milestones", dependencies: ["WBCore"], swiftSettings: [noStringProcessing], linkerSettings: fastStart),
        .executableTarget(name: "wb-score", dependencies: ["WBCore"], swiftSettings: [noStringProcessing], linkerSettings: fastStart),
        .executableTarget(name: "wb-ics", dependencies: ["WBCore"], swiftSettings: [noStringProcessing], linkerSettings: fastStart),
        .executableTarget(name: "wb", dependencies: ["WBCore"], swiftSettings: [noStringProcessing], linkerSettings: fastStart),
        .testTarget(name: "WBCoreTests", dependencies: ["WBCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["WBCore", "wb-tasks", "wb-milestones", "wb-score", "wb-ics", "wb"],
            exclude: ["cases", "fakes", "scaling", "zones"]
        ),
    ]
)
