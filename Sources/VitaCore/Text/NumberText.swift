#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers as people read them.
public enum NumberText {
    /// Thousands grouped with commas: `5,290`.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// `n` with at least `width` digits, zeros before: `padded(7, 2)` is `07` (`%02d`).
    public static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        // The width counts the sign, as printf counts it.
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count - (n < 0 ? 1 : 0))) + digits
    }

    /// `n` in hexadecimal with at least `width` digits: `hex(0xE9, 4)` is `00E9` (`%04X`).
    public static func hex(_ n: some BinaryInteger, _ width: Int, uppercase: Bool = true) -> String {
        let digits = String(n, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `x` with `digits` digits after the point, rounded as C's `printf` rounds (`%.1f`).
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = withVaList([Int32(digits), x]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        guard n > 0, n < buffer.count else { return String(x) }
        return String(decoding: buffer[..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
