/// Cuts text into searchable words: runs of letters and digits, folded (lowercase, no accents,
/// compatibility forms unified). ASCII is handled byte by byte; a word with other characters is
/// folded through Unicode and may give several tokens, each reported over the word's whole range.
public enum Tokenizer {
    /// Calls `body` with each folded token's bytes and its UTF-8 byte range in `text`.
    public static func forEachToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { forEachToken(bytes: $0, body) }
    }

    public static func forEachToken(bytes u: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            tokenize(u, into: &sink)
        }
    }

    private struct ClosureSink: TokenSink {
        let body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
        mutating func token(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>) { body(word, range) }
    }

    /// The same cut, delivered to a sink passed `inout`: the index builder's hot loop, free of
    /// closure captures.
    static func tokenize<Sink: TokenSink>(_ u: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var i = 0
        let n = u.count
        while i < n {
            // Skip to a word start.
            while i < n, !isWordByte(u[i]) { i += 1 }
            guard i < n else { break }
            let start = i
            var ascii = true
            var upper = false
            while i < n, isWordByte(u[i]) {
                if u[i] >= 0x80 { ascii = false }
                if u[i] >= 0x41 && u[i] <= 0x5A { upper = true }
                i += 1
            }
            if ascii && !upper {
                // Already folded: hand over the bytes where they are.
                sink.token(UnsafeBufferPointer(rebasing: u[start..<i]), range: start..<i)
            } else if ascii {
                let length = i - start
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { s in
                    for k in 0..<length {
                        let b = u[start + k]
                        s[k] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                    }
                    sink.token(UnsafeBufferPointer(s), range: start..<i)
                }
            } else {
                let word = String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)
                for piece in sink.foldedPieces(word) {
                    var piece = piece
                    piece.withUTF8 { sink.token($0, range: start..<i) }
                }
            }
        }
    }

    /// The folded tokens of `text`, as strings (for queries, which are short).
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        forEachToken(in: text) { bytes, _ in out.append(String(decoding: bytes, as: UTF8.self)) }
        return out
    }

    /// Letters, digits, and every non-ASCII byte except common punctuation and spaces, which are
    /// told apart below by their lead bytes.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
    }

    static func foldedPieces(_ word: String) -> [String] {
        TextFolding.fold(word).unicodeScalars
            .split(whereSeparator: { !($0.properties.isAlphabetic || $0.properties.numericType != nil) })
            .map { String(String.UnicodeScalarView($0)) }
    }
}

/// Receives tokens from `Tokenizer.tokenize`.
protocol TokenSink {
    mutating func token(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>)
    /// `Tokenizer.foldedPieces(word)`; a sink that sees the same words again may remember them.
    mutating func foldedPieces(_ word: String) -> [String]
}

extension TokenSink {
    mutating func foldedPieces(_ word: String) -> [String] { Tokenizer.foldedPieces(word) }
}
