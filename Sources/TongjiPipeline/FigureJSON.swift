import TongjiCore

/// Writes figures as JSON Lines, the output of `tongji extract`; fields named and ordered like
/// the columns of figures.csv.
///
/// Written by hand rather than with `JSONEncoder`: the fields are few and fixed, the values are
/// already exact decimal text, and the encoder would cost more than the extraction itself.
enum FigureJSON {
    /// One JSON object, without the line break. `upper` is present only for ranges.
    static func line(for record: FigureRecord) -> String {
        let f = record.figure
        var out = "{\"file\":"
        appendString(record.location.file, to: &out)
        out += ",\"line\":\(record.location.line),\"column\":\(record.location.column),\"article\":\(record.article),\"title\":"
        appendString(record.title, to: &out)
        out += ",\"span\":"
        appendString(f.span, to: &out)
        out += ",\"value\":\(f.value)"
        if let upper = f.upper { out += ",\"upper\":\(upper)" }
        out += ",\"unit\":"
        appendString(f.unit, to: &out)
        out += ",\"kind\":\"\(f.kind.rawValue)\",\"qualifier\":\"\(f.qualifier.rawValue)\""
        out += ",\"duplicate\":\(record.duplicate),\"sentence\":"
        appendString(record.sentence, to: &out)
        out += "}"
        return out
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; the rest,
    /// Chinese included, written as UTF-8.
    static func appendString(_ s: String, to out: inout String) {
        out += "\""
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
}
