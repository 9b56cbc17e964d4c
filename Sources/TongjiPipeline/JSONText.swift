/// JSON string literals for the hand-written JSON Lines outputs.
enum JSONText {
    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters
    /// escaped; the rest, Chinese included, written as UTF-8.
    static func append(_ s: String, to out: inout String) {
        out += "\""
        // Most text needs no escape: then it is copied whole instead of scalar by scalar.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
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
}
