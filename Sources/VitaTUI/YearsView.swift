import VitaCore

/// View 2: papers per year, bars stacked by category in the theme's series colours, the selected
/// year picked out. It charts the papers the list shows, so it follows the search.
public enum YearsView {
    /// The year whose bar, count or label is at a cell, for the mouse: the chart laid out as drawn.
    static func year(atX x: Int, y: Int, state: AppState, in rect: Rect) -> Int? {
        guard let stats = state.yearStatistics, !stats.perYear.isEmpty else { return nil }
        let chart = PapersPerYearChart(stats, width: rect.width - 2, height: max(4, rect.height - 3))
        let c = x - rect.x - 1
        // Anywhere in a year's column, from the top of the chart to its label.
        guard y > rect.y, y <= rect.y + chart.rows.count else { return nil }
        return chart.columns.first { ($0.value.lowerBound - 1...$0.value.upperBound).contains(c) }?.key
    }

    public static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        guard let stats = state.yearStatistics else {
            AppView.chartWaiting("Papers per year", state: state, in: rect, into: &screen)
            return
        }
        let (left, top, rows) = (rect.x + 1, rect.y, rect.height)
        // Fewer citations dated than counted: the chart's sum is said beside the whole count.
        let dated = stats.metrics.datedCitations
        let counted = dated < stats.metrics.citations
            ? "\(AppView.grouped(dated)) of \(AppView.grouped(stats.metrics.citations)) citations dated · \(AppView.grouped(stats.papers))"
            : "\(AppView.grouped(dated)) citations of \(AppView.grouped(stats.papers))"
        let chartHeight = max(4, rows - 3)
        let chart = PapersPerYearChart(stats, width: rect.width - 2, height: chartHeight)
        var title = state.yearsShowCitations
            ? "Citations per year · \(counted) \(stats.papers == 1 ? "paper" : "papers")"
            : "Papers per year · \(AppView.grouped(stats.papers)) \(stats.papers == 1 ? "paper" : "papers")"
        // The years the width leaves out, in the title, which is always seen (the legend's row
        // may be full).
        if let cut = chart.cutNote(units: state.yearsShowCitations ? ("citation", "citations") : ("paper", "papers")) {
            title += " · " + cut
        }
        AppView.chartTitle(title,
                           state: state, x: left, y: top, width: rect.width - 2, into: &screen)
        guard !stats.perYear.isEmpty else {
            screen.put(state.yearsShowCitations ? "No citations per year to chart." : "No dated papers to chart.", x: left, y: top + 2, style: Style(.dim))
            return
        }
        for (r, row) in chart.rows.enumerated() {
            for (c, cell) in row.enumerated() where cell.char != " " {
                let selected = cell.year != nil && cell.year == state.selectedYear
                var style: Style
                switch cell.kind {
                case .bar:
                    style = Style(.series(state.categoryColor(cell.category ?? "")), bold: selected, dim: cell.inferred)
                case .count, .label:
                    style = selected ? Style(.selection, bold: true) : Style(cell.kind == .count ? .normal : .dim)
                default:
                    style = Style(.border)
                }
                screen.putCell(String(cell.char), x: left + c, y: top + 1 + r, style: style)
            }
        }
        // A marker under the selected bar, on the axis.
        if let y = state.selectedYear, let cols = chart.columns[y] {
            for c in cols { screen.put("━", x: left + c, y: top + chartHeight - 1, style: Style(.selection, bold: true)) }
        }
        // Legend: category swatches, the inferred-year shade, what keys do. What does not fit the
        // row is counted at its end (`+2 more`), never cut in the middle of a word.
        var x = left
        let legendRow = top + chartHeight + 1
        let right = left + rect.width - 2
        let inferred = stats.perYear.reduce(0) { $0 + $1.inferred }
        for (k, c) in chart.categories.enumerated() {
            let label = " " + VisibleText.singleLine(c) + "  "
            let after = chart.categories.count - k - 1
            // Room for this one and, when more follow, for the word that counts them.
            let more = after > 0 || inferred > 0 ? DisplayWidth.of("+\(chart.categories.count - k) more") : 0
            if x + 1 + DisplayWidth.of(label) + more > right {
                x = screen.put("+\(chart.categories.count - k) more  ", x: x, y: legendRow, style: Style(.dim), limit: max(0, right - x))
                break
            }
            x = screen.put("█", x: x, y: legendRow, style: Style(.series(state.categoryColor(c))))
            x = screen.put(label, x: x, y: legendRow, style: Style(.dim))
        }
        if inferred > 0 {
            x = screen.put("▒", x: x, y: legendRow, style: Style(.dim), limit: max(0, right - x))
            x = screen.put(" year inferred (\(AppView.grouped(inferred)))  ", x: x, y: legendRow, style: Style(.dim), limit: max(0, right - x))
        }
    }

    /// `2023: 6 papers (CV 6)` for the status bar.
    public static func summary(_ state: AppState) -> String? {
        guard let y = state.selectedYear, let count = state.yearStatistics?.perYear.first(where: { $0.year == y }) else { return nil }
        let parts = count.byCategory.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \(AppView.grouped($0.value))" }
        if state.yearsShowCitations { return "\(y): \(AppView.grouped(count.papers)) \(count.papers == 1 ? "citation" : "citations")" }
        var text = "\(y): \(AppView.grouped(count.papers)) \(count.papers == 1 ? "paper" : "papers")"
        if !parts.isEmpty { text += " (" + parts.joined(separator: ", ") + ")" }
        if count.inferred > 0 { text += ", \(AppView.grouped(count.inferred)) with inferred year" }
        return text
    }
}
