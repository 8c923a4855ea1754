import Foundation

// usage: embed-seed OUTPUT.swift FILE...
// Writes each file's bytes as a base64 literal so any byte sequence survives unchanged.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-seed OUTPUT.swift FILE...\n".utf8))
    exit(64)
}
var source = """
// Generated from seeds/ at build time. Do not edit.
import Foundation

enum EmbeddedSeed {
    /// (file name, base64 of the file's bytes), in name order.
    static let files: [(name: String, base64: String)] = [

"""
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    source += "        (\"\(url.lastPathComponent)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
