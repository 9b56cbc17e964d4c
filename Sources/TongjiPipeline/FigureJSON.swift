import Normalise
import Report

/// Writes figures as JSON Lines, the output of `tongji extract`: the fields are the columns of
/// figures.csv, with the same names, order and text, so the two outputs never drift apart.
///
/// Written by hand rather than with `JSONEncoder`: the fields are few and fixed, the values are
/// already exact decimal text, and the encoder would cost more than the extraction itself.
/// The values are written straight from the record rather than through `FigureTable.row`: the
/// row's two dozen strings cost more than the rest of the line. `keys` must stay the table's
/// columns (checked once per run), and a test checks the text is the row's.
enum FigureJSON {
    /// Each field's `"name":`, with the comma before it for all but the first, in the order
    /// `append` writes them. Static strings: written with no reference count to keep.
    private static let keys: [StaticString] = [
        "\"file\":", ",\"line\":", ",\"column\":", ",\"article\":", ",\"title\":", ",\"date\":", ",\"span\":",
        ",\"value\":", ",\"upper\":", ",\"unit\":", ",\"kind\":", ",\"qualifier\":", ",\"category\":",
        ",\"category_reason\":", ",\"subject\":", ",\"period\":", ",\"region\":", ",\"province\":",
        ",\"organisation\":", ",\"is_part\":", ",\"part_of\":", ",\"duplicate\":", ",\"sentence\":",
    ]

    /// The keys must name the figures.csv columns, in order: checked once, on first use.
    private static let checkedKeys: [StaticString] = {
        let names = FigureTable.columns.enumerated().map { index, column in "\(index == 0 ? "" : ",")\"\(column.name)\":" }
        precondition(keys.map(\.description) == names, "JSON fields must be the figures.csv columns")
        return keys
    }()

    /// Appends one JSON object, without the line break, to `out`.
    static func append(_ normalised: NormalisedRecord, to out: inout [UInt8]) {
        let line = Line(normalised)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: line.maximumCount) { room in
            var writer = ByteWriter(into: room)
            line.write(normalised, to: &writer)
            out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress, count: writer.position - room.baseAddress!))
        }
    }

    /// Writes one JSON object and a line break to `sink`, straight into its buffer.
    static func writeLine(_ normalised: NormalisedRecord, to sink: OutputSink) {
        let line = Line(normalised)
        sink.writeLine(maximumCount: line.maximumCount) { line.write(normalised, to: &$0) }
    }

    /// One record's line: the texts that are not fields of the record made first, so that the
    /// room the line may need is known before it is written. The record itself is passed to
    /// `write` and read in place: a copy kept here retained and released its two dozen strings.
    private struct Line {
        let date: String?
        let value: String
        let upper: String?
        let period: String
        let maximumCount: Int

        init(_ normalised: borrowing NormalisedRecord) {
            let record = normalised.record, figure = record.figure, meaning = normalised.meaning
            date = record.date?.description
            value = figure.value.description
            upper = figure.upper?.description
            period = meaning.period?.label ?? ""
            // Keys, three integers and two flags take under 512 bytes; each of the 15 texts at
            // most six bytes for each of its own (\u00XX), and its quotes.
            var textBytes = record.location.file.utf8.count + record.title.utf8.count + figure.span.utf8.count
            textBytes += (date?.utf8.count ?? 0) + value.utf8.count + (upper?.utf8.count ?? 0)
            textBytes += figure.unit.utf8.count + meaning.category.utf8.count + meaning.categoryReason.utf8.count
            // The region's text is its province's and city's (`Region.description`), and the
            // province stands again on its own.
            let province = meaning.region?.province.utf8.count ?? 0, city = meaning.region?.city.utf8.count ?? 0
            textBytes += meaning.subject.utf8.count + period.utf8.count + 2 * province + city
            textBytes += meaning.organisation.utf8.count + record.sentence.utf8.count
            maximumCount = 512 + 6 * textBytes + 2 * 15
        }

        /// The fields are the columns of figures.csv: text columns as strings, an empty date as
        /// `null`, counts and decimals as numbers (`upper` and `part_of` left out when empty),
        /// flags as booleans.
        func write(_ normalised: borrowing NormalisedRecord, to out: inout ByteWriter) {
            let record = normalised.record, figure = record.figure, meaning = normalised.meaning
            let keys = FigureJSON.checkedKeys
            out.append(UInt8(ascii: "{"))
            out.append(raw: keys[0])
            JSONText.append(record.location.file, to: &out)
            out.append(raw: keys[1])
            out.append(integer: record.location.line)
            out.append(raw: keys[2])
            out.append(integer: record.location.column)
            out.append(raw: keys[3])
            out.append(integer: record.article)
            out.append(raw: keys[4])
            JSONText.append(record.title, to: &out)
            out.append(raw: keys[5])
            if let date { JSONText.append(date, to: &out) } else { out.append(raw: "null") }
            out.append(raw: keys[6])
            JSONText.append(figure.span, to: &out)
            out.append(raw: keys[7])
            out.append(raw: value)
            if let upper {
                out.append(raw: keys[8])
                out.append(raw: upper)
            }
            out.append(raw: keys[9])
            JSONText.append(figure.unit, to: &out)
            out.append(raw: keys[10])
            // Kinds and qualifiers are lower-case ASCII words, or empty: quoted as they are, with
            // no look for bytes to escape.
            JSONText.appendUnescaped(figure.kind.rawValue, to: &out)
            out.append(raw: keys[11])
            JSONText.appendUnescaped(figure.qualifier.rawValue, to: &out)
            out.append(raw: keys[12])
            JSONText.append(meaning.category, to: &out)
            out.append(raw: keys[13])
            JSONText.append(meaning.categoryReason, to: &out)
            out.append(raw: keys[14])
            JSONText.append(meaning.subject, to: &out)
            out.append(raw: keys[15])
            JSONText.append(period, to: &out)
            out.append(raw: keys[16])
            // The region as `Region.description` spells it, written without making that string.
            JSONText.append(meaning.region?.province ?? "", followedBy: meaning.region?.city ?? "", to: &out)
            out.append(raw: keys[17])
            JSONText.append(meaning.region?.province ?? "", to: &out)
            out.append(raw: keys[18])
            JSONText.append(meaning.organisation, to: &out)
            out.append(raw: keys[19])
            out.append(raw: meaning.isPart ? "true" : "false")
            if let partOf = normalised.partOf {
                out.append(raw: keys[20])
                out.append(integer: partOf + 1)
            }
            out.append(raw: keys[21])
            out.append(raw: record.duplicate ? "true" : "false")
            out.append(raw: keys[22])
            JSONText.append(record.sentence, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }
}
