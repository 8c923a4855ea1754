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
}
