import VitaCore

/// The help overlay: every binding of `Bindings.table`, grouped by where it applies.
public enum HelpView {
    /// The help text's lines, generated from the bindings table.
    public static func lines(table: [Binding] = Bindings.table) -> [[Span]] {
        var out: [[Span]] = []
        // Bindings that hold everywhere, or in every view, are listed once under that heading.
        let everywhere = Set(Context.allCases)
        let inViews = Set(Bindings.views)
        func section(_ title: String, _ bindings: [Binding]) {
            var seen: Set<String> = []
            var rows: [(String, String)] = []
            for b in bindings {
                let keys = b.keys.map(\.description).joined(separator: " ")
                if seen.insert(keys + b.help).inserted { rows.append((keys, b.help)) }
            }
            guard !rows.isEmpty else { return }
            if !out.isEmpty { out.append([]) }
            out.append([Span(title, Style(.title, bold: true))])
            for (keys, help) in rows {
                out.append([Span("  " + DisplayWidth.fit(keys, to: 18), Style(.key, bold: true)), Span(help)])
            }
        }
        section("Everywhere", table.filter { Set($0.contexts) == everywhere })
        section("In every view (1 2 3)", table.filter { Set($0.contexts) == inViews })
        for context in Context.allCases {
            section(context.title, table.filter {
                $0.contexts.contains(context) && Set($0.contexts) != everywhere && Set($0.contexts) != inViews
            })
        }
        out.append([])
        out.append([Span("Search: words (prefixes), \"phrases\", -not, a OR b, (…), title:(a OR b)", Style(.dim))])
        out.append([Span("Fields: title: author: abstract: aff: venue: link: cat:CV", Style(.dim))])
        out.append([Span("year:2020..2023 has:code is:marked, any BibTeX field: journal: doi:", Style(.dim))])
        out.append([Span("cites:>=50 cites:10..100, the owner's place: is:first is:last pos:2", Style(.dim))])
        out.append([Span("type:article type:conference type:preprint type:book type:thesis", Style(.dim))])
        out.append([Span("is:retracted (or withdrawn); -is:retracted leaves them out", Style(.dim))])
        out.append([Span("person:\"manish singh 0001\": one person's papers (@ finds them)", Style(.dim))])
        return out
    }

    static let columnWidth = 84

    /// The help as shown on this terminal: one column, or two side by side (split between
    /// sections) when the terminal is wide enough.
    static func rows(_ layout: Layout, table: [Binding] = Bindings.table) -> (rows: [[Span]], columns: Int) {
        let content = lines(table: table)
        guard layout.width >= 2 * columnWidth + 4 else {
            // One column in the box: what is wider than the box wraps instead of being cut; a
            // key's description wraps under itself, so the keys stay a column of their own
            // (wrapped whole, `@ find a person…` ran from the key's place).
            let inner = max(10, min(columnWidth, layout.width - 4) - 4)
            return (content.flatMap { line -> [[Span]] in
                guard Spans.width(line) > inner else { return [line] }
                guard line.count == 2, line[0].style == Style(.key, bold: true), inner - Spans.width([line[0]]) >= 10 else { return Spans.wrap(line, width: inner) }
                return Spans.wrap([line[1]], width: inner, after: line[0])
            }, 1)
        }
        // Split at the section start nearest the middle.
        let starts = content.indices.filter { $0 > 0 && content[$0 - 1].isEmpty }
        let cut = starts.min { abs($0 - content.count / 2) < abs($1 - content.count / 2) } ?? content.count
        let left = Array(content[..<cut].dropLast(content[cut - 1].isEmpty ? 1 : 0)), right = Array(content[cut...])
        let height = max(left.count, right.count)
        var merged: [[Span]] = []
        for i in 0..<height {
            var line = i < left.count ? left[i] : []
            let w = Spans.width(line)
            if i < right.count { line += [Span(String(repeating: " ", count: max(1, columnWidth - w)))] + right[i] }
            merged.append(line)
        }
        return (merged, 2)
    }

    static func boxHeight(_ layout: Layout, lines: Int) -> Int { min(lines + 2, layout.height - 2) }

    /// How far the help scrolls on this terminal.
    public static func maxScroll(_ layout: Layout, table: [Binding] = Bindings.table) -> Int {
        let n = rows(layout, table: table).rows.count
        return max(0, n - (boxHeight(layout, lines: n) - 2))
    }

    public static func render(scroll: Int, layout: Layout, table: [Binding] = Bindings.table, into screen: inout Screen) {
        let (content, columns) = rows(layout, table: table)
        box(title: " Help: keys ", content: content, columns: columns, scroll: scroll, layout: layout, into: &screen)
    }

    /// A framed box over the screen with `content` scrolled to `scroll`, and how to scroll and close it.
    /// `foot`: what the bottom border says instead of how to scroll and close.
    static func box(title: String, content: [[Span]], columns: Int, scroll: Int, layout: Layout, foot: String? = nil, into screen: inout Screen) {
        let width = min(columnWidth * columns, layout.width - 4)
        let height = boxHeight(layout, lines: content.count)
        let x0 = (layout.width - width) / 2
        let y0 = max(1, (layout.height - height) / 2)
        let inner = height - 2
        let maxScroll = max(0, content.count - inner)
        let scroll = min(scroll, maxScroll)
        let border = Style(.key)
        screen.put("╭" + String(repeating: "─", count: width - 2) + "╮", x: x0, y: y0, style: border)
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
        let foot = foot ?? (maxScroll > 0 ? " j/k scroll · Esc close (\(scroll + 1)-\(min(content.count, scroll + inner)) of \(content.count)) " : " Esc close ")
        screen.put(foot, x: x0 + width - 2 - DisplayWidth.of(foot), y: y0 + height - 1, style: Style(.dim))
    }
}
