import Foundation
import Testing
@testable import VitaCore

/// What Vita does in place of Foundation's string, number and path methods gives Foundation's
/// answers (DECISIONS 88).
@Suite("In place of Foundation")
struct FoundationFreeTests {
    @Test func replacingIsFoundations() {
        let cases: [(String, String, String)] = [
            ("1--20", "--", "–"), ("a_b_c", "_", "-"), ("say \"hi\"", "\"", " "), ("x\\y\"z", "\\", "\\\\"), ("  a    b ", "  ", " "),
            ("aaa", "aa", "b"), ("", "x", "y"), ("no match", "zz", "y"), ("Müller--Łódź", "--", "/"), ("a\r\nb\nc", "\n", " "),
            ("vita: stopped", "vita: ", ""), (" x y x ", " x ", " "), ("brightred", "bright", "bright-"),
        ]
        for (text, target, replacement) in cases {
            #expect(text.replacingAll(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement), "\(text)")
        }
    }

    @Test func piecesAndRangesAreFoundations() {
        for text in ["1--20", "--", "a--", "--b", "x", "", "Smith and Jones and  Lee", "a--b--c"] {
            #expect(text.pieces(separatedBy: "--") == text.components(separatedBy: "--"), "\(text)")
            #expect(text.pieces(separatedBy: " and ") == text.components(separatedBy: " and "), "\(text)")
        }
        for (text, target) in [("2301.00001v2", "v"), ("a v b v c", " v "), ("none", "x"), ("Jan van der Berg van", " van ")] {
            let ours = text.lastRange(of: target).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
            let theirs = text.range(of: target, options: .backwards).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
            #expect(ours == theirs, "\(text)")
        }
        for (line, marker) in [("% Encoding: UTF-8", "% encoding:"), ("-*- CODING: latin-1 -*-", "coding:"), ("nothing here", "coding:"), ("Ünï coding:x", "coding:")] {
            let ours = line.firstRange(ignoringASCIICase: marker).map { String(line[$0.upperBound...]) }
            let theirs = line.range(of: marker, options: .caseInsensitive).map { String(line[$0.upperBound...]) }
            #expect(ours == theirs, "\(line)")
        }
    }

    @Test func numbersAreFormattedAsPrintfFormatsThem() {
        for n in [0, 7, 42, 99, 123, 2026, -5] {
            #expect(NumberText.padded(n, 2) == String(format: "%02d", n))
            #expect(NumberText.padded(n, 4) == String(format: "%04d", n))
        }
        for n: UInt32 in [0, 0xE9, 0x2013, 0x1F600, 0xA] {
            #expect(NumberText.hex(n, 4) == String(format: "%04X", n))
            #expect(NumberText.hex(n, 4, uppercase: false) == String(format: "%04x", n))
            #expect(NumberText.hex(n, 2) == String(format: "%02X", n))
        }
        for x in [0, 0.05, 0.25, 1.45, 2.5, 935.83, 1e9 / 3, -1.25] {
            #expect(NumberText.fixed(x, 1) == String(format: "%.1f", x))
            #expect(NumberText.fixed(x, 2) == String(format: "%.2f", x))
        }
    }

