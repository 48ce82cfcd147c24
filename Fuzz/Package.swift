// swift-tools-version:6.2
// libFuzzer targets for kolvet's parsers. Not part of the main build: scripts/fuzz.sh builds them with
// `swift build --sanitize=fuzzer` and runs them (docs/fuzzing.md).

import PackageDescription

let fuzzers = [
    "FuzzDossier", "FuzzShortlist", "FuzzValues", "FuzzMediaCrawler", "FuzzCLI", "FuzzPugongying", "FuzzResults",
]

let package = Package(
    name: "kolvet-fuzz",
    dependencies: [.package(name: "kolvet", path: "..")],
    targets: fuzzers.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "KolvetKit", package: "kolvet")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
