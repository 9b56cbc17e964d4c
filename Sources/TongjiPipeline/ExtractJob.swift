import Dispatch
import Extract
import Ingest
import Normalise
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
    /// The categories figures are sorted into (a pipeline file's); none puts every figure in `other`.
    public var categories: [CategoryDefinition]

    public init(paths: [String], format: Format = .jsonl, includeNumbers: Bool = false,
                csvOptions: CSVWriter.Options = .init(), ingestOptions: IngestOptions = .init(),
                categories: [CategoryDefinition] = []) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.includeNumbers = includeNumbers
        self.csvOptions = csvOptions
        self.ingestOptions = ingestOptions
        self.categories = categories
    }

    /// Extracts from every input in turn; an input that cannot be read is reported to
    /// `diagnostics` and the others are still processed.
    public func run(to sink: OutputSink, diagnostics: DiagnosticLog) {
        let stages = DocumentFigures(extractor: FigureExtractor(options: .init(includeNumbers: includeNumbers)),
                                     normaliser: Normaliser(categories: categories))
        let csv = CSVWriter(options: csvOptions)
        if format == .csv { sink.write(bytes: csv.preamble(for: FigureTable.columns)) }
        let format = self.format
        let write: @Sendable (NormalisedRecord) -> Void = { record in
            switch format {
            case .jsonl: FigureJSON.writeLine(record, to: sink)
            case .csv: sink.write(csv.record(FigureTable.row(record), in: FigureTable.columns))
            }
        }
        // Consecutive files share one document sequence, so reprints across them are found.
        // Ingest reads the next file on this thread while one serial worker extracts,
        // normalises and writes the one before: two cores busy, figures still in input order.
        var files: [String] = []
        // part_of counts rows of the whole output, files' and standard input's alike. The
        // worker and the stream's reader take turns with it (the stream starts after the worker
        // is done), never at once.
        nonisolated(unsafe) var written = 0
        func extractFiles() {
            guard !files.isEmpty else { return }
            let worker = DispatchQueue(label: "tongji.extract")
            // One document in the worker while the next is read: memory of two documents at most.
            let slots = DispatchSemaphore(value: 1)
            var readingOptions = ingestOptions
            readingOptions.hashesContent = false  // only the store of `tongji run` reads it
            for document in Ingester(options: readingOptions).documents(paths: files, diagnostics: diagnostics) {
                slots.wait()
                worker.async {
                    stages.forEachRecord(in: document, firstID: written) { record in
                        write(record)
                        written += 1
                    }
                    slots.signal()
                }
            }
            worker.sync {}
            files.removeAll()
        }
        for path in paths {
            if path == "-" {
                extractFiles()
                StreamExtraction(stages: stages, ingester: Ingester(options: ingestOptions))
                    .run(rowsWritten: &written, diagnostics: diagnostics, write: write)
            } else {
                files.append(path)
            }
        }
        extractFiles()
        sink.flush()
        sink.reportFailure(to: diagnostics)
    }
}
