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
        var out = options.includesByteOrderMark ? Self.byteOrderMark : []
        out += Array(record(table.columns.map(\.name)).utf8)
        for row in table.rows {
            out += Array(record(row, in: table.columns).utf8)
        }
        return out
    }

    /// The start of a file written row by row: byte order mark (if enabled) and header.
    public func preamble(for columns: [CSVColumn]) -> [UInt8] {
        (options.includesByteOrderMark ? Self.byteOrderMark : []) + Array(record(columns.map(\.name)).utf8)
    }

    /// One row of a table with `columns`, free text guarded, ending in CRLF.
    public func record(_ row: [String], in columns: [CSVColumn]) -> String {
        record(zip(columns, row).map { column, field in column.isFreeText ? guarded(field) : field })
    }

    /// One record, fields quoted as needed, ending in CRLF.
    func record(_ fields: [String]) -> String {
        fields.map(Self.quoted).joined(separator: ",") + "\r\n"
    }

    /// The field, quoted when it holds a separator, a quote or a line break.
    static func quoted(_ field: String) -> String {
        // Scan scalars, not Characters: "\r\n" is one Character and would hide both CR and LF.
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    private func guarded(_ field: String) -> String {
        guard options.formulaGuard == .prefixApostrophe, let first = field.unicodeScalars.first,
              Self.formulaStarters.contains(first) else { return field }
        return "'" + field
    }

    private static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}

private extension String {
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
