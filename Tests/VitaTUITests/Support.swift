import Foundation
import Testing
import VitaCore
import VitaTestSupport
@testable import VitaTUI

enum Seed {
    static let root = TestSeed.packageRoot
    static let path = TestSeed.path
    static let asOf = TestSeed.asOf
    /// Read under its relative name, so snapshots do not depend on where the checkout is. Its
    /// index is made before tests share it: a search asked for while another test's thread makes
    /// it would be put off, as the explorer puts off a search while its index is made.
    static let library: Library = {
        let library = TestSeed.library(named: "seeds/anbang-yao.txt")
        library.searchIndex.prepare()
        // Its people too: a person opened while another test's thread made them was put off
        // (the explorer waits for them), and the test failed on a busy machine.
        _ = library.personNumbers
        _ = library.peopleIndex
        return library
    }()

    static func state(_ width: Int = 80, _ height: Int = 24, library: Library = library) -> AppState {
        AppState(library: library, width: width, height: height, themeNames: ["default", "light", "mono"])
    }
}

extension AppState {
    /// Presses keys one after another as the explorer's loop does (`Driver`); returns the
    /// effects of the last one.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for k in keys { effects = Driver.press(k, state: &self) }
        return effects
    }

    mutating func type(_ text: String) {
        for c in text { _ = Driver.press(.char(c), state: &self) }
    }

    var selectedTitle: String { selectedPaper?.title ?? "" }
}

/// The explorer drawn for `state`, as the seed record's files name it.
func render(_ state: AppState) -> Screen { AppView.render(state, files: ["seeds/anbang-yao.txt"]) }

/// Expects the rendered state to match the stored snapshot `name`.
func check(_ state: AppState, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let (ok, why) = Snapshot.matches(render(state), name)
    #expect(ok, Comment(rawValue: why), sourceLocation: sourceLocation)
}

/// Presses `keys` on the seed at 80x24 and at 200x60 and checks the snapshots `name-80x24` and `name-200x60`.
func checkAtBothSizes(_ keys: Key..., name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for (width, height) in [(80, 24), (200, 60)] {
        var s = Seed.state(width, height)
        for k in keys { _ = Driver.press(k, state: &s) }
        check(s, "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
    }
}

/// Compares a rendered screen with a stored snapshot; `VITA_RECORD_SNAPSHOTS=1` rewrites them.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func matches(_ screen: Screen, _ name: String) -> (Bool, String) {
        matches(text: screen.text + "\n", name)
    }

    /// What a person sees, colours and attributes included: each run of cells that look alike
    /// opens with its look as the theme gives it, `«fg/bg +bold +reverse»`.
    static func styled(_ screen: Screen, theme: Theme) -> String {
        func describe(_ l: RoleLook) -> String {
            func c(_ color: Color) -> String {
                switch color {
                case .terminalDefault: return "-"
                case .index(let n): return String(n)
                case let .rgb(r, g, b): return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
                }
            }
            var s = "«" + c(l.fg) + "/" + c(l.bg)
            if l.bold { s += " +bold" }
            if l.reverse { s += " +reverse" }
            if l.underline { s += " +underline" }
            if l.dim { s += " +dim" }
            return s + "»"
        }
        var lines: [String] = []
        for y in 0..<screen.height {
            var line = ""
            var last: RoleLook?
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                let look = theme.look(cell.style)
                if look != last { line += describe(look); last = look }
                line += cell.text
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func matches(text: String, _ name: String) -> (Bool, String) {
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["VITA_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
            return (true, "")
        }
        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            return (false, "no snapshot \(name).txt; run with VITA_RECORD_SNAPSHOTS=1 to record it. Screen:\n\(text)")
        }
        if stored == text { return (true, "") }
        return (false, "screen differs from \(name).txt:\n--- expected\n\(stored)--- got\n\(text)")
    }
}
