import FoundationEssentials

/// Conversions between plain text (the model) and the LaTeX that BibTeX fields hold.
///
/// The rule, applied by the writer and undone exactly by the reader:
/// - **Plain fields** (title, names, affiliation, keywords) are plain text: every LaTeX special
///   character is written in a braced form — `{\&}`, `{\%}`, `{\#}`, `{\_}`, `{\$}`,
///   `{\textasciitilde}`, `{\textasciicircum}`, `{\textbackslash}`, `{\textbraceleft}`,
///   `{\textbraceright}` — and other control characters as `{\char"1B}`. Text in braces cannot
///   break out of its field, and every form typesets.
/// - **The abstract** is LaTeX source already (arXiv abstracts carry `$n>100$`, `\url{…}`, `\%`):
///   math, commands and escaped specials are kept as written. Only what would break the entry
///   or the typesetting is encoded, in the same braced forms: a bare `%`, `&` or `#`, a `_`, `~`
///   or `^` outside math, an unmatched `$`, `{` or `}`, a lone `\`. Because the original `\%`
///   stays `\%` while a bare `%` becomes `{\%}`, reading gives back exactly what was written.
public enum LaTeXText {
    static let braced: [(form: String, char: Character)] = [
        ("{\\&}", "&"), ("{\\%}", "%"), ("{\\#}", "#"), ("{\\_}", "_"), ("{\\$}", "$"),
        ("{\\textasciitilde}", "~"), ("{\\textasciicircum}", "^"), ("{\\textbackslash}", "\\"),
        ("{\\textbraceleft}", "{"), ("{\\textbraceright}", "}"),
    ]
    static let formFor: [Character: String] = Dictionary(uniqueKeysWithValues: braced.map { ($0.char, $0.form) })

    // MARK: Writing

    static let formBytes: [UInt8: [UInt8]] = Dictionary(uniqueKeysWithValues: braced.map {
        (UInt8($0.char.asciiValue!), Array($0.form.utf8))
    })

    /// The bytes that need encoding: LaTeX specials, DEL and control characters but tab and newline.
    static let specialBytes: [Bool] = (0...255).map { (b: Int) -> Bool in
        if b < 0x20 { return b != 0x0A && b != 0x09 }
        return b == 0x7F || "\\{}$%&#_~^".utf8.contains(UInt8(b))
    }

    @inline(__always) static func isSpecial(_ b: UInt8) -> Bool { specialBytes[Int(b)] }

    /// Whether any byte of `text` needs encoding.
    static func hasSpecial(_ text: String) -> Bool {
        var probe = text
        let table = specialBytes
        return probe.withUTF8 { buf in
            table.withUnsafeBufferPointer { t in buf.contains { t[Int($0)] } }
        }
    }