    /// Paths as Foundation's `NSString` methods gave them (their answers written here: those
    /// methods crash when tests call them on several threads at once).
    @Test func pathsAreNSStringsPaths() throws {
        let parents = ["/a/b/c.bib": "/a/b", "/a/b/": "/a", "/a": "/", "/": "/", "a": "", "a/b": "a", "": "", "/a/b.tar.gz": "/a", "dir/": ""]
        for (path, parent) in parents { #expect(FilePath.parent(path) == parent, "\(path)") }
        let names = ["/a/b/c.bib": "c.bib", "/a/b/": "b", "/": "/", "a": "a", "/a/.hidden": ".hidden"]
        for (path, name) in names { #expect(FilePath.name(path) == name, "\(path)") }
        let stems = ["/a/b/c.bib": "c", "/a/b.tar.gz": "b.tar", "/a/.hidden": ".hidden", "theme": "theme"]
        for (path, stem) in stems { #expect(FilePath.stem(path) == stem, "\(path)") }
        let joins = [("/a/b", "x.bib", "/a/b/x.bib"), ("/a/b/", "x.bib", "/a/b/x.bib"), ("/a/b/", "", "/a/b/"), ("", "x", "x"), ("//a//", "y/z", "//a//y/z")]
        for (dir, name, joined) in joins { #expect(FilePath.join(dir, name) == joined, "\(dir) + \(name)") }
        // Standardised as Foundation standardised them: links to absolute paths followed, a link
        // to a relative path left as it is.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-test-paths-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real/sub", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: dir + "/real/sub/r.bib", contents: Data()))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/real")
        try FileManager.default.createSymbolicLink(atPath: dir + "/real/rel", withDestinationPath: "sub")
        let standardized = [
            dir + "/real/sub/r.bib": dir + "/real/sub/r.bib", dir + "/link/sub/r.bib": dir + "/real/sub/r.bib",
            dir + "/real/rel/r.bib": dir + "/real/rel/r.bib", dir + "//real/./sub/../sub/r.bib": dir + "/real/sub/r.bib",
            dir + "/link/../real/sub/": dir + "/real/sub", dir + "/missing/../real": dir + "/real",
            dir + "/missing/file.bib": dir + "/missing/file.bib", "/": "/", "relative/./x/../y": "relative/x/../y",
        ]
        for (path, expected) in standardized { #expect(FilePath.standardized(path) == expected, "\(path)") }
        // A link to itself, and two to each other, end: followed so far and no further.
        try FileManager.default.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: dir + "/loop")
        try FileManager.default.createSymbolicLink(atPath: dir + "/ping", withDestinationPath: dir + "/pong")
        try FileManager.default.createSymbolicLink(atPath: dir + "/pong", withDestinationPath: dir + "/ping")
        #expect(FilePath.standardized(dir + "/loop/x.bib") == dir + "/loop/x.bib")
        #expect([dir + "/ping/x.bib", dir + "/pong/x.bib"].contains(FilePath.standardized(dir + "/ping/x.bib")))
    }

    @Test func namesAreOrderedAsFinderOrdersThem() {
        let names = ["search 10", "Search 2", "search 1", "Émile", "emile 2", "alpha", "Beta", "file007", "file7", "file08", "zeta", ""]
        let ours = names.sorted(by: NaturalOrder.ascending)
        let theirs = names.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        #expect(ours == theirs)
    }

    @Test func aThreadOfItsOwnRunsAndAConditionWakesTheWaiter() {
        let condition = Condition()
        nonisolated(unsafe) var done = false
        Threads.detach {
            condition.withLock { done = true }
            condition.signal()
        }
        condition.lock()
        while !done { condition.wait() }
        condition.unlock()
        #expect(done)
        let lock = Lock()
        #expect(lock.try())
        #expect(!lock.try())
        lock.unlock()
    }

    @Test func aDescriptorTakesAllOfTheText() throws {
        let pipe = Pipe()
        let text = String(repeating: "ü ", count: 10_000)
        #expect(Descriptor.write(pipe.fileHandleForWriting.fileDescriptor, text))
        try pipe.fileHandleForWriting.close()
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == text)
    }

    /// A program Vita runs says how it ended: its exit status, the signal that ended it,
    /// or why it could not be started.
    @Test func aChildProcessSaysHowItEnded() {
        guard case .success(let three) = ChildProcess.start("/bin/sh", ["-c", "exit 3"], input: .null, output: .null) else { Issue.record("not started"); return }
        #expect(three.wait() == 3)
        guard case .success(let killed) = ChildProcess.start("/bin/sh", ["-c", "kill -9 $$"]) else { Issue.record("not started"); return }
        #expect(killed.wait() == 9)
        guard case .failure(let error) = ChildProcess.start("/nonexistent/opener", []) else { Issue.record("started"); return }
        #expect(error.description == "No such file or directory")
        // A signal the explorer ignores is at its default in the program it runs.
        let before = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, before) }
        guard case .success(let piped) = ChildProcess.start("/bin/sh", ["-c", "kill -PIPE $$; exit 0"]) else { Issue.record("not started"); return }
        #expect(piped.wait() == SIGPIPE)
    }
}
