import Extract
import Foundation
import Ingest
import Report
import TongjiCore

/// `tongji run`: one pipeline from its inputs to its report files.
public struct RunJob {
    /// What a run did, for the summary line and the exit status.
    public struct Summary: Sendable, Hashable {
        public var documents = 0
        public var articles = 0
        public var figures = 0
        public var bytes = 0
        /// Where the reports were written.
        public var directory = ""
    }

    public var definition: PipelineDefinition
    /// Overrides the pipeline's report directory.
    public var outputDirectory: String?
    /// The time the reports show; passed in so that a report can be reproduced byte for byte.
    public var runTime: Date

    public init(definition: PipelineDefinition, outputDirectory: String? = nil, runTime: Date = Date()) {
        self.definition = definition
        self.outputDirectory = outputDirectory
        self.runTime = runTime
    }

    /// Reads every input, extracts the figures and writes the reports. Inputs that cannot be
    /// read go to `diagnostics` and into the report; a report that cannot be written is thrown.
    public func run(diagnostics: DiagnosticLog) throws(ReportError) -> Summary {
        var summary = Summary()
        summary.directory = outputDirectory ?? definition.reportDirectory
        let extractor = FigureExtractor()
        var records: [FigureRecord] = []
        let ingester = Ingester(options: IngestOptions(defaultDate: definition.defaultDate))
        for document in ingester.documents(paths: definition.inputs, diagnostics: diagnostics) {
            summary.documents += 1
            summary.articles += document.articles.count
            records += DocumentFigures.records(in: document, extractor: extractor)
        }
        summary.figures = records.count
        let input = ReportInput(title: definition.title, inputs: definition.inputs, runTime: runTime,
                                records: records, diagnostics: diagnostics.all)
        let csvOptions = CSVWriter.Options(includesByteOrderMark: definition.outputs.byteOrderMark)
        let directory = URL(fileURLWithPath: summary.directory)
        for format in definition.outputs.formats {
            guard let writer = ReportWriters.named(format, csvOptions: csvOptions) else { continue }
            try writer.write(input, to: directory)
        }
        return summary
    }
}
