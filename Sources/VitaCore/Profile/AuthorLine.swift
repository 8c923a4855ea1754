import Foundation

/// The author line of a paper block: `Name, Name, Name et al. · affiliation`.
struct AuthorLine: Equatable {
    var names: [String]
    var truncated: Bool
    var affiliation: String?

    static func parse(_ line: String) -> AuthorLine {
        var text = Substring(line)
        var affiliation: String?
        if let dot = text.range(of: "·") {
            let aff = String(text[dot.upperBound...]).trimmingSpaces()
            affiliation = aff.isEmpty ? nil : aff
            text = text[..<dot.lowerBound]
        }
        var names = text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        var truncated = false
        if let last = names.last {
            for marker in ["et al.", "et al"] {
                if last == marker {
                    names.removeLast()
                } else if last.hasSuffix(" " + marker) {
                    names[names.count - 1] = String(last.dropLast(marker.count)).trimmingSpaces()
                } else {
                    continue
                }
                truncated = true
                break
            }
        }
        // `A, B and C` and `A and B`: the last separator may be a word.
        if let last = names.last, last.contains(" and ") {
            names.removeLast()
            names += last.components(separatedBy: " and ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        if names.last == "others" { names.removeLast(); truncated = true }
        return AuthorLine(names: names, truncated: truncated, affiliation: affiliation)
    }
}
