import Foundation

/// Writes `figures.csv`: one row per figure, columns as in `FigureTable`.
public struct CSVReportWriter: ReportWriter {
    public static let identifier = "csv"
    /// The file this writer creates in the report directory.
    public static let fileName = "figures.csv"

    public var identifier: String { Self.identifier }
    /// Byte order mark and formula guard.
    public var options: CSVWriter.Options

    /// A writer with the given CSV options.
    public init(options: CSVWriter.Options = CSVWriter.Options()) {
        self.options = options
    }

    /// Writes `directory/figures.csv` atomically.
    public func write(_ run: ReportInput, to directory: URL) throws(ReportError) {
        try AtomicFile.makeDirectory(directory)
        let bytes = CSVWriter(options: options).bytes(for: FigureTable.table(for: run.records))
        try AtomicFile.write(bytes, to: directory.appendingPathComponent(Self.fileName))
    }
}
