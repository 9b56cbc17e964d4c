import TongjiCore

/// Writes tables as RFC 4180 CSV in UTF-8.
///
/// Records end with CRLF, as RFC 4180 says, the last one included. A field is quoted when it
/// contains a comma, a double quote, CR or LF, and quotes inside it are doubled. By default the
/// bytes start with a UTF-8 byte order mark so that Excel reads Chinese text correctly.
public struct CSVWriter: Sendable {
    /// Settings for one writer.
    public struct Options: Sendable, Hashable {
        /// Start the output with the UTF-8 byte order mark `EF BB BF`.
        public var includesByteOrderMark: Bool
        /// Protect spreadsheet users from formulas hidden in free-text fields.
        public var formulaGuard: FormulaGuard

        /// Defaults: with a byte order mark, free text guarded.
        public init(includesByteOrderMark: Bool = true, formulaGuard: FormulaGuard = .prefixApostrophe) {
            self.includesByteOrderMark = includesByteOrderMark
            self.formulaGuard = formulaGuard
        }
    }

    /// What to do with a free-text field that a spreadsheet would run as a formula.
    public enum FormulaGuard: Sendable, Hashable {
        /// Write every field exactly as given.
        case off
        /// Put `'` before a free-text field that starts with `=`, `+`, `-`, `@`, tab or CR
        /// (OWASP's advice), so Excel and LibreOffice show it as text instead of evaluating it.
        case prefixApostrophe
    }

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public var options: Options

    /// A writer with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The whole file: byte order mark (if enabled), header, then one record per row.
    public func bytes(for table: CSVTable) -> [UInt8] {
        var out = preamble(for: table.columns)
        for row in table.rows { append(row, in: table.columns, to: &out) }
        return out
    }

    /// The start of a file written row by row: byte order mark (if enabled) and header.
    public func preamble(for columns: [CSVColumn]) -> [UInt8] {
        var out = options.includesByteOrderMark ? Self.byteOrderMark : []
        append(columns.map(\.name), guarding: nil, to: &out)
        return out
    }

    /// One row of a table with `columns`, free text guarded, ending in CRLF.
    public func record(_ row: [String], in columns: [CSVColumn]) -> String {
        var out: [UInt8] = []
        append(row, in: columns, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one row of a table with `columns` to `out`, free text guarded, ending in CRLF.
    /// Bytes, not Strings: a report of millions of rows spent most of its time joining strings.
    public func append(_ row: [String], in columns: [CSVColumn], to out: inout [UInt8]) {
        append(row, guarding: columns, to: &out)
    }

    /// Appends one record, fields quoted as needed; fields of free-text `columns` are guarded.
    /// Written through a pointer into scratch room for the longest the record can be (every
    /// byte a doubled quote), then appended at once: appending to the array field by field
    /// cost a third of writing figures.csv in capacity and uniqueness checks.
    private func append(_ fields: [String], guarding columns: [CSVColumn]?, to out: inout [UInt8]) {
        let guardsFormulas = options.formulaGuard == .prefixApostrophe
        // Two quotes, a guard and a comma a field, and CRLF.
        var room = 2
        for field in fields { room &+= 2 &* field.utf8.count &+ 4 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { scratch in
            let base = scratch.baseAddress!
            var at = 0
            for index in fields.indices {
                if index > 0 {
                    base[at] = Self.comma
                    at &+= 1
                }
                at = Self.write(fields[index], guarded: guardsFormulas && columns?[index].isFreeText == true, to: base, at: at)
            }
            assert(at &+ 2 <= room, "a record longer than its room")
            base[at] = Self.carriageReturn
            base[at &+ 1] = Self.lineFeed
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: at &+ 2))
        }
    }

    /// Writes the field at `at` of `out`, which has room for it, and returns where it ends:
    /// quoted when it holds a separator, a quote or a line break (bytes, not Characters: "\r\n"
    /// is one Character and would hide both CR and LF), and with `'` before it when `guarded`
    /// and it starts like a formula.
    private static func write(_ field: String, guarded: Bool, to out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        // The contiguous bytes, read in place: iterating `String.UTF8View` byte by byte cost 400
        // instructions a field.
        field.withBorrowedUTF8 { write($0, guarded: guarded, to: out, at: start) }
    }

    static func write(_ bytes: UnsafeBufferPointer<UInt8>, guarded: Bool, to out: UnsafeMutablePointer<UInt8>,
                              at start: Int) -> Int {
        // Every formula starter is ASCII, so the first byte tells.
        // A lone `-` (standard input's name) is no formula.
        let needsGuard = guarded && bytes.first.map(startsFormula) == true && !(bytes.count == 1 && bytes[0] == UInt8(ascii: "-"))
        if bytes.count < 16, !needsGuard, let end = copyPlain(bytes, to: out, at: start) { return end }
        var at = start
        let needsQuotes = containsSpecial(bytes)
        if needsQuotes {
            out[at] = quote
            at &+= 1
        }
        if needsGuard {
            out[at] = UInt8(ascii: "'")
            at &+= 1
        }
        guard needsQuotes else {
            if let source = bytes.baseAddress { (out + at).initialize(from: source, count: bytes.count) }
            return at &+ bytes.count
        }
        for byte in bytes {
            out[at] = byte
            at &+= 1
            if byte == quote {
                out[at] = quote
                at &+= 1
            }
        }
        out[at] = quote
        return at &+ 1
    }

    /// Copies `bytes` to `out` at `start` byte by byte, and returns where they end; nil, having
    /// copied some, at a byte that needs quoting. For a short field (a number, a unit, a name)
    /// one pass costs less than looking for those bytes and then calling memcpy.
    private static func copyPlain(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>,
                                  at start: Int) -> Int? {
        var at = start
        for byte in bytes {
            if isSpecial(byte) { return nil }
            out[at] = byte
            at &+= 1
        }
        return at
    }

    /// Whether `bytes` holds a comma, a quote, CR or LF. All four are below `-`, and most bytes
    /// of Chinese text are above it: eight bytes are tested at once, and only a word with a
    /// byte below `-` is tested for the four.
    static func containsSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            let word = words.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if ByteWord.hasByte(below: UInt8(ascii: "-"), in: word),
               ByteWord.hasByte(comma, in: word) || ByteWord.hasByte(quote, in: word)
                || ByteWord.hasByte(carriageReturn, in: word) || ByteWord.hasByte(lineFeed, in: word) {
                return true
            }
            index += 8
        }
        // Most fields are shorter than a word (numbers, units, names): their bytes are tested one
        // by one. A slice's `contains` took ten times as long.
        while index < bytes.count {
            if isSpecial(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// Whether `byte` is a comma, a quote, CR or LF; only a byte below `-` is compared with the four.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < UInt8(ascii: "-") && (byte == comma || byte == quote || byte == carriageReturn || byte == lineFeed)
    }

    static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    static let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
    /// Whether a free-text field starting with `byte` would be run as a formula: `=`, `+`, `-`, `@`,
    /// tab or CR. A switch, where an array of them was a lazy global searched for every field.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return true
        default:
            return false
        }
    }
}
