// swift-tools-version:6.2

import PackageDescription

let package = Package(
    name: "kolvet",
    products: [
        .library(name: "KolvetKit", targets: ["KolvetKit"]),
        .executable(name: "kolvet", targets: ["kolvet"]),
    ],
    targets: [
        .target(name: "KolvetKit"),
        .executableTarget(name: "kolvet", dependencies: ["KolvetKit"]),
        // Measurement tools behind the figures in docs/ (labelled sets, benchmarks); not installed for users.
        .executableTarget(name: "kolvet-eval", dependencies: ["KolvetKit", "KolvetSimulation"]),
        // Seeded simulated creators, with planted fraud, for the benchmarks.
        .target(name: "KolvetSimulation", dependencies: ["KolvetKit"]),
        .testTarget(name: "KolvetKitTests", dependencies: ["KolvetKit", "KolvetSimulation"]),
    ]
)

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    // Require `any` for existential types.
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
