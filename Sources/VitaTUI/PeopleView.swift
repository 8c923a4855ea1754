import VitaCore

/// The person prompt's menu (`@`): the people matching what is typed, most papers first, each
/// with their homonym number, papers, years, where they were last and most frequent coauthors
/// (which tell two people of one name apart); the chosen one lit.
public enum PeopleView {
    /// The room a row needs to say both where a person was and with whom, each cut to half.
    static let roomForBoth = 40

    public static func render(typed: String, selected: Int, state: AppState, into screen: inout Screen) {
        let layout = state.layout
        let choices = state.personChoices
        let columns = layout.width >= 2 * HelpView.columnWidth + 4 ? 2 : 1
        let inner = min(HelpView.columnWidth * columns, layout.width - 4) - 4
        let nameWidth = min(30, max(12, inner / 3))
        func papersText(_ n: Int) -> String { "\(NumberText.grouped(n)) \(n == 1 ? "paper " : "papers")" }
        // As wide as the longest count shown (`3 papers`, `42,862 papers`), ten at least.
        let papersWidth = max(10, choices.map { papersText($0.papers).count }.max() ?? 0)
        var content: [[Span]] = choices.enumerated().map { i, m in
            let on = i == selected
            let style = on ? Style(.selection, bold: true) : Style.normal
            let dim = on ? style : Style(.dim)
            let number = m.homonym.map { " " + $0 } ?? ""
            let name = DisplayWidth.truncate(VisibleText.singleLine(m.name), to: max(4, nameWidth - DisplayWidth.of(number)))
            let pad = String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name) - DisplayWidth.of(number)))
            let papers = papersText(m.papers)
            let years = [m.firstYear, m.lastYear].compactMap { $0 }
            let span = years.isEmpty ? "" : years[0] == years[1] ? "\(years[0])" : "\(years[0])–\(years[1])"
            // Where they were last, then the coauthors, cut with an ellipsis where the box ends
            // (name, papers and years before them); where both do not fit, each has half the
            // room, and in a narrow box the place alone (two halves there tell nobody apart).
            let room = max(8, inner - nameWidth - 1 - (papersWidth + 4) - 11)
            var place = m.affiliation.map { "at " + VisibleText.singleLine($0) }
            var coauthors = m.coauthors.isEmpty ? nil : "with " + m.coauthors.map { VisibleText.singleLine($0) }.joined(separator: ", ")
            if place != nil, coauthors != nil, room < Self.roomForBoth { coauthors = nil }
            if let p = place, let c = coauthors, DisplayWidth.of(p) + 2 + DisplayWidth.of(c) > room {
                let half = max(4, (room - 2) / 2)
                let placeRoom = max(half, room - 2 - DisplayWidth.of(c))
                place = DisplayWidth.truncate(p, to: placeRoom)
                coauthors = DisplayWidth.truncate(c, to: max(4, room - 2 - DisplayWidth.of(place!)))
            }
            let with = DisplayWidth.truncate([place, coauthors].compactMap { $0 }.joined(separator: ", "), to: room)
            return [Span(name, style), Span(number, on ? style : Style(.key)), Span(pad + " ", style),
                    Span(String(repeating: " ", count: max(0, papersWidth + 2 - papers.count)) + papers + "  ", style),
                    Span(DisplayWidth.fit(span, to: 9) + "  ", dim), Span(with, dim)]
        }
        let blank = typed.trimmingWhitespace().isEmpty
        if state.peopleCounting {
            content = [[Span("counting the people of \(NumberText.grouped(state.library.paperCount)) papers…"
                                 + (state.openWhenCounted ? " then the first match opens" : ""), Style(.dim))]]
        } else if content.isEmpty {
            content = [[Span(blank ? "nobody in this record" : "nobody's name has words beginning with those typed", Style(.dim))]]
        }
        let title = blank && state.detailOpen ? " Authors of this paper " : blank ? " People, most papers first " : " People matching \"\(DisplayWidth.truncate(VisibleText.singleLine(typed), to: 30))\" "
        let shown = choices.count < state.personTotal ? "\(choices.count) of \(NumberText.grouped(state.personTotal)) · " : ""
        HelpView.box(title: title, content: content, columns: columns, scroll: max(0, selected - (layout.height - 6)),
                     layout: layout, foot: " \(shown)↑/↓ choose · Enter open · Esc close ", into: &screen)
    }
}
