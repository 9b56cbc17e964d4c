import Normalise
import Report

/// Writes figures as JSON Lines, the output of `tongji extract`: the fields are the columns of
/// figures.csv, with the same names, order and text, so the two outputs never drift apart.
///
/// Written by hand rather than with `JSONEncoder`: the fields are few and fixed, the values are
/// already exact decimal text, and the encoder would cost more than the extraction itself.
enum FigureJSON {
    /// How a column's text is written.
    private enum Form {
        /// A JSON number; an empty one (`upper` of a single value) is left out.
        case number
        case boolean
        /// A string, or `null` when empty: no date is not an empty date.
        case nullableText
        case text
    }

    /// Each column's `"name":` as bytes and its form, in column order: worked out once rather
    /// than looked up by name for every field of every line.
    private static let fields: [(key: [UInt8], form: Form)] = FigureTable.columns.map { column in
        let form: Form
        switch column.name {
        case "line", "column", "article", "value", "upper", "part_of": form = .number
        case "duplicate", "is_part": form = .boolean
        case "date": form = .nullableText
        default: form = .text
        }
        return (Array("\"\(column.name)\":".utf8), form)
    }

    /// Appends one JSON object, without the line break, to `out`.
    static func append(_ figure: NormalisedRecord, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var first = true
        for (field, value) in zip(fields, FigureTable.row(figure)) {
            if field.form == .number && value.isEmpty { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(contentsOf: field.key)
            switch field.form {
            case .number, .boolean: out.append(contentsOf: value.utf8)
            case .nullableText where value.isEmpty: out.append(contentsOf: "null".utf8)
            case .nullableText, .text: JSONText.append(value, to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }
}