    /// What may follow a backslash in an abstract and stay as written (`\%`, `\\`, `\,`, `\'`…).
    static let keptAfterBackslash: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in "\\%&#_${}~^ ,;:!'\"`=.-".utf8 { table[Int(b)] = true }
        return table
    }()

    /// The braced form of a special byte: `{\&}` or `{\char"1B}`.
    static func encoded(_ b: UInt8) -> [UInt8] { formBytes[b] ?? charForm(b) }

    static func charForm(_ b: UInt8) -> [UInt8] {
        Array("{\\char\"\(String(b, radix: 16, uppercase: true))}".utf8)
    }

    /// Plain text to a BibTeX field value (without the outer braces). With `ascii`, non-ASCII
    /// letters become accent commands where a mapping exists; the others are returned in `unmapped`.
    /// Works on bytes: every special character is ASCII.
    public static func encodePlain(_ text: String, ascii: Bool = false, unmapped: inout Set<Character>) -> String {
        var encoded: String
        if !hasSpecial(text) {
            encoded = text
        } else {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 16)
            for b in text.utf8 {
                if isSpecial(b) { out += Self.encoded(b) } else { out.append(b) }
            }
            encoded = String(decoding: out, as: UTF8.self)
        }
        encoded = typesetMath(breakLigatures(encoded))
        return ascii ? asciiLetters(encoded, &unmapped) : encoded
    }

    /// Greek letters and mathematical symbols, each with the math command that sets it: what
    /// pdflatex's UTF-8 input cannot set in text ("Unicode character α (U+03B1) not set up for use
    /// with LaTeX"). The writer gives them as `{\ensuremath{\alpha}}` (set in text and in math, by
    /// the LaTeX kernel alone), the reader reads that back as the character; `$\alpha$` stays math
    /// (DECISIONS 61). The shapes are Unicode's: `ε` is `\varepsilon`, `ϵ` `\epsilon`.
    static let mathCharacters: [(char: Character, command: String)] = [
        ("α", "alpha"), ("β", "beta"), ("γ", "gamma"), ("δ", "delta"), ("ε", "varepsilon"), ("ϵ", "epsilon"),
        ("ζ", "zeta"), ("η", "eta"), ("θ", "theta"), ("ϑ", "vartheta"), ("ι", "iota"), ("κ", "kappa"),
        ("λ", "lambda"), ("μ", "mu"), ("ν", "nu"), ("ξ", "xi"), ("π", "pi"), ("ϖ", "varpi"), ("ρ", "rho"),
        ("ϱ", "varrho"), ("σ", "sigma"), ("ς", "varsigma"), ("τ", "tau"), ("υ", "upsilon"), ("φ", "varphi"),
        ("ϕ", "phi"), ("χ", "chi"), ("ψ", "psi"), ("ω", "omega"),
        ("Γ", "Gamma"), ("Δ", "Delta"), ("Θ", "Theta"), ("Λ", "Lambda"), ("Ξ", "Xi"), ("Π", "Pi"), ("Σ", "Sigma"),
        ("Υ", "Upsilon"), ("Φ", "Phi"), ("Ψ", "Psi"), ("Ω", "Omega"),
        ("≤", "leq"), ("≥", "geq"), ("≠", "neq"), ("≈", "approx"), ("≡", "equiv"), ("∼", "sim"), ("≃", "simeq"),
        ("≅", "cong"), ("∝", "propto"), ("≪", "ll"), ("≫", "gg"), ("≺", "prec"), ("≻", "succ"),
        ("→", "rightarrow"), ("←", "leftarrow"), ("↔", "leftrightarrow"), ("⇒", "Rightarrow"), ("⇐", "Leftarrow"),
        ("⇔", "Leftrightarrow"), ("↦", "mapsto"), ("↑", "uparrow"), ("↓", "downarrow"),
        ("∞", "infty"), ("∑", "sum"), ("∏", "prod"), ("∫", "int"), ("∂", "partial"), ("∇", "nabla"),
        ("∈", "in"), ("∉", "notin"), ("∋", "ni"), ("⊂", "subset"), ("⊃", "supset"), ("⊆", "subseteq"),
        ("⊇", "supseteq"), ("∪", "cup"), ("∩", "cap"), ("∀", "forall"), ("∃", "exists"), ("∅", "emptyset"),
        ("∧", "wedge"), ("∨", "vee"), ("⊕", "oplus"), ("⊗", "otimes"), ("⊙", "odot"), ("√", "surd"),
        ("∘", "circ"), ("⋅", "cdot"), ("∗", "ast"), ("⋆", "star"), ("⊥", "perp"), ("∥", "parallel"),
        ("∣", "mid"), ("∖", "setminus"), ("∓", "mp"), ("⊢", "vdash"), ("⊨", "models"), ("⟨", "langle"),
        ("⟩", "rangle"), ("⌈", "lceil"), ("⌉", "rceil"), ("⌊", "lfloor"), ("⌋", "rfloor"), ("ℓ", "ell"),
        ("ℏ", "hbar"), ("ℵ", "aleph"),
    ]
    static let mathCommandFor: [Character: String] = Dictionary(uniqueKeysWithValues: mathCharacters.map { ($0.char, $0.command) })
    static let mathCharacterFor: [String: Character] = Dictionary(uniqueKeysWithValues: mathCharacters.map { ($0.command, $0.char) })

    /// `text` with each of `mathCharacters` written `{\ensuremath{\alpha}}`. Unchanged when it has
    /// none, or when it has a Greek letter without a command (`ο`, `ά`): text in Greek script is
    /// left as written, for a Unicode engine, not cut into commands.
    static func typesetMath(_ text: String) -> String {
        // Nearly always nothing to do: ASCII text (eight bytes at a time), or no 0xCD–0xCF or 0xE2
        // byte, which every character of the table and of the Greek block (U+0370–U+03FF) starts with.
        var probe = text
        guard probe.withUTF8({ ByteScan.hasNonASCII($0) && $0.contains { $0 >= 0xCD && $0 <= 0xCF || $0 == 0xE2 } }) else { return text }
        var found = false
        for ch in text {
            if mathCommandFor[ch] != nil { found = true; continue }
            if ch.unicodeScalars.contains(where: { (0x370...0x3FF).contains($0.value) || (0x1F00...0x1FFF).contains($0.value) }) { return text }
        }
        guard found else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        for ch in text {
            if let command = mathCommandFor[ch] { out += "{\\ensuremath{\\" + command + "}}" } else { out.append(ch) }
        }
        return out
    }

    /// Math as written between `$`s with each of `mathCharacters` written as its command
    /// (`$α ≤ β$` as `$\alpha \leq \beta$`): pdflatex sets no Unicode letter in math
    /// either. A space ends a command that a letter follows. Unchanged when it has none.
    static func commandsInMath(_ math: String) -> String {
        var probe = math
        guard probe.withUTF8({ ByteScan.hasNonASCII($0) }) else { return math }
        let chars = Array(math)
        guard chars.contains(where: { mathCommandFor[$0] != nil }) else { return math }
        var out = ""
        for (k, ch) in chars.enumerated() {
            guard let command = mathCommandFor[ch] else { out.append(ch); continue }
            out += "\\" + command
            if k + 1 < chars.count, chars[k + 1].isASCII, chars[k + 1].isLetter { out += " " }
        }
        return out
    }

    /// `--` in plain text is two hyphens, not a dash, and two quotes are not a curly one: written
    /// `-{}-`, `'{}'`, `` `{}` `` so they read back as they were.
    static func breakLigatures(_ text: String) -> String {
        // Nearly always nothing to do: a byte scan for a doubled `-`, `'` or backtick says so.
        var previous: UInt8 = 0
        var found = false
        for b in text.utf8 {
            if b == previous, b == 0x2D || b == 0x27 || b == 0x60 { found = true; break }
            previous = b
        }
        guard found else { return text }
        var out = text
        for pair in ["--", "''", "``"] where out.contains(pair) {
            let a = String(pair.first!)
            while out.contains(pair) { out = out.replacingAll(pair, with: a + "{}" + a) }
        }
        return out
    }

    public static func encodePlain(_ text: String) -> String {
        var ignored = Set<Character>()
        return encodePlain(text, unmapped: &ignored)
    }

    /// Non-ASCII letters to accent commands (`ü` → `{\"u}`); what has none is kept and reported.
    static func asciiLetters(_ text: String, _ unmapped: inout Set<Character>) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var out = ""
        for ch in text {
            if ch.isASCII { out.append(ch) } else if let latex = accentCommand(for: ch) { out += latex } else { unmapped.insert(ch); out.append(ch) }
        }
        return out
    }

    /// Abstract (LaTeX source) to a field value that is balanced and typesets; see the type's rule.
    public static func encodeSource(_ text: String, ascii: Bool = false, unmapped: inout Set<Character>) -> String {
        // Most abstracts hold no special character at all: nothing to encode.
        if !hasSpecial(text) {
            let typeset = typesetMath(text)
            return ascii ? asciiLetters(typeset, &unmapped) : typeset
        }
        let c = Array(text.utf8)
        let n = c.count
        let bs = UInt8(ascii: "\\"), open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), dollar = UInt8(ascii: "$")
        // Per byte: whether a brace has its match, whether a `$` opens or closes math.
        let matchedBrace: UInt8 = 1, mathDollar: UInt8 = 2
        var flags = [UInt8](repeating: 0, count: n)
        // Which `$` open and close math: pair them left to right; a last unpaired one is literal.
        var lastDollar: Int?
        // Which braces match: a stack over unescaped braces; the unmatched ones are literal.
        var stack: [Int] = []
        var i = 0
        while i < n {
            let b = c[i]
            if b == bs { i += 2; continue }
            if b == dollar {
                if let o = lastDollar { flags[o] |= mathDollar; flags[i] |= mathDollar; lastDollar = nil } else { lastDollar = i }
            }
            if b == open { stack.append(i) }
            if b == close, let o = stack.popLast() { flags[o] |= matchedBrace; flags[i] |= matchedBrace }
            i += 1
        }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        /// `url` or `href` between `start` and `end`.
        func isVerbatimCommand(_ start: Int, _ end: Int) -> Bool {
            let len = end - start
            return (len == 3 && c[start] == 0x75 && c[start + 1] == 0x72 && c[start + 2] == 0x6C)
                || (len == 4 && c[start] == 0x68 && c[start + 1] == 0x72 && c[start + 2] == 0x65 && c[start + 3] == 0x66)
        }
        var out: [UInt8] = []
        out.reserveCapacity(n + 32)
        var inMath = false
        let special = specialBytes
        func isSpecial(_ b: UInt8) -> Bool { special[Int(b)] }
        i = 0
        while i < n {
            let b = c[i]
            if !isSpecial(b) {
                // A run of bytes that need nothing, copied at once.
                var j = i + 1
                while j < n, !isSpecial(c[j]) { j += 1 }
                out += c[i..<j]
                i = j
                continue
            }
            if b == bs {
                // A command or an escaped special stays as written; a lone backslash is literal.
                if i + 1 < n, isLetter(c[i + 1]) {
                    var j = i + 1
                    while j < n, isLetter(c[j]) { j += 1 }
                    let verbatim = isVerbatimCommand(i + 1, j)
                    out += c[i..<j]
                    i = j
                    // `\url{…}` and `\href{…}` take their argument verbatim: copy it to its matching brace.
                    if verbatim, i < n, c[i] == open, flags[i] & matchedBrace != 0 {
                        var depth = 0
                        var k = i
                        repeat {
                            if c[k] == open { depth += 1 } else if c[k] == close { depth -= 1 }
                            k += 1
                        } while k < n && depth > 0
                        out += c[i..<k]
                        i = k
                    }
                } else if i + 1 < n, keptAfterBackslash[Int(c[i + 1])] {
                    out += c[i...(i + 1)]
                    i += 2
                } else {
                    out += formBytes[bs]!
                    i += 1
                }
                continue
            }
            switch b {
            case dollar:
                if flags[i] & mathDollar != 0 { inMath.toggle(); out.append(b) } else { out += formBytes[b]! }
            case open, close:
                if flags[i] & matchedBrace != 0 { out.append(b) } else { out += formBytes[b]! }
            case UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "#"):
                out += formBytes[b]!
            case UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "~"):
                if inMath { out.append(b) } else { out += formBytes[b]! }
            default:
                out += charForm(b)
            }
            i += 1
        }
        let encoded = typesetMath(String(decoding: out, as: UTF8.self))
        return ascii ? asciiLetters(encoded, &unmapped) : encoded
    }

    // MARK: Reading

    /// A field value as a reader sees it: the one LaTeX-to-text layer that display, search, ids and
    /// the JSON's text go through. Accents and special letters become Unicode, escaped specials
    /// themselves, formatting commands (`\textbf{X}`, `{\bf X}`, `\emph`) give their argument,
    /// logos (`\TeX`, `\LaTeX`, `\BibTeX`) their names, `--` and `---` dashes, `~` and `\,`
    /// spaces; math stays as written (`$O(\sqrt{E})$`); unknown commands keep their arguments;
    /// runs of white space, line breaks included, become one space, as BibTeX makes them.
    public static func decodePlain(_ value: String) -> String {
        var probe = value
        return probe.withUTF8 { u in
            // Most values hold nothing to decode: no `\ { } ~ $`, no dash pair, single spaces.
            if !ByteScan.containsAny(of: (0x5C, 0x7B, 0x7D, 0x7E), in: u), !needsPlainPass(u) { return value }
            return plain(u)
        }
    }

    /// An abstract's value back to LaTeX source: only the braced forms the writer makes and
    /// accent commands are decoded; math, other commands and braces stay.
    public static func decodeSource(_ value: String) -> String {
        // Most values hold nothing to decode.
        var probe = value
        let plain = probe.withUTF8 { !ByteScan.containsAny(of: (0x5C, 0x7B, 0x7D, 0x7E), in: $0) }   // \ { } ~
        if plain { return value }
        return probe.withUTF8 { source(bytes: $0) }
    }

    /// Runs of white space (line breaks and indentation included) as one space, the ends trimmed.
    public static func collapsingWhiteSpace(_ text: String) -> String {
        var probe = text
        let plain = probe.withUTF8 { !ByteScan.hasLooseWhiteSpace($0) }
        if plain { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " ")
    }

    /// Whether bytes with no backslash, brace or tilde still need `plain`: a `$`, a dash pair,
    /// or white space that is not one single space between words.
    private static func needsPlainPass(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for b in u {
            switch b {
            case 0x24: return true
            case 0x2D, 0x60, 0x27: if previous == b { return true }
            case 0x09, 0x0A, 0x0D: return true
            case 0x20: if previous == 0x20 { return true }
            default: break
            }
            previous = b
        }
        return previous == 0x20 && !u.isEmpty
    }

    static let logos: [String: String] = [
        "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "BibLaTeX": "BibLaTeX",
        "MF": "Metafont", "MP": "MetaPost", "XeTeX": "XeTeX", "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX",
        "LuaLaTeX": "LuaLaTeX", "AmS": "AMS", "AmSTeX": "AMS-TeX", "AMSTeX": "AMS-TeX", "ConTeXt": "ConTeXt",
        "PiCTeX": "PiCTeX", "SliTeX": "SliTeX", "eTeX": "e-TeX", "pdfTeX": "pdfTeX", "pdfLaTeX": "pdfLaTeX",
        "METAFONT": "METAFONT", "METAPOST": "METAPOST", "dots": "…", "ldots": "…", "textellipsis": "…",
        "textquotedblleft": "“", "textquotedblright": "”", "guillemotleft": "«", "guillemotright": "»",
        "textbullet": "•", "textdagger": "†", "textperiodcentered": "·", "slash": "/", "textunderscore": "_",
        "textbar": "|", "textless": "<", "textgreater": ">", "textasciigrave": "`", "textquotesingle": "'",
        "textexclamdown": "¡", "textquestiondown": "¿", "copyright": "©", "i": "ı", "quotedblbase": "„",
        "quotesinglbase": "‚", "dag": "†", "ddag": "‡", "texteuro": "€", "enspace": " ", "quad": " ", "qquad": " ", "hyphen": "-", "textmu": "µ",
    ]

    /// The capitalised commands that only change the size of what follows: they stand for nothing.
    static let sizeSwitches: Set<String> = ["Large", "LARGE", "Huge"]

    /// Commands whose argument is taken verbatim: `\url{…}`, and `\href{url}{text}` gives its text.
    static let verbatimCommands: Set<String> = ["url", "path", "nolinkurl"]

    /// The plain text of a LaTeX value; see `decodePlain`.
    static func plain(_ u: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        let n = u.count
        var i = 0
        func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func space() { if let l = out.last, l != 0x20 { out.append(0x20) } }
        func window(_ i: Int) -> [Character] { Array(String(decoding: u[i..<min(n, i + 48)], as: UTF8.self)) }
        func consumed(_ chars: [Character], _ next: Int) -> Int { String(chars[0..<next]).utf8.count }
        /// The end of the braced group opened at `k` (past its `}`), or nil when it never closes.
        func groupEnd(_ k: Int) -> Int? {
            var depth = 0, j = k
            while j < n {
                if u[j] == 0x5C { j += 2; continue }
                if u[j] == 0x7B { depth += 1 }
                if u[j] == 0x7D { depth -= 1; if depth == 0 { return j + 1 } }
                j += 1
            }
            return nil
        }
        while i < n {
            let c = u[i]
            switch c {
            case 0x7B:   // {
                if i + 1 < n, u[i + 1] == 0x5C {
                    let w = window(i)
                    if let (text, next) = bracedForm(w, at: 0) {
                        out += text.utf8
                        i += consumed(w, next)
                        continue
                    }
                }
                i += 1
            case 0x7D:   // }
                i += 1
            case 0x24:   // $: math, kept as written with its braces
                var j = i + 1
                let display = j < n && u[j] == 0x24
                if display { j += 1 }
                while j < n, u[j] != 0x24 { j += u[j] == 0x5C ? 2 : 1 }
                guard j < n else { out.append(c); i += 1; continue }
                var end = j + 1
                if display, end < n, u[end] == 0x24 { end += 1 }
                // As written, but a run of white space (a line break and the indentation after
                // it) is one space, as TeX reads it: a title broken over lines inside its math is
                // one line.
                var spaced = false
                for b in u[i..<min(end, n)] {
                    if isSpace(b) {
                        if !spaced { out.append(0x20) }
                        spaced = true
                    } else {
                        out.append(b)
                        spaced = false
                    }
                }
                i = end
            case 0x7E:   // ~
                space()
                i += 1
            case 0x2D:   // -- and ---
                if i + 2 < n, u[i + 1] == 0x2D, u[i + 2] == 0x2D { out += "—".utf8; i += 3 }
                else if i + 1 < n, u[i + 1] == 0x2D { out += "–".utf8; i += 2 }
                else { out.append(c); i += 1 }
            case 0x5C:   // \
                guard i + 1 < n else { i += 1; continue }
                let next = u[i + 1]
                let w = window(i)
                if let (text, after) = command(w, at: 0, plain: true) {
                    out += text.utf8
                    i += consumed(w, after)
                    continue
                }
                if isLetter(next) {
                    var j = i + 1
                    while j < n, isLetter(u[j]) { j += 1 }
                    let name = String(decoding: u[(i + 1)..<j], as: UTF8.self)
                    // A control word eats the spaces after it (`\TeX book` is `TeXbook`; `{\TeX} book` is not).
                    var after = j
                    while after < n, isSpace(u[after]) { after += 1 }
                    if let logo = logos[name] {
                        out += logo.utf8
                        if after + 1 < n, u[after] == 0x7B, u[after + 1] == 0x7D { after += 2 }
                        i = after
                    } else if verbatimCommands.contains(name), after < n, u[after] == 0x7B, let end = groupEnd(after) {
                        out += u[(after + 1)..<(end - 1)]
                        i = end
                    } else if name == "href", after < n, u[after] == 0x7B, let end = groupEnd(after) {
                        i = end   // the link text follows as the next group
                    } else if name == "begin" || name == "end", after < n, u[after] == 0x7B, let end = groupEnd(after) {
                        i = end   // an environment's name is not text: `a\begin{it}b\end{it}c` reads `abc`
                    } else {
                        // A formatting or unknown command: its arguments stay, its name goes.
                        // One of the file's own between two words (`Omega\Dash Adapting`: such
                        // macros are capitalised, the kernel's and packages' are not) stood for
                        // something: a space keeps the words apart.
                        func isWord(_ b: UInt8) -> Bool { b >= 0x80 || isLetter(b) || (b >= 0x30 && b <= 0x39) }
                        if after > j, after < n, i > 0, isWord(u[i - 1]), isWord(u[after]),
                           u[i + 1] >= 0x41, u[i + 1] <= 0x5A, !sizeSwitches.contains(name) {
                            space()
                        }
                        i = after
                    }
                    continue
                }
                switch next {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: " "), 0x0A, 0x09, UInt8(ascii: "\\"):
                    space()
                case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "@"):
                    break   // a hyphenation point, an italic correction, negative space: nothing to read
                default:
                    out.append(next)
                }
                i += 2
            case 0x09, 0x0A, 0x0D, 0x20:
                space()
                i += 1
            case 0x60, 0x27:   // ``quotes'' as LaTeX typesets them; a single ` or ' stays
                if i + 1 < n, u[i + 1] == c { out += (c == 0x60 ? "“" : "”").utf8; i += 2 } else { out.append(c); i += 1 }
            default:
                // A run of ordinary bytes, copied at once.
                var j = i + 1
                while j < n, !plainStops[Int(u[j])] { j += 1 }
                out += u[i..<j]
                i = j
            }
        }
        while out.first == 0x20 { out.removeFirst() }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Bytes where `plain` stops copying a run: braces, backslash, `$`, `~`, `-`, white space.
    static let plainStops: [Bool] = (0...255).map { b in
        b == 0x7B || b == 0x7D || b == 0x5C || b == 0x24 || b == 0x7E || b == 0x2D || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x20
            || b == 0x60 || b == 0x27
    }

    /// `decodeSource` on bytes: braces, math and commands are copied; the braced forms are decoded.
    private static func source(bytes u: UnsafeBufferPointer<UInt8>) -> String {
        // Bytes are copied in runs; at each `{ } \\ ~` a short window is read as Characters by the
        // helpers below, and what they consumed is turned back into a byte count.
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), bs = UInt8(ascii: "\\"), tilde = UInt8(ascii: "~")
        func window(_ i: Int) -> [Character] {
            Array(String(decoding: u[i..<min(u.count, i + 48)], as: UTF8.self))
        }
        func consumed(_ chars: [Character], _ next: Int) -> Int { String(chars[0..<next]).utf8.count }
        while i < u.count {
            let c = u[i]
            if c != open, c != close, c != bs, c != tilde {
                // A run of ordinary bytes, copied at once.
                var j = i + 1
                while j < u.count, u[j] != open, u[j] != close, u[j] != bs, u[j] != tilde { j += 1 }
                out += u[i..<j]
                i = j
                continue
            }
            if c == open {
                // A braced form `{\&}` … or an accent group `{\"u}` / `{\"{u}}`.
                guard i + 1 < u.count, u[i + 1] == bs else {
                    out.append(c)
                    i += 1
                    continue
                }
                let w = window(i)
                if let (text, next) = bracedForm(w, at: 0) {
                    out += text.utf8
                    i += consumed(w, next)
                    continue
                }
                out.append(c)
                i += 1
                continue
            }
            if c == close {
                out.append(c)
                i += 1
                continue
            }
            if c == bs, let plainEnd = plainCommandEnd(u, i) {
                // A command that means nothing here (`\url`, `\emph`): kept as written.
                out += u[i..<plainEnd]
                i = plainEnd
                continue
            }
            if c == bs {
                let w = window(i)
                if let (text, next) = command(w, at: 0, plain: false) {
                    out += text.utf8
                    i += consumed(w, next)
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where a backslash at `i` and the command after it end, when `command` would leave them as
    /// written; nil when it may decode them. Decides on bytes what `command` decides on Characters.
    private static func plainCommandEnd(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i + 1 < u.count else { return nil }
        let next = u[i + 1]
        func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
        if isLetter(next) {
            var j = i + 1
            while j < u.count, isLetter(u[j]) { j += 1 }
            if j - i == 2 || j < u.count && u[j] >= 0x80 { return nil }
            return specialLetterNames.contains(Array(u[(i + 1)..<j])) ? nil : j
        }
        if next >= 0x80 { return i + 1 }
        return plainAfterBackslash[Int(next)] ? i + 1 : nil
    }

    /// Names of `specialLetters`, as bytes.
    static let specialLetterNames: Set<[UInt8]> = Set(specialLetters.keys.map { Array($0.utf8) })
    /// Non-letters after a backslash that never start an escape or an accent.
    static let plainAfterBackslash: [Bool] = (0...255).map { (b: Int) -> Bool in
        b < 0x80 && !"&%#_${}\"'`^~=.".utf8.contains(UInt8(b))
    }

    /// Where the group opened by the brace at `i` closes (its `}`), a `\` escaping what follows
    /// it; nil when it never closes.
    static func closingBrace(_ chars: [Character], from i: Int) -> Int? {
        var depth = 0, j = i
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "{" { depth += 1 }
            if chars[j] == "}" { depth -= 1; if depth == 0 { return j } }
            j += 1
        }
        return nil
    }

    /// `{\&}`, `{\textbackslash}`, `{\char"1B}`, `{\"u}`, `{\"{u}}`, `{\ss}` at `i`.
    private static func bracedForm(_ chars: [Character], at i: Int) -> (String, Int)? {
        guard i + 2 < chars.count, chars[i + 1] == "\\", let j = closingBrace(chars, from: i) else { return nil }
        let inner = String(chars[(i + 1)..<j])
        if let form = braced.first(where: { $0.form == "{" + inner + "}" }) { return (String(form.char), j + 1) }
        if inner.hasPrefix("\\char\""), let v = UInt32(inner.dropFirst(6), radix: 16), let s = Unicode.Scalar(v) {
            return (String(Character(s)), j + 1)
        }
        let innerChars = Array(inner)
        if innerChars.count >= 2, let mark = accentMarks[innerChars[1]],
           !innerChars[1].isLetter || !(innerChars.count > 2 && innerChars[2].isLetter),
           let (text, next) = accent(innerChars, at: 0, mark: mark), next == innerChars.count {
            return (text, j + 1)
        }
        if let (text, next) = command(innerChars, at: 0, plain: true), next == innerChars.count {
            return (text, j + 1)
        }
        return nil
    }

    /// A command at `i`: accents, special letters, escaped specials. Nil for anything else.
    private static func command(_ chars: [Character], at i: Int, plain: Bool) -> (String, Int)? {
        guard i + 1 < chars.count else { return nil }
        let next = chars[i + 1]
        // Escaped specials: in plain fields they mean the character; in an abstract the writer
        // keeps `\%` as written, so it must stay.
        if "&%#_${}".contains(next) { return plain ? (String(next), i + 2) : nil }
        // A letter accent (`\u`, `\c`, `\v`) is a one-letter control word: `\url` is not `\u` + `rl`.
        let oneLetter = !next.isLetter || !(i + 2 < chars.count && chars[i + 2].isLetter)
        if let mark = accentMarks[next], oneLetter, plain {
            return accent(chars, at: i, mark: mark)
        }
        if next.isLetter {
            var j = i + 1
            while j < chars.count, chars[j].isLetter, chars[j].isASCII { j += 1 }
            let name = String(chars[(i + 1)..<j])
            if plain, let mark = wordAccents[name] { return accent(chars, at: i, mark: mark, nameLength: name.count) }
            if let letter = specialLetters[name] {
                // A control word eats the spaces after it.
                var end = j
                if end < chars.count, chars[end] == " " { end += 1 }
                if end + 1 < chars.count, chars[end] == "{", chars[end + 1] == "}" { end += 2 }
                return (letter, end)
            }
            // `\ElsevierGlyph{2014}`, as ScienceDirect's exports give a character by its code.
            if name == "ElsevierGlyph", j < chars.count, chars[j] == "{",
               let close = chars[j...].firstIndex(of: "}"), close - j <= 7,
               let code = UInt32(String(chars[(j + 1)..<close]), radix: 16), code >= 0x20,
               let scalar = Unicode.Scalar(code), !(0x7F...0x9F).contains(code) {
                return (String(Character(scalar)), close + 1)
            }
            // `\ensuremath{\alpha}`, as the writer gives a Greek letter or a math symbol in text.
            if plain, name == "ensuremath", j + 1 < chars.count, chars[j] == "{", chars[j + 1] == "\\" {
                var k = j + 2
                while k < chars.count, chars[k].isLetter, chars[k].isASCII { k += 1 }
                if k < chars.count, chars[k] == "}", let ch = mathCharacterFor[String(chars[(j + 2)..<k])] {
                    return (String(ch), k + 1)
                }
            }
        }
        return nil
    }

    /// `\"u`, `\"{u}`, `\" u`, `\'\i` at `i` (the backslash), as one precomposed character.
    private static func accent(_ chars: [Character], at i: Int, mark: Unicode.Scalar, nameLength: Int = 1) -> (String, Int)? {
        var j = i + 1 + nameLength
        // An accent takes its letter as TeX takes a macro's argument: spaces before it skipped.
        while j < chars.count, chars[j] == " " { j += 1 }
        var base: String?
        var end = j
        if j < chars.count, chars[j] == "{" {
            var k = j + 1
            var letters = ""
            while k < chars.count, chars[k] != "}" { letters.append(chars[k]); k += 1 }
            base = letters
            end = k + 1
        } else if j + 1 < chars.count, chars[j] == "\\", chars[j + 1] == "i" || chars[j + 1] == "j" {
            base = String(chars[j + 1])
            end = j + 2
        } else if j < chars.count, chars[j].isLetter {
            base = String(chars[j])
            end = j + 1
        }
        guard var letter = base, !letter.isEmpty else { return nil }
        if letter == "\\i" { letter = "i" }
        if letter == "\\j" { letter = "j" }
        guard letter.count == 1 else { return nil }
        return (UnicodeText.composed(letter + String(mark)), end)
    }

    static let accentMarks: [Character: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
        "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    ]
    /// Accents named by a word (`\textcommabelow{s}`, as Romanian is written: ș).
    static let wordAccents: [String: Unicode.Scalar] = ["textcommabelow": "\u{0326}"]
    static let markCommands: [Unicode.Scalar: Character] = Dictionary(uniqueKeysWithValues: accentMarks.map { ($0.value, $0.key) })

    static let specialLetters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "aa": "å", "AA": "Å", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
        "textasciitilde": "~", "textasciicircum": "^", "textbackslash": "\\", "textbraceleft": "{", "textbraceright": "}",
        "textendash": "–", "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "textregistered": "®",
        "texttrademark": "™", "textcopyright": "©", "textdegree": "°", "euro": "€", "pounds": "£", "S": "§", "P": "¶",
    ]
    static let letterCommands: [Character: String] = {
        var m: [Character: String] = [:]
        for (k, v) in specialLetters where v.count == 1 && !"~^\\{}".contains(v) { m[Character(v)] = k }
        return m
    }()

    /// Punctuation classic bibtex and 8-bit LaTeX know by their ASCII ligatures and commands.
    static let asciiPunctuation: [Character: String] = [
        "—": "---", "–": "--", "‘": "`", "’": "'", "“": "``", "”": "''", "…": "{\\ldots}", "\u{00A0}": "~",
        "«": "{\\guillemotleft}", "»": "{\\guillemotright}", "„": "{\\quotedblbase}", "‚": "{\\quotesinglbase}",
        "•": "{\\textbullet}", "†": "{\\dag}", "‡": "{\\ddag}", "€": "{\\texteuro}", "£": "{\\pounds}", "§": "{\\S}",
        "¶": "{\\P}", "©": "{\\copyright}", "®": "{\\textregistered}", "™": "{\\texttrademark}", "°": "{\\textdegree}",
        "\u{2009}": "\\,", "\u{202F}": "\\,", "\u{2002}": "\\enspace{}", "\u{2003}": "\\quad{}",
    ]

    /// `{\"u}` for ü, `{\l}` for ł, `--` for –; nil when there is no such command.
    static func accentCommand(for ch: Character) -> String? {
        if let p = asciiPunctuation[ch] { return p }
        if let name = letterCommands[ch], name.count <= 2 { return "{\\" + name + "}" }
        let decomposed = Array(UnicodeText.decomposed(String(ch)).unicodeScalars)
        guard decomposed.count >= 2, decomposed[0].isASCII else { return nil }
        var result = String(decomposed[0])
        if result == "i" { result = "\\i" }
        if result == "j" { result = "\\j" }
        for mark in decomposed.dropFirst() {
            guard let cmd = markCommands[mark] else { return nil }
            result = cmd.isLetter ? "\\\(cmd){\(result)}" : "\\\(cmd)\(result)"
            if result.hasSuffix("\\i") || result.hasSuffix("\\j") { result += "{}" }
        }
        return "{" + result + "}"
    }
}
