import VitaCore

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// Styled text: highlighting, fitting to a width, wrapping.
public enum Spans {
    /// `text` (made visible, on one line) with `ranges` in `match` style and the rest in `base`.
    public static func highlighted(_ text: String, ranges: [Range<String.Index>], base: Style, match: Style) -> [Span] {
        guard !ranges.isEmpty else { return [Span(VisibleText.singleLine(text), base)] }
        var out: [Span] = []
        var at = text.startIndex
        for r in ranges where r.lowerBound >= at && r.upperBound <= text.endIndex {
            if at < r.lowerBound { out.append(Span(VisibleText.singleLine(text[at..<r.lowerBound]), base)) }
            out.append(Span(VisibleText.singleLine(text[r]), match))
            at = r.upperBound
        }
        if at < text.endIndex { out.append(Span(VisibleText.singleLine(text[at...]), base)) }
        return out
    }

    /// The first `count` characters in `style` (bold kept from it), but where they are lit as a match.
    public static func restyled(_ spans: [Span], first count: Int, _ style: Style, unless match: Style) -> [Span] {
        var out: [Span] = []
        var left = count
        for span in spans {
            guard left > 0 else { out.append(span); continue }
            let n = min(left, span.text.count)
            left -= span.text.count
            if span.style == match { out.append(span); continue }
            let head = String(span.text.prefix(n)), tail = String(span.text.dropFirst(n))
            out.append(Span(head, style))
            if !tail.isEmpty { out.append(Span(tail, span.style)) }
        }
        return out
    }

    public static func width(_ spans: [Span]) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Cut to `width` cells with `…` at the end when something was cut.
    public static func truncate(_ spans: [Span], to width: Int) -> [Span] {
        guard width > 0 else { return [] }
        if Self.width(spans) <= width { return spans }
        var out: [Span] = []
        var used = 0
        let room = width - 1
        var lastStyle = spans.first?.style ?? .normal
        outer: for s in spans {
            // Printable ASCII: a cell a byte, cut where the room ends.
            if ByteScan.isPrintableASCII(s.text) {
                let n = s.text.utf8.count
                if used + n > room {
                    let end = s.text.utf8.index(s.text.startIndex, offsetBy: room - used)
                    if room > used { out.append(Span(String(s.text[..<end]), s.style)) }
                    lastStyle = s.style
                    break outer
                }
                if n > 0 { out.append(s) }
                used += n
                lastStyle = s.style
                continue
            }
            var piece = ""
            for ch in s.text {
                let w = DisplayWidth.of(ch)
                if used + w > room {
                    if !piece.isEmpty { out.append(Span(piece, s.style)) }
                    lastStyle = s.style
                    break outer
                }
                piece.append(ch)
                used += w
            }
            if !piece.isEmpty { out.append(Span(piece, s.style)) }
            lastStyle = s.style
        }
        out.append(Span("…", lastStyle))
        return out
    }

    /// `spans` wrapped beside `head` (a label, a bullet, a key): `head` before the first line,
    /// as many blank cells in its style before the others, so the text wraps under itself.
    public static func wrap(_ spans: [Span], width: Int, after head: Span) -> [[Span]] {
        let blank = Span(String(repeating: " ", count: DisplayWidth.of(head.text)), head.style)
        return wrap(spans, width: width - DisplayWidth.of(head.text)).enumerated().map { k, line in [k == 0 ? head : blank] + line }
    }

    /// Breaks styled text into lines of at most `width` cells at spaces (inside words only when a
    /// word is longer than a line). Newlines start new lines.
    public static func wrap(_ spans: [Span], width: Int) -> [[Span]] {
        guard width > 0 else { return [] }
        // Words as lists of (character, style); a space or newline ends a word.
        typealias Piece = (ch: Character, style: Style)
        var lines: [[Piece]] = [[]]
        var lineWidth = 0
        var word: [Piece] = []
        var wordWidth = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                // The space takes the style around it; a highlight ends with its word unless the next word continues it.
                let before = lines[lines.count - 1].last?.style ?? word[0].style
                let after = word[0].style
                let emphasised: Set<Role> = [.match, .graphOwner]
                lines[lines.count - 1].append((" ", before == after || !emphasised.contains(before.role) ? before : after))
                lines[lines.count - 1] += word
                lineWidth += 1 + wordWidth
            } else {
                if lineWidth > 0 { lines.append([]); lineWidth = 0 }
                for p in word {
                    let w = DisplayWidth.of(p.ch)
                    if lineWidth + w > width { lines.append([]); lineWidth = 0 }
                    lines[lines.count - 1].append(p)
                    lineWidth += w
                }
            }
            word = []
            wordWidth = 0
        }
        for s in spans {
            for ch in s.text {
                if ch == "\n" || ch == "\r\n" {
                    flushWord()
                    lines.append([])
                    lineWidth = 0
                } else if ch == " " || ch == "\t" {
                    flushWord()
                } else {
                    word.append((ch, s.style))
                    wordWidth += DisplayWidth.of(ch)
                }
            }
        }
        flushWord()
        // Merge neighbouring characters of one style back into spans.
        return lines.map { pieces in
            var out: [Span] = []
            for p in pieces {
                if let last = out.last, last.style == p.style { out[out.count - 1].text.append(p.ch) } else { out.append(Span(String(p.ch), p.style)) }
            }
            return out
        }
    }
}

extension Screen {
    /// Draws spans from column `x`, at most `limit` cells. Returns the column after the last cell.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, limit: Int? = nil) -> Int {
        let end = limit.map { x + $0 } ?? width
        var col = x
        for s in spans where col < end {
            col = put(s.text, x: col, y: y, style: s.style, limit: end - col)
        }
        return col
    }
}
