/// A strict RFC 4180 reader, written apart from `CSVWriter` so the tests check the writer against
/// the RFC, not against itself. Records must end in CRLF; a bare CR or LF outside quotes, a quote
/// inside an unquoted field, or text after a closing quote is an error.
public enum RFC4180Reader {
    public struct Malformed: Error, Equatable { public let offset: Int; public let reason: String }

    /// The records of `text` (no byte order mark), each a list of fields.
    public static func records(_ text: String) throws -> [[String]] {
        let s = Array(text.unicodeScalars)
        var records: [[String]] = [], fields: [String] = [], field = "", i = 0
        while i < s.count {
            if s[i] == "\"" {
                guard field.isEmpty else { throw Malformed(offset: i, reason: "quote inside an unquoted field") }
                i = try quotedField(s, from: i + 1, into: &field)
                guard i >= s.count || s[i] == "," || s[i] == "\r" else { throw Malformed(offset: i, reason: "text after a closing quote") }
            } else if s[i] == "," {
                fields.append(field); field = ""; i += 1
            } else if s[i] == "\r" {
                guard i + 1 < s.count, s[i + 1] == "\n" else { throw Malformed(offset: i, reason: "CR without LF") }
                fields.append(field); records.append(fields); fields = []; field = ""; i += 2
            } else if s[i] == "\n" {
                throw Malformed(offset: i, reason: "LF without CR")
            } else {
                field.unicodeScalars.append(s[i]); i += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }

    /// Reads a quoted field's content from `start` (just after the opening quote); returns the
    /// offset after the closing quote.
    private static func quotedField(_ s: [Unicode.Scalar], from start: Int, into field: inout String) throws -> Int {
        var i = start
        while i < s.count {
            if s[i] == "\"" {
                if i + 1 < s.count, s[i + 1] == "\"" { field += "\""; i += 2; continue }
                return i + 1
            }
            field.unicodeScalars.append(s[i]); i += 1
        }
        throw Malformed(offset: start, reason: "unterminated quoted field")
    }
}
