// swift-tools-version:6.0
import PackageDescription

// No dependencies: the standard library, Glibc and (in tests) Foundation only.

// Release executables on Linux are linked by lld (shipped with the Swift toolchain)
// with packed relative relocations (DT_RELR): the dynamic loader then applies ~300
// relocations at start instead of ~26,000 (BENCHMARKS.md, start-up).
let fastStart: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                 .when(platforms: [.linux], configuration: .release)),
]

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
        .target(name: "WBCore", swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .executableTarget(name: "wb-tasks", dependencies: ["WBCore"], linkerSettings: fastStart),
        .executableTarget(name: "wb-milestones", dependencies: ["WBCore"], linkerSettings: fastStart),
        .executableTarget(name: "wb-score", dependencies: ["WBCore"], linkerSettings: fastStart),
        .executableTarget(name: "wb-ics", dependencies: ["WBCore"], linkerSettings: fastStart),
        .executableTarget(name: "wb", dependencies: ["WBCore"], linkerSettings: fastStart),
        .testTarget(name: "WBCoreTests", dependencies: ["WBCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["WBCore", "wb-tasks", "wb-milestones", "wb-score", "wb-ics", "wb"],
            exclude: ["cases", "fakes"]
        ),
    ]
)
