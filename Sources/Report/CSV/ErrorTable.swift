import TongjiCore

/// The columns of `errors.csv`: every input that could not be read in this run (and every
/// warning), with where and why, so a scheduled run's failures can be followed up.
public enum ErrorTable {
    public static let columns: [CSVColumn] = [
        CSVColumn("file", isFreeText: true), CSVColumn("line"), CSVColumn("column"), CSVColumn("severity"),
        CSVColumn("reason", isFreeText: true),
    ]

    /// `line` and `column` are empty when the problem is the file as a whole; a byte offset,
    /// when there is one, is in the reason.
    public static func table(for diagnostics: [Diagnostic]) -> CSVTable {
        CSVTable(columns: columns, rows: diagnostics.map { diagnostic in
            let location = diagnostic.location
            return [
                location.file, location.line > 0 ? String(location.line) : "",
                location.line > 0 && location.column > 0 ? String(location.column) : "",
                diagnostic.severity.rawValue, diagnostic.message,
            ]
        })
    }
}
