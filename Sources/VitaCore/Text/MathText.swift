/// Math in a title as a reader wants to see it on a terminal: a span made of letters, digits,
/// operators and the symbols `LaTeXText.mathCharacters` knows (`$\alpha$-stable`, `$k$-means`,
/// `$\ell_1$`, `$\mathbb{R}^n$`) is shown as text (`α-stable`, `k-means`, `ℓ₁`, `ℝⁿ`); a span
/// with any other command (`$\frac{1}{2}$`) is shown as written. The title itself keeps its
/// LaTeX (DECISIONS 61): search, merging and the BibTeX export go by that, only views show this.
extension Paper {
    /// The title as every view shows it (a list, a detail, a person's papers, a tag's or a
    /// note's line): its math as text where it reads as text.
    public var shownTitle: String { MathText.shown(title) }
}

public enum MathText {
    /// `title` with each math span that reads as text shown so.
    public static func shown(_ title: String) -> String {
        let spans = BibTeXWriter.mathSpans(title)
        guard !spans.isEmpty else { return title }
        let bytes = Array(title.utf8)
        var out = ""
        var at = 0
        for span in spans {
            out += String(decoding: bytes[at..<span.lowerBound], as: UTF8.self)
            let inner = String(decoding: bytes[(span.lowerBound + 1)..<(span.upperBound - 1)], as: UTF8.self)
            // A span longer than a title's math is shown as written, not looked over each frame.
            out += (span.count <= 256 ? text(of: inner.trimmingSpaces(), depth: 0) : nil) ?? String(decoding: bytes[span], as: UTF8.self)
            at = span.upperBound
        }
        return out + String(decoding: bytes[at...], as: UTF8.self)
    }

    /// The text a span's inside reads as, or nil when it holds a command outside what is known
    /// or nests deeper than a title's math does (`x^{x^{x^{…}}}`: shown as written).
    static func text(of math: String, depth: Int) -> String? {
        guard depth < 16 else { return nil }
        let c = Array(math)
        var out = ""
        var i = 0
        /// The group or single character at `k`, rendered, and where it ends.
        func argument(_ k: Int) -> (String, Int)? {
            var k = k
            while k < c.count, c[k] == " " { k += 1 }
            guard k < c.count else { return nil }
            if c[k] == "{" {
                guard let j = LaTeXText.closingBrace(c, from: k), let inner = text(of: String(c[(k + 1)..<j]), depth: depth + 1) else { return nil }
                return (inner, j + 1)
            }
            if c[k] == "\\" {
                guard let (word, end) = command(k) else { return nil }
                return (word, end)
            }
            return (String(c[k]), k + 1)
        }
        /// A command at `k` (its backslash) read as text, and where it ends.
        func command(_ k: Int) -> (String, Int)? {
            var j = k + 1
            guard j < c.count else { return nil }
            if !c[j].isLetter {
                // `\,` `\;` `\ ` spaces, `\!` none, `\{` `\}` `\%` `\$` `\&` `\#` `\_` themselves.
                switch c[j] {
                case ",", ";", ":", " ": return (" ", j + 1)
                case "!": return ("", j + 1)
                case "{", "}", "%", "$", "&", "#", "_": return (String(c[j]), j + 1)
                default: return nil
                }
            }
            while j < c.count, c[j].isLetter, c[j].isASCII { j += 1 }
            let name = String(c[(k + 1)..<j])
            if let symbol = LaTeXText.mathCharacterFor[name] ?? symbols[name] { return (String(symbol), j) }
            // An operator's name stands apart from what follows it (`\log\log n` is `log log n`).
            if functions.contains(name) { return (j < c.count && (c[j].isLetter || c[j] == "\\") ? name + " " : name, j) }
            if name == "mathbb", let (inner, end) = argument(j) {
                return (String(inner.map { doubleStruck[$0] ?? $0 }), end)
            }
            if wrappers.contains(name), let (inner, end) = argument(j) { return (inner, end) }
            return nil
        }
        while i < c.count {
            let ch = c[i]
            switch ch {
            case "\\":
                guard let (word, end) = command(i) else { return nil }
                out += word
                i = end
            case "{", "}":
                i += 1
            case "^", "_":
                guard let (inner, end) = argument(i + 1) else { return nil }
                let table = ch == "^" ? superscripts : subscripts
                let mapped = inner.map { table[$0] }
                // Raised or lowered characters where each has one; else `2^(-k)`, `a_max`.
                if mapped.allSatisfy({ $0 != nil }) {
                    out += String(mapped.map { $0! })
                } else {
                    out += ch == "^" && inner.count > 1 ? "^(" + inner + ")" : String(ch) + inner
                }
                i = end
            case "~":
                out += " "
                i += 1
            default:
                out.append(ch)
                i += 1
            }
        }
        // Spaces TeX's spacing commands leave side by side are one.
        while out.contains("  ") { out = out.replacingAll("  ", with: " ") }
        return out
    }

    /// Symbols shown beside those the BibTeX export writes (`LaTeXText.mathCharacters`): other
    /// names of the same ones, and those a package defines (the export never writes them).
    static let symbols: [String: Character] = [
        "le": "≤", "ge": "≥", "ne": "≠", "to": "→", "gets": "←", "times": "×", "pm": "±", "div": "÷",
        "leqslant": "⩽", "geqslant": "⩾", "varnothing": "∅", "ldots": "…", "dots": "…", "cdots": "⋯",
        "prime": "′", "lvert": "|", "rvert": "|", "vert": "|", "Vert": "‖", "colon": ":", "neg": "¬", "lnot": "¬",
    ]

    /// Commands shown by their names (`\log n` is `log n`).
    static let functions: Set<String> = ["log", "ln", "exp", "sin", "cos", "tan", "max", "min", "lim", "sup", "inf",
                                         "det", "dim", "arg", "deg", "gcd", "Pr"]
    /// Commands shown as their argument (`\mathrm{KL}` is `KL`).
    static let wrappers: Set<String> = ["mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathscr", "boldsymbol",
                                        "bm", "text", "textrm", "textit", "textbf", "operatorname", "emph"]
    static let doubleStruck: [Character: Character] = ["R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "E": "𝔼"]
    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "T": "ᵀ", "*": "*",
    ]
    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "n": "ₙ", "p": "ₚ", "t": "ₜ",
    ]
}
