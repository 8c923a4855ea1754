import Foundation
import PackagePlugin

/// Generates `EmbeddedSeed.swift` from the package's `seeds/` folder, so `vita` opens the bundled
/// record even when the binary is copied away from the checkout.
@main
struct EmbedSeed: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appending(path: "seeds")
        let files = ((try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" || $0.pathExtension == "bib" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeed.swift")
        return [
            .buildCommand(
                displayName: "Embedding seed records",
                executable: try context.tool(named: "embed-seed").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
