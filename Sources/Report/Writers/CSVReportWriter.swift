import Foundation
import Normalise
import TongjiCore

/// Writes the CSV reports made from a run's totals: `summary.csv` (one row per group of figures)
/// and `errors.csv` (one row per problem). `figures.csv` (one row per figure) and `articles.csv`
/// (one row per article) are written row by row through `StreamedCSVFile`.
public struct CSVReportWriter: Sendable {
    public static let identifier = "csv"
    /// The CSV files of a report directory.
    public static let fileNames = (figures: "figures.csv", summary: "summary.csv", articles: "articles.csv",
                                   errors: "errors.csv")

    /// Byte order mark and formula guard.
    public var options: CSVWriter.Options

    /// A writer with the given CSV options.
    public init(options: CSVWriter.Options = CSVWriter.Options()) {
        self.options = options
    }

    /// Writes summary.csv and errors.csv, each atomically.
    public func writeTotals(_ run: ReportInput, to directory: URL) throws(ReportError) {
        try AtomicFile.makeDirectory(directory)
        let writer = CSVWriter(options: options)
        let summary = try AtomicFile(directory.appendingPathComponent(Self.fileNames.summary))
        try summary.append(writer.preamble(for: SummaryTable.columns))
        let labels = SummaryTable.labels(of: run.categories)
        var record = CSVRecord(options: options)
        for group in run.groups {
            SummaryTable.write(group, labels: labels, to: &record)
            try summary.append { record.end(appendingTo: &$0) }
        }
        try summary.commit()
        try AtomicFile.write(writer.bytes(for: ErrorTable.table(for: run.diagnostics)),
                             to: directory.appendingPathComponent(Self.fileNames.errors))
    }
}

/// A CSV report written one row at a time, so that an archive's figures or articles never have
/// to be in memory at once; it replaces the old file only at `commit()`.
public final class StreamedCSVFile<Item> {
    private let file: AtomicFile
    private var record: CSVRecord
    /// Writes an item's fields, one per column.
    private let write: (Item, inout CSVRecord) -> Void

    init(_ url: URL, columns: [CSVColumn], options: CSVWriter.Options,
         write: @escaping (Item, inout CSVRecord) -> Void) throws(ReportError) {
        file = try AtomicFile(url)
        record = CSVRecord(options: options)
        self.write = write
        try file.append(CSVWriter(options: options).preamble(for: columns))
    }

    public func append(_ item: Item) throws(ReportError) {
        try file.append { Self.append(item, by: write, to: &record, endingIn: &$0) }
    }

    /// Writes `item` into `record` and `record` onto `buffer`: the record is reached through one
    /// access, which is checked at run time for each row, since it is the class's.
    private static func append(_ item: Item, by write: (Item, inout CSVRecord) -> Void, to record: inout CSVRecord,
                               endingIn buffer: inout [UInt8]) {
        write(item, &record)
        record.end(appendingTo: &buffer)
    }

    public func commit() throws(ReportError) {
        try file.commit()
    }
}

extension StreamedCSVFile<NormalisedRecord> {
    /// figures.csv in `directory`.
    public static func figures(in directory: URL, options: CSVWriter.Options) throws(ReportError) -> StreamedCSVFile {
        try StreamedCSVFile(directory.appendingPathComponent(CSVReportWriter.fileNames.figures),
                            columns: FigureTable.columns, options: options, write: FigureTable.write)
    }
}

extension StreamedCSVFile<ArticleSummary> {
    /// articles.csv in `directory`.
    public static func articles(in directory: URL, options: CSVWriter.Options) throws(ReportError) -> StreamedCSVFile {
        try StreamedCSVFile(directory.appendingPathComponent(CSVReportWriter.fileNames.articles),
                            columns: ArticleTable.columns, options: options, write: ArticleTable.write)
    }
}
