/// Papers per year as vertical bars, laid out on a grid of character cells: eighth blocks for
/// smooth heights, bars stacked by category, papers with an inferred year on top and marked, a y
/// axis with round ticks, year labels thinned so they never overlap. Front ends colour the cells.
public struct PapersPerYearChart: Sendable {
    public struct Cell: Sendable, Equatable {
        public var char: Character = " "
        /// The category whose papers the cell shows (a bar cell), else nil.
        public var category: String?
        public var inferred = false
        /// The year of the bar or label the cell belongs to.
        public var year: Int?
        public var kind: Kind = .blank
        public enum Kind: Sendable, Equatable { case blank, bar, count, axis, label }
    }

    public private(set) var rows: [[Cell]]
    public let width: Int
    public let height: Int
    /// Categories in stacking order (most papers first), for the legend.
    public let categories: [String]
    public let years: [Statistics.YearCount]
    /// Years left out at the start because the width could not hold them.
    public let cutYears: Int
    /// The papers (or citations, for a chart of citations) of the years left out.
    public let cutPapers: Int
    /// What the width left out, said where it is always seen (a title, the line under a chart):
    /// `3 papers before 1955 not shown`, in `units` (`citations` for a chart of them); nil when
    /// every year is shown. A record spanning more years than the width has columns (a
    /// bibliography with a paper of 1936, a classic of -0379) loses its earliest years, and the
    /// count of papers said nothing of them.
    public func cutNote(units: (one: String, many: String) = ("paper", "papers")) -> String? {
        guard cutYears > 0, let first = years.first?.year else { return nil }
        return "\(NumberText.grouped(cutPapers)) \(cutPapers == 1 ? units.one : units.many) before \(first) not shown"
    }

    /// Columns of each year's bar.
    public private(set) var columns: [Int: Range<Int>] = [:]

    /// - Parameters: `ascii` draws with `#`, `:` and `|` only.
    public init(_ stats: Statistics, width: Int, height: Int, ascii: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        rows = Array(repeating: Array(repeating: Cell(), count: self.width), count: self.height)
        var totals: [String: Int] = [:]
        for y in stats.perYear { for (c, n) in y.byCategory { totals[c, default: 0] += n } }
        categories = totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)

        let maxCount = stats.perYear.map(\.papers).max() ?? 0
        let step = PapersPerYearChart.tickStep(max: maxCount, rows: max(1, (self.height - 3) / 2))
        let top = max(step, ((maxCount + step - 1) / step) * step)
        let axisWidth = String(top).count + 2
        let plotWidth = self.width - axisWidth
        let plotHeight = self.height - 3   // a row for counts above the tallest bar, the axis, the labels
        var list = stats.perYear
        var cut = 0
        if plotWidth > 0, list.count > plotWidth { cut = list.count - plotWidth }
        cutPapers = list.prefix(cut).reduce(0) { $0 + $1.papers }
        list.removeFirst(cut)
        years = list
        cutYears = cut
        guard plotWidth > 0, plotHeight > 0, !list.isEmpty else { return }

        let slot = plotWidth / list.count
        let barWidth = slot >= 3 ? min(7, slot - 1) : 1
        let baseRow = self.height - 3   // the axis line is below it
        // Y axis: a line, and each multiple of the step at the row of its height.
        for row in 0...baseRow { rows[row][axisWidth - 1] = Cell(char: ascii ? "|" : "│", kind: .axis) }
        for t in Swift.stride(from: step, through: top, by: step) {
            // The row a bar of `t` papers ends in: the one holding its height of t·plotHeight/top rows.
            let row = baseRow + 1 - (t * plotHeight + top - 1) / top
            guard row >= 0 && row <= baseRow else { continue }
            rows[row][axisWidth - 1] = Cell(char: ascii ? "|" : "┤", kind: .axis)
            let text = Array(String(t))
            for (i, ch) in text.enumerated() { rows[row][axisWidth - 2 - text.count + i] = Cell(char: ch, kind: .axis) }
        }
        let zero: Character = "0"
        rows[self.height - 2][axisWidth - 3] = Cell(char: zero, kind: .axis)
        let axisRow = self.height - 2
        rows[axisRow][axisWidth - 1] = Cell(char: ascii ? "+" : "└", kind: .axis)
        for x in axisWidth..<self.width { rows[axisRow][x] = Cell(char: ascii ? "-" : "─", kind: .axis) }

