/// Searching and replacing in text, byte for byte: what Vita asked of Foundation's string
/// methods, which it no longer links (DECISIONS 88).
extension StringProtocol {
    /// Every occurrence of `target` replaced by `replacement`, found byte for byte in the UTF-8
    /// from the start, as Foundation's `replacingOccurrences(of:with:)` replaces them.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let text = Array(utf8)
        let find = Array(target.utf8)
        guard !find.isEmpty, text.count >= find.count else { return String(self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        var found = false
        while i < text.count {
            if text[i] == find[0], i + find.count <= text.count, text[i..<(i + find.count)].elementsEqual(find) {
                out.append(contentsOf: replacement.utf8)
                i += find.count
                found = true
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return found ? String(decoding: out, as: UTF8.self) : String(self)
    }

    /// The last range where `target` stands, or nil.
    public func lastRange(of target: some StringProtocol) -> Range<Index>? {
        ranges(of: target).last
    }

    /// The text cut at each `separator`, empty pieces kept, as Foundation's
    /// `components(separatedBy:)` cuts it.
    public func pieces(separatedBy separator: some StringProtocol) -> [String] {
        split(separator: separator, omittingEmptySubsequences: false).map { String($0) }
    }

    /// The first range where the ASCII `target` stands, its letters in either case.
    public func firstRange(ignoringASCIICase target: String) -> Range<Index>? {
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let find = target.utf8.map(lower)
        guard !find.isEmpty else { return nil }
        var i = utf8.startIndex
        while i != utf8.endIndex {
            var (j, k) = (i, 0)
            while k < find.count, j != utf8.endIndex, lower(utf8[j]) == find[k] { j = utf8.index(after: j); k += 1 }
            if k == find.count { return i..<j }
            i = utf8.index(after: i)
        }
        return nil
    }
}
