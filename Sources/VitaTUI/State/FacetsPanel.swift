import VitaCore

/// The facets panel (`f`): counts by category, year, venue, coauthor and tag of the papers
/// shown, the selected facet, and whether the keyboard is in the panel.
public struct FacetsPanel: Sendable {
    public internal(set) var isOpen = false
    public internal(set) var focused = false
    /// Position in `items`.
    public internal(set) var selected = 0
    /// What the panel shows: the record's counts with the user's tags.
    public internal(set) var counts: Facets?
    /// The record's counts by the filter they were made for (`""`: the whole record, kept for
    /// good; one filter besides it), so an unchanged list is not counted again.
    private var made: [String: Facets] = [:]

    /// Every facet in the order drawn (the groups one after another).
    public var items: [Facets.Facet] { counts?.groups.flatMap(\.facets) ?? [] }
    public var selectedFacet: Facets.Facet? { items.indices.contains(selected) ? items[selected] : nil }

    /// Counts the papers shown when the panel is open; `key` names them (nil: count again).
    /// Tags are counted each time (they are few, and change under the same filter). The facet
    /// selected stays selected when it is still there.
    /// More than `countApartAbove` papers shown are not counted here (seconds at a million): the
    /// panel says it is counting them, and the explorer's loop has them counted on another
    /// thread (`wanted`) and given back with `prime(_:for:)`.
    mutating func refresh(library: Library, visible: [Int], shown: (String) -> Bool, tags: [String: Set<String>], key: String?) {
        guard isOpen else { counts = nil; wanted = nil; return }
        let before = selectedFacet
        let record: Facets
        if let key, let kept = made[key] {
            record = kept
            wanted = nil
        } else if let key, visible.count > countApartAbove {
            counts = nil
            wanted = (key, visible)
            return
        } else {
            record = Facets(library: library, indices: visible)
            wanted = nil
            if let key {
                if !key.isEmpty { made = made.filter { $0.key.isEmpty } }
                made[key] = record
            }
        }
        counts = tags.isEmpty ? record : record.withTags(tags, shown: shown)
        let now = items
        selected = before.flatMap { b in now.firstIndex { $0.kind == b.kind && $0.value == b.value } } ?? min(selected, max(0, now.count - 1))
    }

    mutating func open() { isOpen = true; focused = true }
    mutating func close() { isOpen = false; focused = false; counts = nil; wanted = nil }
    mutating func focus(_ on: Bool) { focused = on && isOpen }

    /// The papers shown (and the filter that names them) the panel waits for, to be counted on
    /// another thread: more than `countApartAbove`.
    public internal(set) var wanted: (key: String, visible: [Int])?
    var countApartAbove = 100_000

    /// Counts made on another thread for the papers `key` names (`""`: the whole record, made
    /// ahead after the first frame); shown at once when the panel waits for them.
    mutating func prime(_ record: Facets, for key: String = "") {
        if !key.isEmpty { made = made.filter { $0.key.isEmpty } }
        made[key] = record
    }

    mutating func move(by delta: Int) {
        let n = items.count
        guard n > 0 else { return }
        selected = max(0, min(n - 1, selected + delta))
    }

    mutating func select(_ i: Int) { if items.indices.contains(i) { selected = i } }

    /// Whether `facet`'s term is in the filter.
    static func isApplied(_ facet: Facets.Facet, filter: String) -> Bool {
        (" " + filter + " ").contains(" " + facet.term + " ")
    }

    /// The filter with `facet`'s term added, or taken out when it is there.
    static func toggled(_ facet: Facets.Facet, in filter: String) -> String {
        let term = facet.term
        if isApplied(facet, filter: filter) {
            let rest = (" " + filter + " ").replacingAll(" " + term + " ", with: " ")
            return rest.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        return filter.isEmpty ? term : filter + " " + term
    }
}
