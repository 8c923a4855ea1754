/// Where a query's words stand in a paper's text, for views to highlight.
public enum Highlight {
    /// The text of a field as views show it: authors joined by `, `, links by spaces, the title's
    /// math as text where it reads as text (`MathText`).
    public static func text(of paper: Paper, field: SearchFields) -> String {
        switch field {
        case .title: return paper.shownTitle
        case .authors: return paper.authors.map(\.name).joined(separator: ", ")
        case .links: return paper.links.joined(separator: " ")
        default: return SearchIndex.texts(of: paper, field: field).first ?? ""
        }
    }

    /// Ranges of `Highlight.text(of:field:)` that the query's positive terms match, in order and
    /// not overlapping, for every field that has some.
    public static func ranges(in paper: Paper, for query: Query) -> [SearchFields: [Range<String.Index>]] {
        var out: [SearchFields: [Range<String.Index>]] = [:]
        let terms = query.positiveTerms
        for field in SearchFields.ordered {
            let text = text(of: paper, field: field)
            guard !text.isEmpty else { continue }
            let r = ranges(in: text, field: field, terms: terms)
            if !r.isEmpty { out[field] = r }
        }
        return out
    }

    public static func ranges(in text: String, field: SearchFields, terms: [QueryTerm]) -> [Range<String.Index>] {
        lit(text, terms) { term, tokens in
            switch term {
            case let .words(words, prefixLast, fields) where fields.contains(field):
                return phrases(words, prefixLast: prefixLast, in: tokens)
            case .category(let c) where field == .category:
                return TextFolding.fold(text) == c ? [0..<text.utf8.count] : []
            default:
                return []
            }
        }
    }

    /// Ranges of a value the detail shows under `label` (`publisher`, `venue`, `ISBN`) that the
    /// query's field terms for it match (`publisher:springer`, `journal:"neural computation"`).
    public static func ranges(in text: String, shownAs label: String, terms: [QueryTerm]) -> [Range<String.Index>] {
        let names = PaperSummary.fieldNames(shownAs: label)
        guard !names.isEmpty else { return [] }
        return lit(text, terms) { term, tokens in
            guard case let .entryField(name, words, prefixLast) = term,
                  SearchIndex.entryFieldAliases(name).contains(where: names.contains) else { return [] }
            return phrases(words, prefixLast: prefixLast, in: tokens)
        }
    }

    typealias Token = (word: String, range: Range<Int>)

    /// Where `words` stand in order among the tokens, as byte ranges; with `prefixLast` the last
    /// word lights only its typed part of an ASCII word it begins.
    static func phrases(_ words: [String], prefixLast: Bool, in tokens: [Token]) -> [Range<Int>] {
        let n = words.count
        guard n > 0, n <= tokens.count else { return [] }
        var out: [Range<Int>] = []
        for k in 0...(tokens.count - n) {
            var ok = true
            for i in 0..<n {
                let isLast = i == n - 1
                let match = isLast && prefixLast ? tokens[k + i].word.hasPrefix(words[i]) : tokens[k + i].word == words[i]
                if !match { ok = false; break }
            }
            if ok {
                var end = tokens[k + n - 1].range.upperBound
                let last = tokens[k + n - 1]
                if prefixLast, last.word.utf8.count == last.range.count { end = last.range.lowerBound + words[n - 1].utf8.count }
                out.append(tokens[k].range.lowerBound..<end)
            }
        }
        return out
    }

    /// The text's ranges each term lights (`match` given the text's folded tokens), merged.
    static func lit(_ text: String, _ terms: [QueryTerm], _ match: (QueryTerm, [Token]) -> [Range<Int>]) -> [Range<String.Index>] {
        var tokens: [Token] = []
        Tokenizer.forEachToken(in: text) { bytes, range in tokens.append((String(decoding: bytes, as: UTF8.self), range)) }
        var byteRanges: [Range<Int>] = []
        for term in terms { byteRanges += match(term, tokens) }
        // Merge, then turn byte offsets into string indices.
        let u = text.utf8
        return merged(byteRanges).map { u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound) }
    }

    /// Two lists of lit ranges of one text as one, in order and not overlapping.
    public static func merged(_ a: [Range<String.Index>], _ b: [Range<String.Index>]) -> [Range<String.Index>] {
        a.isEmpty || b.isEmpty ? (a.isEmpty ? b : a) : merged(a + b)
    }

    /// Ranges in order, those that overlap or touch made one.
    static func merged<Bound: Comparable>(_ ranges: [Range<Bound>]) -> [Range<Bound>] {
        var out: [Range<Bound>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
