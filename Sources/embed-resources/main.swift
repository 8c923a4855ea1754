import Foundation

// usage: embed-resources OUTPUT.swift ENUM-NAME FOLDER FILE...
// Writes each file's bytes as a base64 literal so any byte sequence survives unchanged.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: embed-resources OUTPUT.swift ENUM-NAME FOLDER FILE...\n".utf8))
    exit(64)
}
let (output, name, folder) = (arguments[0], arguments[1], arguments[2])
var source = """
// Generated from \(folder)/ at build time. Do not edit.

enum \(name) {
    /// (file name, base64 of the file's bytes), in name order.
    static let files: [(name: String, base64: String)] = [

"""
for path in arguments.dropFirst(3) {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    source += "        (\"\(url.lastPathComponent)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
