import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-buffer checks that run at memory speed: UTF-8 validity and newline counts, eight
/// bytes at a time where the bytes are ASCII.
public enum ByteScan {
    /// Whether `bytes` are valid UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    public static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII runs, a word at a time.
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { i + k < n && base[i + k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let b1 = base[i + 1]
                if b0 == 0xE0 && b1 < 0xA0 { return false }   // overlong
                if b0 == 0xED && b1 > 0x9F { return false }   // surrogate
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let b1 = base[i + 1]
                if b0 == 0xF0 && b1 < 0x90 { return false }   // overlong
                if b0 == 0xF4 && b1 > 0x8F { return false }   // past U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }

    /// Whether eight bytes of ASCII (no high bit set) hold a control (under 0x20) or DEL. Exact:
    /// `(w - 0x20…) & ~w & 0x80…` marks a byte under 0x20, and the same over `w ^ 0x7F…` with
    /// 0x01… a byte equal to 0x7F; no borrow crosses bytes before the first marked one.
    @inline(__always)
    static func asciiHasControl(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let del = w ^ (ones &* 0x7F)
        return (w &- ones &* 0x20) & ~w & high != 0 || (del &- ones) & ~del & high != 0
    }

    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    /// Whether any of four bytes stands in `bytes` (repeat one to look for fewer).
    public static func containsAny(of targets: (UInt8, UInt8, UInt8, UInt8), in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let p0 = ones &* UInt64(targets.0), p1 = ones &* UInt64(targets.1)
        let p2 = ones &* UInt64(targets.2), p3 = ones &* UInt64(targets.3)
        // A byte of `w ^ p` is zero where `w` holds that target; `(x - ones) & ~x & high` is
        // nonzero exactly when some byte of `x` is zero.
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if hasZero(w ^ p0) || hasZero(w ^ p1) || hasZero(w ^ p2) || hasZero(w ^ p3) { return true }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b == targets.0 || b == targets.1 || b == targets.2 || b == targets.3 { return true }
            i += 1
        }
        return false
    }

    /// The index of the first byte in `bytes[from..<to]` that is one of five targets, else `to`.
    /// Eight bytes at a time: a zero byte of `w ^ target` marks a hit, and the lowest marked
    /// byte of the five masks is the first hit (the marking is exact up to the first zero).
    @inline(__always)
    public static func firstOf(_ t: (UInt8, UInt8, UInt8, UInt8, UInt8), in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = bytes.baseAddress else { return to }
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let p0 = ones &* UInt64(t.0), p1 = ones &* UInt64(t.1), p2 = ones &* UInt64(t.2), p3 = ones &* UInt64(t.3), p4 = ones &* UInt64(t.4)
        @inline(__always) func zeros(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & high }
        var i = from
        while i + 8 <= to {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let m = zeros(w ^ p0) | zeros(w ^ p1) | zeros(w ^ p2) | zeros(w ^ p3) | zeros(w ^ p4)
            if m != 0 { return i + m.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to {
            let b = base[i]
            if b == t.0 || b == t.1 || b == t.2 || b == t.3 || b == t.4 { return i }
            i += 1
        }
        return to
    }

    /// Whether white space in `bytes` is anything but single spaces between words: a tab, a line
    /// break, two spaces in a row, a space at either end. One pass, a word at a time.
    public static func hasLooseWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let space = ones &* 0x20, tab = ones &* 0x09, lf = ones &* 0x0A, cr = ones &* 0x0D
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        // A byte of `(w ^ space) | (w1 ^ space)` is zero where a space follows a space.
        var i = 0
        while i + 9 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let w1 = UnsafeRawPointer(base + i + 1).loadUnaligned(as: UInt64.self)
            if hasZero((w ^ space) | (w1 ^ space)) || hasZero(w ^ tab) || hasZero(w ^ lf) || hasZero(w ^ cr) { return true }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b == 0x09 || b == 0x0A || b == 0x0D || (b == 0x20 && i + 1 < n && base[i + 1] == 0x20) { return true }
            i += 1
        }
        return false
    }

    /// How many `\n` bytes stand in `bytes[from..<to]`.
    public static func newlines(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        count(0x0A, in: bytes, from: from, to: to)
    }

    /// How many times `byte` stands in `bytes[from..<to]`.
    public static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = bytes.baseAddress, from < to else { return 0 }
        var count = 0
        var i = from
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let pattern = ones &* UInt64(byte)
        while i + 8 <= to {
            // A byte of `x` is zero exactly where the input holds `byte`; count those bytes.
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ pattern
            let y = ~(((x & low7) &+ low7) | x | low7)
            count += y.nonzeroBitCount
            i += 8
        }
        while i < to {
            if base[i] == byte { count += 1 }
            i += 1
        }
        return count
    }

