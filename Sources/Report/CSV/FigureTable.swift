import Normalise
import TongjiCore

/// The columns of `figures.csv`: one row per figure, named like the JSON fields of
/// `tongji extract`.
public enum FigureTable {
    /// The columns, in their fixed order.
    public static let columns: [CSVColumn] = [
        CSVColumn("file", isFreeText: true), CSVColumn("line"), CSVColumn("column"), CSVColumn("article"),
        CSVColumn("title", isFreeText: true), CSVColumn("date"), CSVColumn("span", isFreeText: true), CSVColumn("value"),
        CSVColumn("upper"), CSVColumn("unit"), CSVColumn("kind"), CSVColumn("qualifier"), CSVColumn("category", isFreeText: true),
        CSVColumn("category_reason", isFreeText: true), CSVColumn("subject", isFreeText: true), CSVColumn("period"),
        CSVColumn("region"), CSVColumn("province"), CSVColumn("organisation", isFreeText: true), CSVColumn("is_part"),
        CSVColumn("part_of"),
        CSVColumn("duplicate"), CSVColumn("sentence", isFreeText: true),
    ]

    /// One row: exact decimals, `upper` empty for a single value, the qualifier's raw value
    /// (empty when exact), `is_part` when 其中/包括 make it part of a total, `part_of` the 1-based
    /// row of that total when known, `duplicate` as `true`/`false`.
    public static func row(_ normalised: NormalisedRecord) -> [String] {
        let record = normalised.record, figure = record.figure, meaning = normalised.meaning
        return [
            record.location.file, String(record.location.line), String(record.location.column),
            String(record.article), record.title, record.date?.description ?? "", figure.span,
            figure.value.description, figure.upper?.description ?? "", figure.unit, figure.kind.rawValue,
            figure.qualifier.rawValue, meaning.category, meaning.categoryReason, meaning.subject,
            meaning.period?.label ?? "", meaning.region?.description ?? "", meaning.region?.province ?? "",
            meaning.organisation, meaning.isPart ? "true" : "false", normalised.partOf.map { String($0 + 1) } ?? "", record.duplicate ? "true" : "false", record.sentence,
        ]
    }

    /// Writes `row(normalised)` into `csv`, field by field: no String for each number, nor for a
    /// place's name.
    static func write(_ normalised: NormalisedRecord, to csv: inout CSVRecord) {
        let record = normalised.record, figure = record.figure, meaning = normalised.meaning
        csv.append(record.location.file, isFreeText: true)
        csv.append(record.location.line)
        csv.append(record.location.column)
        csv.append(record.article)
        csv.append(record.title, isFreeText: true)
        csv.append(record.date?.description)
        csv.append(figure.span, isFreeText: true)
        csv.append(figure.value.description)
        csv.append(figure.upper?.description)
        csv.append(figure.unit)
        csv.append(figure.kind.rawValue)
        csv.append(figure.qualifier.rawValue)
        csv.append(meaning.category, isFreeText: true)
        csv.append(meaning.categoryReason, isFreeText: true)
        csv.append(meaning.subject, isFreeText: true)
        csv.append(meaning.period?.label)
        if let region = meaning.region {
            csv.append(region.province, followedBy: region.city)
            csv.append(region.province)
        } else {
            csv.append(nil)
            csv.append(nil)
        }
        csv.append(meaning.organisation, isFreeText: true)
        csv.append(meaning.isPart)
        if let partOf = normalised.partOf { csv.append(partOf + 1) } else { csv.append(nil) }
        csv.append(record.duplicate)
        csv.append(record.sentence, isFreeText: true)
    }
}
