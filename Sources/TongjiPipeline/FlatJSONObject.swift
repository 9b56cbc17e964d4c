#if canImport(Glibc)
import Glibc
#endif
import TongjiCore

/// Reads the values of chosen keys from a JSON object of one line whose values are strings,
/// numbers and literals, as `tongji extract` writes them. Other keys are skipped, nested
/// arrays and objects included (checked against JSON's grammar, not kept).
///
/// Read by hand, in one pass over the bytes: `JSONSerialization` cost 220,000 instructions a
/// figure line (a dictionary of boxed values), and gave numbers only as `Double`, so the digits
/// of an exact value had to be searched for in the line again. Numbers are kept as their text.
enum FlatJSONObject {
    enum Value: Equatable {
        case string(String)
        /// The number as written, checked against JSON's grammar.
        case number(String)
        case bool(Bool)
        case null
        case nested
    }

    struct Malformed: Error {
        /// The byte of the line, counted from 1, where reading stopped.
        var column: Int
        var detail: String
    }

    /// The values of `keys` in the object `bytes`, in the order of `keys`: nil for a key the
    /// object lacks, the last value for a key it repeats. Keys are compared as bytes, the next
    /// key in `keys` first: no string is made for a key, and in a line written in the order of
    /// `keys` each is found at the first comparison.
    /// `isValidUTF8` skips the check of a line checked before.
    static func values(of keys: [StaticString], in bytes: UnsafeBufferPointer<UInt8>,
                       isValidUTF8: Bool = false) throws(Malformed) -> [Value?] {
        // Checked once for the whole line: a string between two quotes (ASCII) of valid UTF-8 is
        // valid too, and `String(validating:)` costs 2,000 instructions a call before it reads a byte.
        guard isValidUTF8 || String(validating: bytes, as: UTF8.self) != nil else {
            throw Malformed(column: firstInvalidByte(in: bytes) + 1, detail: "the line is not valid UTF-8")
        }
        var values = [Value?](repeating: nil, count: keys.count)
        var reader = Reader(bytes: bytes)
        var next = 0
        try reader.expect(UInt8(ascii: "{"))
        if try reader.peekAfterSpace() == UInt8(ascii: "}") {
            reader.index += 1
        } else {
            while true {
                try reader.expect(UInt8(ascii: "\""))
                // Looked up before the value is read, which may reuse the reader's scratch.
                let found = if let plain = try reader.key() {
                    index(of: UnsafeBufferPointer(rebasing: bytes[plain]), in: keys, from: next)
                } else {
                    reader.scratch.withUnsafeBufferPointer { index(of: $0, in: keys, from: next) }
                }
                try reader.expect(UInt8(ascii: ":"))
                let value = try reader.value()
                if let found {
                    values[found] = value
                    next = found + 1 == keys.count ? 0 : found + 1
                }
                if try reader.peekAfterSpace() == UInt8(ascii: "}") { reader.index += 1; break }
                try reader.expect(UInt8(ascii: ","))
            }
        }
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.fail("text after the object") }
        return values
    }

    /// The offset of the first byte that is not part of valid UTF-8 (only looked for once a
    /// line failed the check).
    private static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return offset
    }

    /// Where `key` stands in `keys`, looked for from `start` on and then from the beginning.
    private static func index(of key: UnsafeBufferPointer<UInt8>, in keys: [StaticString], from start: Int) -> Int? {
        for offset in 0..<keys.count {
            let index = (start + offset) % keys.count
            let wanted = keys[index]
            if wanted.utf8CodeUnitCount == key.count, key.isEmpty || memcmp(wanted.utf8Start, key.baseAddress!, key.count) == 0 {
                return index
            }
        }
        return nil
    }

    /// The cursor over one line's bytes.
    private struct Reader: JSONNestedValueReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// The bytes of a string with escapes, reused from string to string.
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        func fail(_ detail: String) -> Malformed {
            Malformed(column: index + 1, detail: detail)
        }

        mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
                index += 1
            }
        }

        mutating func peekAfterSpace() throws(Malformed) -> UInt8 {
            skipSpace()
            guard index < bytes.count else { throw fail("the line ends inside the object") }
            return bytes[index]
        }

        mutating func expect(_ byte: UInt8) throws(Malformed) {
            guard try peekAfterSpace() == byte else {
                throw fail("expected '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }

        mutating func value() throws(Malformed) -> Value {
            switch try peekAfterSpace() {
            case UInt8(ascii: "\""):
                index += 1
                return .string(try string())
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                try skipNestedValue()
                return .nested
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try number())
            }
        }

        private mutating func literal(_ word: StaticString) throws(Malformed) {
            let text = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes.count - index >= text.count, bytes[index..<index + text.count].elementsEqual(text) else {
                throw fail("expected a value")
            }
            index += text.count
        }

        /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, as its text. The same grammar as
        /// ingest's `JSONObjectScanner.number`, kept apart: shared as a generic in TongjiCore it
        /// ran unspecialised here, +10 % instructions in aggregating xwlb-2020.txt's figures.
        private mutating func number() throws(Malformed) -> String {
            let start = index
            let minus = byte(is: UInt8(ascii: "-"))
            if minus { index += 1 }
            if byte(is: UInt8(ascii: "0")) {
                index += 1
            } else {
                guard digits() > 0 else { throw fail(minus ? "expected a digit after '-'" : "expected a value") }
            }
            if byte(is: UInt8(ascii: ".")) {
                index += 1
                guard digits() > 0 else { throw fail("expected digits after the decimal point") }
            }
            if byte(is: UInt8(ascii: "e")) || byte(is: UInt8(ascii: "E")) {
                index += 1
                if byte(is: UInt8(ascii: "+")) || byte(is: UInt8(ascii: "-")) { index += 1 }
                guard digits() > 0 else { throw fail("expected digits in the exponent") }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        private func byte(is expected: UInt8) -> Bool {
            index < bytes.count && bytes[index] == expected
        }

        private mutating func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            return index - start
        }

        /// Where the key whose opening quote was read stands in the line, its closing quote
        /// passed; nil for a key with escapes, which is decoded into `scratch` instead.
        mutating func key() throws(Malformed) -> Range<Int>? {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
                index += 1
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return start..<index - 1
            }
            index = start
            _ = try string()
            return nil
        }

        /// The rest of a string whose opening quote was read, and the closing quote.
        mutating func string() throws(Malformed) -> String {
            let start = index
            // Most strings hold no escape: taken from the line as they are, passed eight bytes
            // at a time up to the closing quote (bytes of Chinese text are never ASCII).
            let words = UnsafeRawBufferPointer(bytes)
            while bytes.count - index >= 8, !JSONText.anyNeedsEscape(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                guard bytes[index] >= 0x20 else { throw fail("a control character inside a string") }
                index += 1
            }
            guard index < bytes.count else { throw fail("the line ends inside a string") }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return text(UnsafeBufferPointer(rebasing: bytes[start..<index - 1]))
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while true {
                guard index < bytes.count else { throw fail("the line ends inside a string") }
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return scratch.withUnsafeBufferPointer(text)
                case UInt8(ascii: "\\"):
                    try escape()
                case ..<0x20:
                    index -= 1
                    throw fail("a control character inside a string")
                default:
                    scratch.append(byte)
                }
            }
        }

        /// The line was checked to be valid UTF-8, and so are the strings cut from it; an escape
        /// adds only whole code points.
        private func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: utf8, as: UTF8.self)
        }

        /// Appends to `scratch` what the escape after a backslash stands for.
        private mutating func escape() throws(Malformed) {
            guard index < bytes.count else { throw fail("the line ends inside an escape") }
            let code = bytes[index]
            index += 1
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(code)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "u"):
                do {
                    scratch.append(contentsOf: UTF8.encode(try JSONUnicodeEscape.decode(bytes, at: &index))!)
                } catch {
                    throw fail(error.detail)
                }
            default:
                index -= 1
                throw fail("an unknown escape")
            }
        }

        // Nested arrays and objects, read by `JSONNestedValueReader.skipNested`.

        /// Out of line: the generic reader from TongjiCore takes the reader by address, which
        /// inlined into `value` cost 6.6 M instructions (+0.2 %) in aggregating xwlb-2020.txt's
        /// figure lines, none of which holds a nested value.
        @inline(never)
        private mutating func skipNestedValue() throws(Malformed) { try skipNested() }

        mutating func peekInside() throws(Malformed) -> UInt8 {
            skipSpace()
            guard index < bytes.count else { throw fail("the line ends inside an array or object") }
            return bytes[index]
        }

        mutating func advance() { index += 1 }

        mutating func memberKey() throws(Malformed) {
            guard try peekInside() == UInt8(ascii: "\"") else { throw fail("expected '\"'") }
            index += 1
            _ = try string()
            guard try peekInside() == UInt8(ascii: ":") else { throw fail("expected ':'") }
            index += 1
        }

        mutating func flatValue() throws(Malformed) { _ = try value() }
    }
}
