/// Strings laid end to end in one run of bytes: string `i` is `bytes[starts[i]..<starts[i + 1]]`.
/// Made in memory or standing in a mapped file, read the same way; a string is made only when
/// one is asked for, so a table of a million names costs two arrays, not a million strings.
struct TextTable: Sendable {
    let bytes: Flat<UInt8>
    let starts: Flat<Int32>

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        starts.reserveCapacity(strings.count + 1)
        for s in strings {
            bytes.append(contentsOf: s.utf8)
            starts.append(Int32(bytes.count))
        }
        self.bytes = Flat(bytes)
        self.starts = Flat(starts)
    }

    /// Byte runs already laid end to end (`starts` from 0, never falling, ending at the bytes' end).
    init(bytes: [UInt8], starts: [Int32]) {
        self.bytes = Flat(bytes)
        self.starts = Flat(starts)
    }

    /// A stored table, checked: nil unless the bounds start at 0, never fall and end at the bytes' end.
    init?(stored bytes: Flat<UInt8>, starts: Flat<Int32>) {
        guard let first = starts.first, first == 0, Int(starts[starts.count - 1]) == bytes.count else { return nil }
        let rising = starts.withUnsafeBufferPointer { s in
            for i in 1..<s.count where s[i] < s[i - 1] { return false }
            return true
        }
        guard rising else { return nil }
        self.bytes = bytes
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    func range(_ i: Int) -> Range<Int> { Int(starts[i])..<Int(starts[i + 1]) }

    subscript(i: Int) -> String {
        let r = range(i)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Whether string `i` is `s`, without making it.
    func equals(_ i: Int, _ s: String) -> Bool {
        let r = range(i)
        var s = s
        return s.withUTF8 { u in
            u.count == r.count && bytes.withUnsafeBufferPointer { b in
                for k in 0..<u.count where b[r.lowerBound + k] != u[k] { return false }
                return true
            }
        }
    }

    /// Strings `i` and `j` in `String`'s order (negative, zero, positive), decided on the bytes
    /// where they differ in an ASCII character not followed by another character that could
    /// combine with it; else by making the two strings.
    func order(_ i: Int, _ j: Int) -> Int {
        let a = range(i), b = range(j)
        let decided: Int? = bytes.withUnsafeBufferPointer { s in
            var k = 0
            while k < a.count, k < b.count, s[a.lowerBound + k] == s[b.lowerBound + k] { k += 1 }
            if k == a.count && k == b.count { return 0 }
            func plain(_ r: Range<Int>) -> Bool { k >= r.count || (s[r.lowerBound + k] < 0x80 && (k + 1 >= r.count || s[r.lowerBound + k + 1] < 0x80)) }
            guard plain(a), plain(b) else { return nil }
            if k == a.count { return -1 }
            if k == b.count { return 1 }
            return s[a.lowerBound + k] < s[b.lowerBound + k] ? -1 : 1
        }
        if let decided { return decided }
        let (x, y) = (self[i], self[j])
        return x < y ? -1 : x == y ? 0 : 1
    }
}
