import TongjiCore

/// The columns of `errors.csv`: every input that could not be read in this run (and every
/// warning), with where and why, so a scheduled run's failures can be followed up.
public enum ErrorTable {
    public static let columns: [CSVColumn] = [
        CSVColumn("file", isFreeText: true), CSVColumn("line"), CSVColumn("column"), CSVColumn("severity"),
        CSVColumn("reason", isFreeText: true),
    ]

    /// `line` and `column` are empty when the problem is the file as a whole; a byte offset,
    /// when there is one, is in the reason. Rows go by file, line and column (as said for one
    /// place): the same problems give the same file, whichever were found this run and which
    /// said again from the store, and in whatever order threads found them.
    public static func table(for diagnostics: [Diagnostic]) -> CSVTable {
        let ordered = diagnostics.enumerated().sorted { first, second in
            let (a, b) = (first.element.location, second.element.location)
            if !a.file.utf8.elementsEqual(b.file.utf8) { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
            return (a.line, a.column, first.offset) < (b.line, b.column, second.offset)
        }.map(\.element)
        return CSVTable(columns: columns, rows: ordered.map { diagnostic in
            let location = diagnostic.location
            return [
                location.file, location.line > 0 ? String(location.line) : "",
                location.line > 0 && location.column > 0 ? String(location.column) : "",
                diagnostic.severity.rawValue, diagnostic.message,
            ]
        })
    }
}
