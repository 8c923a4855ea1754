// swift-tools-version: 6.1
import PackageDescription

/// The core, its test support and its tests: what the sanitizer passes of `scripts/test` build
/// (`VITA_CORE_ONLY=1`), since they run the core's tests alone.
let core: [Target] = [
    // Record formats, model, search, statistics. Foundation only, no terminal code.
    .target(name: "VitaCore"),
    // What the test targets share: the checkout's root, the seed record, its reference date.
    .target(name: "VitaTestSupport", dependencies: ["VitaCore"], path: "Tests/VitaTestSupport"),
    .testTarget(name: "VitaCoreTests", dependencies: ["VitaCore", "VitaTestSupport"]),
]
let coreOnly = Context.environment["VITA_CORE_ONLY"] == "1"

let package = Package(
    name: "Vita",
    platforms: [.macOS(.v13)],
    products: coreOnly ? [.library(name: "VitaCore", targets: ["VitaCore"])] : [
        .executable(name: "vita", targets: ["vita"]),
        .executable(name: "vita-bench", targets: ["vita-bench"]),
        .library(name: "VitaCore", targets: ["VitaCore"]),
    ],
    dependencies: coreOnly ? [] : [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: core + (coreOnly ? [] : [
        // The scripted command line: subcommands and their output formats.
        .target(
            name: "VitaCLI",
            dependencies: ["VitaCore", "VitaTUI", "VitaStore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["EmbedResources"]
        ),
        // The C side of the terminal: ncursesw with the wide-character API, signal handlers that restore the terminal.
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The system SQLite, for the state that survives quitting.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // What the explorer keeps per record between runs (marks, settings, search history): SQLite in WAL mode.
        .target(name: "VitaStore", dependencies: ["VitaCore", "CSQLite"]),
        // The interactive explorer: state machine, views drawing into a Screen buffer, themes, one curses backend.
        .target(name: "VitaTUI", dependencies: ["VitaCore", "VitaStore", "CNcursesw"], plugins: ["EmbedResources"]),
        .executableTarget(name: "vita", dependencies: ["VitaCLI"]),
        .executableTarget(name: "vita-bench", dependencies: ["VitaCore", "VitaTUI"]),
        // Build-time helper: turns seeds/ and Themes/ into Swift source so the binary carries them.
        .executableTarget(name: "embed-resources"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),
        .testTarget(name: "VitaTUITests", dependencies: ["VitaTUI", "VitaCore", "VitaStore", "VitaTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "VitaCLITests", dependencies: ["VitaCLI", "VitaCore", "VitaTUI", "vita", "VitaTestSupport"]),
    ]),
    swiftLanguageModes: [.v6]
)
