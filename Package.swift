// swift-tools-version:6.0
import PackageDescription

// No dependencies: the standard library, Glibc and (in tests) Foundation only.
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
        .target(name: "WBCore"),
        .executableTarget(name: "wb-tasks", dependencies: ["WBCore"]),
        .executableTarget(name: "wb-milestones", dependencies: ["WBCore"]),
        .executableTarget(name: "wb-score", dependencies: ["WBCore"]),
        .executableTarget(name: "wb-ics", dependencies: ["WBCore"]),
        .executableTarget(name: "wb", dependencies: ["WBCore"]),
        .testTarget(name: "WBCoreTests", dependencies: ["WBCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["WBCore", "wb-tasks", "wb-milestones", "wb-score", "wb-ics", "wb"],
            exclude: ["cases", "fakes"]
        ),
    ]
)
