import Foundation
import PackagePlugin

/// Compiles files the program needs at run time into the binary, so `vita` works even when copied
/// away from the checkout: the seed records (`seeds/`) into VitaCLI, the themes (`Themes/`) into VitaTUI.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (folder, extensions, name) = target.name == "VitaTUI"
            ? ("Themes", ["toml"], "EmbeddedThemes")
            : ("seeds", ["txt", "bib"], "EmbeddedSeed")
        let directory = context.package.directoryURL.appending(path: folder)
        let files = ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { extensions.contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: name + ".swift")
        return [
            .buildCommand(
                displayName: "Embedding \(folder)",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path, name, folder] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