        // Year labels: every k-th year, k a round number that gives each label room.
        let every = [1, 2, 5, 10, 20, 50, 100].first { $0 * slot >= 5 } ?? 100
        let eighths = Double(plotHeight * 8) / Double(top)
        var counts: [(year: Int, papers: Int, x0: Int, row: Int)] = []
        for (i, y) in list.enumerated() {
            let x0 = axisWidth + i * slot + max(0, (slot - barWidth) / 2)
            columns[y.year] = x0..<(x0 + barWidth)
            if y.year % every == 0 || every == 1 {
                let label = Array(String(y.year))
                let start = min(self.width - label.count, max(axisWidth, x0 + barWidth / 2 - label.count / 2))
                if start >= axisWidth, start + label.count <= self.width, rows[self.height - 1][max(axisWidth, start - 1)].kind != .label {
                    for (j, ch) in label.enumerated() { rows[self.height - 1][start + j] = Cell(char: ch, year: y.year, kind: .label) }
                }
            }
            // Segments bottom-up: each category's papers with a known year, then those with an inferred one.
            var segments: [(category: String, inferred: Bool, from: Double, to: Double)] = []
            var level = 0.0
            let inferredShare = y.papers > 0 ? Double(y.inferred) / Double(y.papers) : 0
            for c in categories {
                guard let n = y.byCategory[c], n > 0 else { continue }
                let known = Double(n) * (1 - inferredShare)
                segments.append((c, false, level, level + known * eighths))
                level += known * eighths
            }
            for c in categories {
                guard let n = y.byCategory[c], n > 0, inferredShare > 0 else { continue }
                let guessed = Double(n) * inferredShare
                segments.append((c, true, level, level + guessed * eighths))
                level += guessed * eighths
            }
            let total = Int(level.rounded())
            var topRow = baseRow + 1
            for r in 0..<plotHeight {
                let lo = r * 8
                guard total > lo else { break }
                let fill = min(8, total - lo)
                let mid = Double(lo) + Double(fill) / 2
                let seg = segments.first { mid >= $0.from && mid < $0.to } ?? segments.last!
                let char: Character
                if ascii {
                    guard fill >= 4 else { break }
                    char = seg.inferred ? ":" : "#"
                } else if fill < 8 {
                    char = Array("▁▂▃▄▅▆▇█")[fill - 1]
                } else {
                    char = seg.inferred ? "▒" : "█"
                }
                for x in columns[y.year]! where x < self.width {
                    rows[baseRow - r][x] = Cell(char: char, category: seg.category, inferred: seg.inferred, year: y.year, kind: .bar)
                }
                topRow = baseRow - r
            }
            if y.papers > 0, topRow - 1 >= 0 { counts.append((y.year, y.papers, x0, topRow - 1)) }
        }
        // Counts above the bars, the largest first, each where it touches no other count or bar
        // (a blank cell either side): wide counts (`138`) stand over narrow bars when the
        // neighbours leave room, and two counts never run together.
        for c in counts.sorted(by: { ($0.papers, $1.year) > ($1.papers, $0.year) }) {
            let text = Array(String(c.papers))
            let start = text.count <= barWidth ? c.x0 + (barWidth - text.count) / 2 : c.x0 + barWidth / 2 - (text.count - 1) / 2
            let from = max(axisWidth, start), to = from + text.count
            guard to <= self.width else { continue }
            let free = (max(axisWidth, from - 1)..<min(self.width, to + 1)).allSatisfy { rows[c.row][$0].kind == .blank }
            guard free else { continue }
            for (j, ch) in text.enumerated() { rows[c.row][from + j] = Cell(char: ch, year: c.year, kind: .count) }
        }
    }

    /// A round step (1, 2, 5 × 10ⁿ) that gives at most `rows` ticks up to `max`.
    static func tickStep(max: Int, rows: Int) -> Int {
        var base = 1
        while true {
            for m in [1, 2, 5] where (max + base * m - 1) / (base * m) <= rows { return base * m }
            base *= 10
        }
    }

    /// The chart as plain text lines (trailing spaces removed).
    public var lines: [String] {
        rows.map { row in
            var s = String(row.map(\.char))
            while s.last == " " { s.removeLast() }
            return s
        }
    }
}
