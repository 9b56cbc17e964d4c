import Foundation

/// Writes the CSV reports: `figures.csv` (one row per figure), `summary.csv` (one row per group
/// of figures), `articles.csv` (one row per article) and `errors.csv` (one row per problem).
public struct CSVReportWriter: ReportWriter {
    public static let identifier = "csv"
    /// The files this writer creates in the report directory.
    public static let fileNames = (figures: "figures.csv", summary: "summary.csv", articles: "articles.csv",
                                   errors: "errors.csv")

    public var identifier: String { Self.identifier }
    /// Byte order mark and formula guard.
    public var options: CSVWriter.Options

    /// A writer with the given CSV options.
    public init(options: CSVWriter.Options = CSVWriter.Options()) {
        self.options = options
    }

    /// Writes the four files, each atomically.
    public func write(_ run: ReportInput, to directory: URL) throws(ReportError) {
        try AtomicFile.makeDirectory(directory)
        let writer = CSVWriter(options: options)
        // Row by row: figures.csv of a whole archive is the one report that can be large.
        let figures = try AtomicFile(directory.appendingPathComponent(Self.fileNames.figures))
        try figures.append(writer.preamble(for: FigureTable.columns))
        for figure in run.figures {
            try figures.append(writer.record(FigureTable.row(figure), in: FigureTable.columns).utf8)
        }
        try figures.commit()
        try AtomicFile.write(writer.bytes(for: SummaryTable.table(for: run.groups, categories: run.categories)),
                             to: directory.appendingPathComponent(Self.fileNames.summary))
        try AtomicFile.write(writer.bytes(for: ArticleTable.table(for: run)),
                             to: directory.appendingPathComponent(Self.fileNames.articles))
        try AtomicFile.write(writer.bytes(for: ErrorTable.table(for: run.diagnostics)),
                             to: directory.appendingPathComponent(Self.fileNames.errors))
    }
}
