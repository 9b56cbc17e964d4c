import Extract
import Ingest
import Report
import TongjiCore

/// `tongji extract`: every figure of the inputs, written as it is found.
///
/// Files go through the ingest stage (any form, encoding and layout), so each figure carries
/// its article, title, sentence and duplicate flag. Standard input is read as a stream, one
/// line at a time, so that tongji can be the mapper of Hadoop Streaming or Spark's `pipe`.
public struct ExtractJob {
    /// How figures are written.
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    public var paths: [String]
    public var format: Format
    public var includeNumbers: Bool
    /// Byte order mark and formula guard of CSV output.
    public var csvOptions: CSVWriter.Options
    public var ingestOptions: IngestOptions

    public init(paths: [String], format: Format = .jsonl, includeNumbers: Bool = false,
                csvOptions: CSVWriter.Options = .init(), ingestOptions: IngestOptions = .init()) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.includeNumbers = includeNumbers
        self.csvOptions = csvOptions
        self.ingestOptions = ingestOptions
    }

    /// Extracts from every input in turn; an input that cannot be read is reported to
    /// `diagnostics` and the others are still processed.
    public func run(to sink: OutputSink, diagnostics: DiagnosticLog) {
        let extractor = FigureExtractor(options: .init(includeNumbers: includeNumbers))
        let csv = CSVWriter(options: csvOptions)
        if format == .csv { sink.write(bytes: csv.preamble(for: FigureTable.columns)) }
        let write: (FigureRecord) -> Void = { record in
            switch format {
            case .jsonl: sink.writeLine(FigureJSON.line(for: record))
            case .csv: sink.write(csv.record(FigureTable.row(record), in: FigureTable.columns))
            }
        }
        // Consecutive files share one document sequence, so reprints across them are found.
        var files: [String] = []
        func extractFiles() {
            guard !files.isEmpty else { return }
            for document in Ingester(options: ingestOptions).documents(paths: files, diagnostics: diagnostics) {
                DocumentFigures.records(in: document, extractor: extractor).forEach(write)
            }
            files.removeAll()
        }
        for path in paths {
            if path == "-" {
                extractFiles()
                StreamExtraction(extractor: extractor, ingester: Ingester(options: ingestOptions))
                    .run(diagnostics: diagnostics, write: write)
            } else {
                files.append(path)
            }
        }
        extractFiles()
        sink.flush()
    }
}
