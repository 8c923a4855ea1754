import FoundationEssentials
import VitaCore

/// A filter kept under a name, recalled from the saved-searches menu.
public struct SavedSearch: Equatable, Sendable {
    public var name: String
    public var query: String
    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}

/// What the user puts on papers and on the record, kept between runs: marks, tags, notes and
/// saved searches. Its changes answer with the message the bottom line shows.
public struct Annotations: Equatable, Sendable {
    /// Ids of the marked papers: marks survive filtering and sorting.
    public var marks: Set<String> = []
    /// Paper id to the tags the user gave it (folded: lowercase, no spaces).
    public var tags: [String: Set<String>] = [:]
    /// Paper id to the note the user wrote on it.
    public var notes: [String: String] = [:]
    /// By name.
    public var searches: [SavedSearch] = []

    public init() {}

    mutating func toggleMark(_ id: String) {
        if marks.remove(id) == nil { marks.insert(id) }
    }

    mutating func mark(_ ids: [String]) -> Message {
        let before = marks.count
        // Room for them all at once (grown as they came, the set was rebuilt again and again).
        marks.reserveCapacity(before + ids.count)
        marks.formUnion(ids)
        return Message(text: "marked \(NumberText.grouped(marks.count - before)) more (\(NumberText.grouped(marks.count)) marked)", isError: false)
    }

    mutating func clearMarks() -> Message {
        let n = marks.count
        marks.removeAll()
        return Message(text: "cleared \(NumberText.grouped(n)) \(n == 1 ? "mark" : "marks")", isError: false)
    }

    /// Puts the typed tag on the papers, or takes it off when they all have it already.
    mutating func toggleTag(_ typed: String, on ids: [String]) -> Message {
        var words = Substring(typed.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-"))
        while words.first == "#" { words.removeFirst() }
        while words.last == "#" { words.removeLast() }
        let tag = String(words)
        guard !tag.isEmpty else { return Message(text: "no tag given", isError: true) }
        let all = ids.allSatisfy { tags[$0]?.contains(tag) == true }
        // A paper with no tag yet shares one set of this tag with the others (one set a paper,
        // and the table grown as they came, took 1.7 s for 950,000 papers).
        let only: Set<String> = [tag]
        if !all { tags.reserveCapacity(tags.count + ids.count) }
        for id in ids {
            if all {
                tags[id]?.remove(tag)
                if tags[id]?.isEmpty == true { tags[id] = nil }
            } else if tags[id] == nil {
                tags[id] = only
            } else {
                tags[id]!.insert(tag)
            }
        }
        let papers = "\(NumberText.grouped(ids.count)) \(ids.count == 1 ? "paper" : "papers")"
        return Message(text: all ? "removed #\(tag) from \(papers)" : "tagged \(papers) #\(tag)", isError: false)
    }

    /// Takes the note the editor gave back (empty: no note).
    mutating func setNote(id: String, text: String) -> Message {
        let trimmed = text.trimmingWhitespace()
        let before = notes[id]
        notes[id] = trimmed.isEmpty ? nil : trimmed
        return Message(text: notes[id] == before ? "note unchanged" : trimmed.isEmpty ? "note removed" : "note saved", isError: false)
    }

    /// Keeps `query` under `name` (a name used already is given the new query).
    mutating func saveSearch(name typed: String, query: String) -> Message {
        let name = VisibleText.singleLine(typed.trimmingWhitespace())
        guard !name.isEmpty else { return Message(text: "no name given: the search was not saved", isError: true) }
        let replaced = searches.contains { $0.name == name }
        searches.removeAll { $0.name == name }
        searches.append(SavedSearch(name: name, query: query))
        searches.sort { NaturalOrder.ascending($0.name, $1.name) }
        return Message(text: "\(replaced ? "replaced" : "saved") search \"\(name)\" (' lists saved searches)", isError: false)
    }

    mutating func deleteSearch(at i: Int) -> Message? {
        guard searches.indices.contains(i) else { return nil }
        let gone = searches.remove(at: i)
        return Message(text: "deleted saved search \"\(gone.name)\"", isError: false)
    }
}