    /// Offsets in `bytes[from..<to]` where `needle` (ASCII lowercase letters and digits) stands,
    /// ignoring ASCII case.
    public static func foldedMatches(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [Int] {
        var hits: [Int] = []
        forEachFoldedMatch(of: needle, in: bytes, from: from, to: to) { hits.append($0); return true }
        return hits
    }

    /// Whether `needle` (ASCII lowercase letters and digits) stands in `bytes`, ignoring ASCII
    /// case; the bytes after the first match are not looked at.
    public static func containsFolded(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEachFoldedMatch(of: needle, in: bytes, from: 0, to: bytes.count) { _ in found = true; return false }
        return found
    }

    /// Calls `body` with each offset in `bytes[from..<to]` where `needle` stands, ignoring ASCII
    /// case, until it returns false. Sixteen bytes at a time: the needle's first and last bytes
    /// are compared at once, and only where both agree are the bytes between checked.
    @inline(__always)
    static func forEachFoldedMatch(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                                   _ body: (Int) -> Bool) {
        let n = needle.count
        guard let base = bytes.baseAddress, n > 0, from < to else { return }
        let end = min(to, bytes.count) - n + 1   // last start + 1
        // `b | 0x20` maps an ASCII capital to its small letter and leaves small letters and digits alone.
        let fold = SIMD16<UInt8>(repeating: 0x20)
        let first = SIMD16<UInt8>(repeating: needle[0]), last = SIMD16<UInt8>(repeating: needle[n - 1])
        @inline(__always) func load(_ at: Int) -> SIMD16<UInt8> {
            UnsafeRawPointer(base + at).loadUnaligned(as: SIMD16<UInt8>.self) | fold
        }
        @inline(__always) func candidates(_ at: Int) -> SIMDMask<SIMD16<Int8>> {
            (load(at) .== first) .& (load(at + n - 1) .== last)
        }
        @inline(__always) func matches(_ at: Int) -> Bool {
            var j = 1
            while j < n - 1 {
                if base[at + j] | 0x20 != needle[j] { return false }
                j += 1
            }
            return true
        }
        /// False when `body` asks to stop.
        @inline(__always) func verify(_ m: SIMDMask<SIMD16<Int8>>, _ at: Int) -> Bool {
            for k in 0..<16 where m[k] && matches(at + k) {
                if !body(at + k) { return false }
            }
            return true
        }
        var i = from
        // The loads reach `n - 1` bytes past each start; stop where they would leave the buffer.
        while i + 64 + n - 1 <= bytes.count, i + 64 <= end {
            let m0 = candidates(i), m1 = candidates(i + 16), m2 = candidates(i + 32), m3 = candidates(i + 48)
            if any((m0 .| m1) .| (m2 .| m3)) {
                guard verify(m0, i), verify(m1, i + 16), verify(m2, i + 32), verify(m3, i + 48) else { return }
            }
            i += 64
        }
        while i < end {
            if base[i] | 0x20 == needle[0], base[i + n - 1] | 0x20 == needle[n - 1], matches(i) {
                guard body(i) else { return }
            }
            i += 1
        }
    }

    /// Whether any byte of `bytes` is outside ASCII, eight at a time.
    public static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        var i = 0
        var seen: UInt64 = 0
        while i + 32 <= n {
            let p = UnsafeRawPointer(base + i)
            seen |= p.loadUnaligned(as: UInt64.self) | p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                | p.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            if seen & 0x8080_8080_8080_8080 != 0 { return true }
            i += 32
        }
        while i < n { seen |= UInt64(base[i]); i += 1 }
        return seen & 0x8080_8080_8080_8080 != 0
    }

    public static func nonASCIIWords(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        guard let base = bytes.baseAddress, from < to else { return words }
        var i = from
        while i < to {
            while i + 16 <= to {
                let w0 = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let w1 = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
                if (w0 | w1) & 0x8080_8080_8080_8080 != 0 { break }
                i += 16
            }
            while i < to, base[i] < 0x80 { i += 1 }
            guard i < to else { break }
            var start = i
            while start > from, Tokenizer.isWordByte(base[start - 1]) { start -= 1 }
            var end = i + 1
            while end < to, Tokenizer.isWordByte(base[end]) { end += 1 }
            words.append(start..<end)
            i = end
        }
        return words
    }

    /// Whether every byte of `bytes` is printable ASCII (space to `~`): text drawn one cell a
    /// byte, with nothing to replace. Eight bytes at a time.
    public static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 borrows in `w - 0x20…`; 0x7F and above carry into the high bit
            // of `w + 0x01…`; a high bit of `w` itself is a byte past ASCII.
            if (w | (w &- ones &* 0x20) | (w &+ ones)) & high != 0 { return false }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b < 0x20 || b >= 0x7F { return false }
            i += 1
        }
        return true
    }

    /// The same for a string's bytes, read in place when the string has them in one piece.
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isPrintableASCII($0) }
            ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

}

extension String {
    /// Whether `byte` stands in the text's UTF-8, found by `memchr` (a search through the UTF-8
    /// view takes each byte through its index, several times slower on the paths every author of
    /// a record passes).
    @inline(__always) func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { b in b.count > 0 && memchr(b.baseAddress!, Int32(byte), b.count) != nil }
    }

    /// Where `byte` first stands in the text's UTF-8, found by `memchr` as `containsByte` finds it.
    func firstIndex(ofByte byte: UInt8) -> String.Index? {
        var text = self
        let offset = text.withUTF8 { b -> Int? in
            guard b.count > 0, let hit = memchr(b.baseAddress!, Int32(byte), b.count) else { return nil }
            return b.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// The text after the first `needle`, found byte for byte (Foundation's `range(of:)` compared
    /// Unicode, for every paper of a record as its identity was made); nil without one.
    func after(_ needle: StaticString) -> String? {
        var text = self
        let n = needle.utf8CodeUnitCount
        return text.withUTF8 { b -> String? in
            guard n > 0, b.count >= n, let base = b.baseAddress else { return nil }
            for k in 0...(b.count - n) where b[k] == needle.utf8Start[0] && memcmp(base + k, needle.utf8Start, n) == 0 {
                return String(decoding: UnsafeBufferPointer(rebasing: b[(k + n)...]), as: UTF8.self)
            }
            return nil
        }
    }
}
