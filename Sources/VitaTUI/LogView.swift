import VitaCore

/// The messages overlay (`!`): every load problem, query warning and failure of the session, in
/// full and wrapped, oldest first; what flashed by on the bottom line can be read here.
public enum LogView {
    static func content(_ state: AppState) -> [[Span]] {
        let width = max(10, min(HelpView.columnWidth, state.layout.width - 4) - 4)
        guard !state.log.isEmpty else { return [[Span("Nothing has gone wrong.", Style(.dim))]] }
        var out: [[Span]] = []
        for m in state.log {
            out += Spans.wrap([Span(VisibleText.singleLine(m.text), Style(m.isError ? .error : .normal))], width: width, after: Span("• ", Style(.dim)))
        }
        return out
    }

    public static func maxScroll(_ state: AppState) -> Int {
        let n = content(state).count
        return max(0, n - (HelpView.boxHeight(state.layout, lines: n) - 2))
    }

    public static func render(scroll: Int, state: AppState, into screen: inout Screen) {
        let content = content(state)
        HelpView.box(title: " Messages (\(state.log.count)) ", content: content, columns: 1, scroll: scroll, layout: state.layout, into: &screen)
    }
}
