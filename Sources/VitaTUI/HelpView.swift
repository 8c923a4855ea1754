import VitaCore

/// The help overlay: every binding of `Bindings.table`, grouped by where it applies.
public enum HelpView {
    /// The help text's lines, generated from the bindings table.
    public static func lines() -> [[Span]] {
        var out: [[Span]] = []
        for context in Context.allCases {
            var seen: Set<String> = []
            var rows: [(String, String)] = []
            for b in Bindings.table where b.contexts.contains(context) {
                let keys = b.keys.map(\.description).joined(separator: " ")
                if seen.insert(keys + b.help).inserted { rows.append((keys, b.help)) }
            }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append([]) }
            out.append([Span(context.title, Style(.title, bold: true))])
            for (keys, help) in rows {
                out.append([Span("  " + DisplayWidth.fit(keys, to: 18), Style(.key, bold: true)), Span(help)])
            }
        }
        out.append([])
        out.append([Span("Search: words (prefixes), \"phrases\", -not, a OR b, (…), title: author: abstract:", Style(.dim))])
        out.append([Span("aff: link: cat:CV year:2020..2023 has:code is:marked", Style(.dim))])
        return out
    }

    static func boxHeight(_ layout: Layout, lines: Int) -> Int { min(lines + 2, layout.height - 2) }

    /// How far the help scrolls on this terminal.
    public static func maxScroll(_ layout: Layout) -> Int {
        let n = lines().count
        return max(0, n - (boxHeight(layout, lines: n) - 2))
    }

    public static func render(scroll: Int, layout: Layout, into screen: inout Screen) {
        let content = lines()
        let width = min(84, layout.width - 4)
        let height = boxHeight(layout, lines: content.count)
        let x0 = (layout.width - width) / 2
        let y0 = max(1, (layout.height - height) / 2)
        let inner = height - 2
        let maxScroll = max(0, content.count - inner)
        let scroll = min(scroll, maxScroll)
        let border = Style(.key)
        screen.put("╭" + String(repeating: "─", count: width - 2) + "╮", x: x0, y: y0, style: border)
        let title = " Help: keys "
        screen.put(title, x: x0 + 2, y: y0, style: Style(.title, bold: true))
        for row in 0..<inner {
            let y = y0 + 1 + row
            screen.put("│", x: x0, y: y, style: border)
            screen.fill(x: x0 + 1, y: y, count: width - 2, style: .normal)
            if scroll + row < content.count {
                screen.put(content[scroll + row], x: x0 + 2, y: y, limit: width - 4)
            }
            screen.put("│", x: x0 + width - 1, y: y, style: border)
        }
        screen.put("╰" + String(repeating: "─", count: width - 2) + "╯", x: x0, y: y0 + height - 1, style: border)
        let foot = maxScroll > 0 ? " j/k scroll · Esc close (\(scroll + 1)-\(min(content.count, scroll + inner)) of \(content.count)) " : " Esc close "
        screen.put(foot, x: x0 + width - 2 - DisplayWidth.of(foot), y: y0 + height - 1, style: Style(.dim))
    }
}
