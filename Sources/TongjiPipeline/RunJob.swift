import Aggregate
import Extract
import Foundation
import Ingest
import Normalise
import Report
import TongjiCore

/// `tongji run`: one pipeline from its inputs to its report files, through every stage:
/// ingest → extract → normalise → aggregate → report.
public struct RunJob {
    /// What a run did, for the summary line and the exit status.
    public struct Summary: Sendable, Hashable {
        public var documents = 0
        public var articles = 0
        public var figures = 0
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
        let stages = DocumentFigures(extractor: FigureExtractor(), normaliser: Normaliser(categories: definition.categories))
        var figures: [NormalisedRecord] = []
        var articles: [ArticleSummary] = []
        let ingester = Ingester(options: IngestOptions(defaultDate: definition.defaultDate))
        for document in ingester.documents(paths: definition.inputs, diagnostics: diagnostics) {
            summary.documents += 1
            articles += document.articles.map { ArticleSummary($0, in: document) }
            figures += stages.records(in: document, firstID: figures.count)
        }
        summary.articles = articles.count
        summary.figures = figures.count
        let input = ReportInput(
            title: definition.title, inputs: definition.inputs, runTime: runTime, figures: figures,
            categories: definition.categories, groups: Aggregator(categories: definition.categories).groups(of: figures),
            articles: articles, diagnostics: diagnostics.all)
        let csvOptions = CSVWriter.Options(includesByteOrderMark: definition.outputs.byteOrderMark)
        let directory = URL(fileURLWithPath: summary.directory)
        for format in definition.outputs.formats {
            guard let writer = ReportWriters.named(format, csvOptions: csvOptions) else { continue }
            try writer.write(input, to: directory)
        }
        return summary
    }
}

extension Aggregator {
    /// Groups normalised records; a figure's id is its index in `records`.
    func groups(of records: [NormalisedRecord]) -> [FigureGroup] {
        groups(of: records.enumerated().map { id, normalised in
            NormalisedFigure(id: id, figure: normalised.record.figure, meaning: normalised.meaning,
                             duplicate: normalised.record.duplicate)
        })
    }
}

extension ArticleSummary {
    init(_ article: Article, in document: Document) {
        self.init(file: document.file, number: article.number, title: article.title, byline: article.byline,
                  date: article.date, startLine: article.startLine, endLine: article.endLine,
                  paragraphs: article.paragraphs.map(\.text), sentenceCount: article.sentences.count,
                  duplicateLines: article.duplicates.map(\.lines))
    }
}
