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
        var tokens: [(word: String, range: Range<Int>)] = []
        Tokenizer.forEachToken(in: text) { bytes, range in tokens.append((String(decoding: bytes, as: UTF8.self), range)) }
        var byteRanges: [Range<Int>] = []
        for term in terms {
            switch term {
            case let .words(words, prefixLast, fields) where fields.contains(field):
                let n = words.count
                guard n <= tokens.count else { continue }
                for k in 0...(tokens.count - n) {
                    var ok = true
                    for i in 0..<n {
                        let isLast = i == n - 1
                        let match = isLast && prefixLast ? tokens[k + i].word.hasPrefix(words[i]) : tokens[k + i].word == words[i]
                        if !match { ok = false; break }
                    }
                    if ok {
                        // A prefix match lights only the typed part of an ASCII word.
                        var end = tokens[k + n - 1].range.upperBound
                        let last = tokens[k + n - 1]
                        if prefixLast, last.word.utf8.count == last.range.count { end = last.range.lowerBound + words[n - 1].utf8.count }
                        byteRanges.append(tokens[k].range.lowerBound..<end)
                    }
                }
            case .category(let c) where field == .category:
                if TextFolding.fold(text) == c { byteRanges.append(0..<text.utf8.count) }
            default:
                continue
            }
        }
        // Merge, then turn byte offsets into string indices.
        byteRanges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in byteRanges {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        let u = text.utf8
        return merged.map { u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound) }
    }
}
