import TongjiCore

/// The columns of `figures.csv`: one row per figure, named like the JSON fields of
/// `tongji extract`.
public enum FigureTable {
    /// `file, line, column, article, title, span, value, upper, unit, kind, qualifier, duplicate, sentence`.
    public static let columns: [CSVColumn] = [
        CSVColumn("file"), CSVColumn("line"), CSVColumn("column"), CSVColumn("article"),
        CSVColumn("title", isFreeText: true), CSVColumn("span"), CSVColumn("value"), CSVColumn("upper"),
        CSVColumn("unit"), CSVColumn("kind"), CSVColumn("qualifier"), CSVColumn("duplicate"),
        CSVColumn("sentence", isFreeText: true),
    ]

    /// The table for `records`, in the order given.
    public static func table(for records: [FigureRecord]) -> CSVTable {
        CSVTable(columns: columns, rows: records.map(row))
    }

    /// One row: exact decimals, `upper` empty for a single value, the qualifier's raw value
    /// (empty when exact), `duplicate` as `true`/`false`.
    public static func row(_ record: FigureRecord) -> [String] {
        let figure = record.figure
        return [
            record.location.file, String(record.location.line), String(record.location.column),
            String(record.article), record.title, figure.span, figure.value.description,
            figure.upper?.description ?? "", figure.unit, figure.kind.rawValue, figure.qualifier.rawValue,
            record.duplicate ? "true" : "false", record.sentence,
        ]
    }
}
