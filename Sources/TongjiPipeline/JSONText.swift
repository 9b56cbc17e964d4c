import TongjiCore

/// JSON string literals for the hand-written JSON Lines outputs, and the test for the bytes that
/// end a literal's plain run, which the reader of figure lines shares.
enum JSONText {
    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters
    /// escaped; the rest, Chinese included, written as UTF-8.
    static func append(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        append(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The same literal, appended as UTF-8 bytes.
    static func append(_ s: String, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumCount(of: s)) { room in
            var writer = ByteWriter(into: room)
            append(s, to: &writer)
            out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress, count: writer.position - room.baseAddress!))
        }
    }

    /// The most bytes the literal of `s` can take: every byte escaped as \u00XX, and the quotes.
    static func maximumCount(of s: String) -> Int { 6 * s.utf8.count + 2 }

    /// The same literal, written into reserved room: a byte loop over the string's own storage,
    /// copying the runs between escapes whole, instead of growing a `String` piece by piece.
    static func append(_ s: String, to out: inout ByteWriter) {
        out.append(quote)
        s.withBorrowedUTF8 { appendEscaping($0, to: &out) }
        out.append(quote)
    }

    /// The literal of `text`, which must hold no byte that needs an escape.
    static func appendUnescaped(_ text: String, to out: inout ByteWriter) {
        out.append(quote)
        out.append(raw: text)
        out.append(quote)
    }

    /// The literal of `first` followed by `second`, without making the string they join into:
    /// escapes are byte by byte, so the literal's text is the two texts' escaped one after the other.
    static func append(_ first: String, followedBy second: String, to out: inout ByteWriter) {
        out.append(quote)
        first.withBorrowedUTF8 { appendEscaping($0, to: &out) }
        second.withBorrowedUTF8 { appendEscaping($0, to: &out) }
        out.append(quote)
    }

    private static func appendEscaping(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter) {
        // Every byte that needs an escape is ASCII, so bytes can be tested on their own: the
        // bytes of a multi-byte character are all 0x80 or more. Eight at a time while none
        // needs one.
        let words = UnsafeRawBufferPointer(bytes)
        var copied = 0, i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count, !anyNeedsEscape(words.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = bytes[i]
            if byte < 0x20 || byte == quote || byte == backslash {
                out.append(UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                appendEscape(of: byte, to: &out)
                copied = i + 1
            }
            i += 1
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// A JSON array of string literals.
    static func append(_ strings: [String], to out: inout String) {
        out += "["
        for (index, s) in strings.enumerated() {
            if index > 0 { out += "," }
            append(s, to: &out)
        }
        out += "]"
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Whether any of the eight bytes of `word` is a control character, a quote or a backslash:
    /// a byte that ends the plain run of a string literal, when written or when read.
    ///
    /// `ByteWord`'s three tests in one: a quote or backslash (below 0x80) flips no high bit, so
    /// the `~word & highBits` each test ends with is the same word, taken once (a third fewer
    /// instructions a word).
    @inline(__always)
    static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let control = word &- ones &* 0x20
        let quotes = (word ^ ones &* UInt64(quote)) &- ones
        let backslashes = (word ^ ones &* UInt64(backslash)) &- ones
        return (control | quotes | backslashes) & ~word & 0x8080_8080_8080_8080 != 0
    }

    private static func appendEscape(of byte: UInt8, to out: inout ByteWriter) {
        out.append(backslash)
        switch byte {
        case quote, backslash: out.append(byte)
        case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            for part in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] {
                out.append(part)
            }
        }
    }
}
