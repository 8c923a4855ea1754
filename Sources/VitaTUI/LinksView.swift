import VitaCore

/// The links menu (`o` on a paper with several): each link with its kind and number, the chosen
/// one lit.
public enum LinksView {
    public static func render(selected: Int, state: AppState, into screen: inout Screen) {
        guard let paper = state.selectedPaper else { return }
        let choices = Links.choices(for: paper)
        let content: [[Span]] = choices.enumerated().map { i, c in
            let style = i == selected ? Style(.selection, bold: true) : Style.normal
            let number = i < 9 ? "\(i + 1) " : "  "
            return [Span(number, Style(.key, bold: true)), Span(DisplayWidth.fit(c.label, to: 10), i == selected ? style : Style(.dim)),
                    Span(VisibleText.singleLine(c.url), style)]
        }
        HelpView.box(title: " Open which link? ", content: content, columns: 1, scroll: max(0, selected - (state.layout.height - 6)),
                     layout: state.layout, into: &screen)
    }
}
