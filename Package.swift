// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Vita",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vita", targets: ["vita"]),
        .executable(name: "vita-bench", targets: ["vita-bench"]),
        .library(name: "VitaCore", targets: ["VitaCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Record formats, model, search, statistics. Foundation only, no terminal code.
        .target(name: "VitaCore"),
        // The scripted command line: subcommands and their output formats.
        .target(
            name: "VitaCLI",
            dependencies: ["VitaCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["EmbedSeed"]
        ),
        .executableTarget(name: "vita", dependencies: ["VitaCLI"]),
        .executableTarget(name: "vita-bench", dependencies: ["VitaCore"]),
        // Build-time helper: turns seeds/*.txt into Swift source so the binary carries its default record.
        .executableTarget(name: "embed-seed"),
        .plugin(name: "EmbedSeed", capability: .buildTool(), dependencies: ["embed-seed"]),
        .testTarget(name: "VitaCoreTests", dependencies: ["VitaCore"]),
        .testTarget(name: "VitaCLITests", dependencies: ["VitaCLI", "VitaCore", "vita"]),
    ],
    swiftLanguageModes: [.v6]
)
