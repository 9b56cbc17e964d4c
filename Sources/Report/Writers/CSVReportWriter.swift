import Foundation
import Normalise

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
        let figures = try FiguresCSVFile(directory: directory, options: options)
        for figure in run.figures { try figures.append(figure) }
        try figures.commit()
        try writeSummaries(run, to: directory)
    }

    /// Writes summary.csv, articles.csv and errors.csv, for a run that streamed its figures.csv
    /// through `FiguresCSVFile`.
    public func writeSummaries(_ run: ReportInput, to directory: URL) throws(ReportError) {
        try AtomicFile.makeDirectory(directory)
        let writer = CSVWriter(options: options)
        try write(SummaryTable.rows(for: run.groups, categories: run.categories), columns: SummaryTable.columns,
                  with: writer, to: directory.appendingPathComponent(Self.fileNames.summary))
        try write(ArticleTable.rows(for: run), columns: ArticleTable.columns,
                  with: writer, to: directory.appendingPathComponent(Self.fileNames.articles))
        try AtomicFile.write(writer.bytes(for: ErrorTable.table(for: run.diagnostics)),
                             to: directory.appendingPathComponent(Self.fileNames.errors))
    }
}

extension CSVReportWriter {
    /// Writes rows as they are made, never the whole file in memory.
    private func write(_ rows: some Sequence<[String]>, columns: [CSVColumn], with writer: CSVWriter,
                       to url: URL) throws(ReportError) {
        let file = try AtomicFile(url)
        try file.append(writer.preamble(for: columns))
        for row in rows { try file.append { writer.append(row, in: columns, to: &$0) } }
        try file.commit()
    }
}

/// figures.csv written one row at a time, so that an archive's figures never have to be in
/// memory at once; it replaces the old file only at `commit()`.
public final class FiguresCSVFile {
    private let file: AtomicFile
    private let writer: CSVWriter

    public init(directory: URL, options: CSVWriter.Options) throws(ReportError) {
        writer = CSVWriter(options: options)
        file = try AtomicFile(directory.appendingPathComponent(CSVReportWriter.fileNames.figures))
        try file.append(writer.preamble(for: FigureTable.columns))
    }

    public func append(_ figure: NormalisedRecord) throws(ReportError) {
        try file.append { writer.append(FigureTable.row(figure), in: FigureTable.columns, to: &$0) }
    }

    public func commit() throws(ReportError) {
        try file.commit()
    }
}
