import Normalise
import Report

/// Writes figures as JSON Lines, the output of `tongji extract`: the fields are the columns of
/// figures.csv, with the same names, order and text, so the two outputs never drift apart.
///
/// Written by hand rather than with `JSONEncoder`: the fields are few and fixed, the values are
/// already exact decimal text, and the encoder would cost more than the extraction itself.
/// The values are written straight from the record rather than through `FigureTable.row`: the
/// row's two dozen strings cost more than the rest of the line. `fieldNames` must stay the
/// table's columns (checked once per run), and a test checks the text is the row's.
enum FigureJSON {
    /// The fields in the order `append` writes them.
    private static let fieldNames = [
        "file", "line", "column", "article", "title", "date", "span", "value", "upper", "unit", "kind",
        "qualifier", "category", "category_reason", "subject", "period", "region", "province",
        "organisation", "is_part", "part_of", "duplicate", "sentence",
    ]

    /// Each field's `"name":` as bytes, with the comma before it for all but the first.
    private static let keys: [[UInt8]] = {
        precondition(FigureTable.columns.map(\.name) == fieldNames, "JSON fields must be the figures.csv columns")
        return fieldNames.enumerated().map { index, name in Array("\(index == 0 ? "" : ",")\"\(name)\":".utf8) }
    }()

    /// Appends one JSON object, without the line break, to `out`: text columns as strings,
    /// an empty date as `null`, counts and decimals as numbers (`upper` and `part_of` left out
    /// when empty), flags as booleans.
    static func append(_ normalised: NormalisedRecord, to out: inout [UInt8]) {
        let record = normalised.record, figure = record.figure, meaning = normalised.meaning
        let keys = Self.keys
        out.append(UInt8(ascii: "{"))
        out.append(contentsOf: keys[0])
        JSONText.append(record.location.file, to: &out)
        out.append(contentsOf: keys[1])
        appendInteger(record.location.line, to: &out)
        out.append(contentsOf: keys[2])
        appendInteger(record.location.column, to: &out)
        out.append(contentsOf: keys[3])
        appendInteger(record.article, to: &out)
        out.append(contentsOf: keys[4])
        JSONText.append(record.title, to: &out)
        out.append(contentsOf: keys[5])
        if let date = record.date { JSONText.append(date.description, to: &out) } else { appendRaw("null", to: &out) }
        out.append(contentsOf: keys[6])
        JSONText.append(figure.span, to: &out)
        out.append(contentsOf: keys[7])
        appendRaw(figure.value.description, to: &out)
        if let upper = figure.upper {
            out.append(contentsOf: keys[8])
            appendRaw(upper.description, to: &out)
        }
        out.append(contentsOf: keys[9])
        JSONText.append(figure.unit, to: &out)
        out.append(contentsOf: keys[10])
        JSONText.append(figure.kind.rawValue, to: &out)
        out.append(contentsOf: keys[11])
        JSONText.append(figure.qualifier.rawValue, to: &out)
        out.append(contentsOf: keys[12])
        JSONText.append(meaning.category, to: &out)
        out.append(contentsOf: keys[13])
        JSONText.append(meaning.categoryReason, to: &out)
        out.append(contentsOf: keys[14])
        JSONText.append(meaning.subject, to: &out)
        out.append(contentsOf: keys[15])
        JSONText.append(meaning.period?.label ?? "", to: &out)
        out.append(contentsOf: keys[16])
        JSONText.append(meaning.region?.description ?? "", to: &out)
        out.append(contentsOf: keys[17])
        JSONText.append(meaning.region?.province ?? "", to: &out)
        out.append(contentsOf: keys[18])
        JSONText.append(meaning.organisation, to: &out)
        out.append(contentsOf: keys[19])
        appendRaw(meaning.isPart ? "true" : "false", to: &out)
        if let partOf = normalised.partOf {
            out.append(contentsOf: keys[20])
            appendInteger(partOf + 1, to: &out)
        }
        out.append(contentsOf: keys[21])
        appendRaw(record.duplicate ? "true" : "false", to: &out)
        out.append(contentsOf: keys[22])
        JSONText.append(record.sentence, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Text that needs no quotes or escapes: a number, `true`, `false`, `null`.
    private static func appendRaw(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// The decimal digits of `value`, as `String(value)` writes them, without making the string.
    private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        // Lowest digit first, then turned around in place (reversing a slice of `out` would copy it).
        var magnitude = value.magnitude
        var low = out.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        var high = out.count - 1
        while low < high {
            out.swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}
