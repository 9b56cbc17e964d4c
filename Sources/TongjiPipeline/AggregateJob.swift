import Aggregate
import Foundation
import Normalise
import Report
import TongjiCore

/// `tongji aggregate`: merges the figure files of many `tongji extract` partitions into the
/// summary and reports of one run, in the same order a single run would give.
public struct AggregateJob {
    public var definition: PipelineDefinition
    /// JSON Lines files written by `tongji extract`; `-` for standard input.
    public var paths: [String]
    public var outputDirectory: String?
    public var runTime: Date

    public init(definition: PipelineDefinition, paths: [String], outputDirectory: String? = nil, runTime: Date = Date()) {
        self.definition = definition
        self.paths = paths.isEmpty ? ["-"] : paths
        self.outputDirectory = outputDirectory
        self.runTime = runTime
    }

    /// Reads every figure file and writes the reports; bad lines are reported with file and line.
    public func run(diagnostics: DiagnosticLog) throws(ReportError) -> Int {
        var figures: [NormalisedRecord] = []
        for path in paths {
            guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path),
                  let data = try? handle.readToEnd() else {
                diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: 0), "cannot read the figure file"))
                continue
            }
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where !line.isEmpty {
                do {
                    figures.append(try FigureJSONReader.record(Data(line)))
                } catch {
                    diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: index + 1), error.reason))
                }
            }
        }
        // Partitions arrive in any order; a single run lists figures by file, then place.
        figures.sort {
            let a = $0.record.location, b = $1.record.location
            return (a.file, a.line, a.column) < (b.file, b.line, b.column)
        }
        let input = ReportInput(
            title: definition.title, inputs: paths, runTime: runTime, figures: figures, categories: definition.categories,
            groups: Aggregator(categories: definition.categories).groups(of: figures),
            articles: Self.articles(of: figures), diagnostics: diagnostics.all)
        let directory = URL(fileURLWithPath: outputDirectory ?? definition.reportDirectory)
        let csvOptions = CSVWriter.Options(includesByteOrderMark: definition.outputs.byteOrderMark)
        for format in definition.outputs.formats {
            try ReportWriters.named(format, csvOptions: csvOptions)?.write(input, to: directory)
        }
        return figures.count
    }

    /// The articles the figures name (figure files carry no article text or bounds).
    private static func articles(of figures: [NormalisedRecord]) -> [ArticleSummary] {
        var seen: Set<String> = []
        var result: [ArticleSummary] = []
        for figure in figures.map(\.record) where seen.insert("\(figure.location.file)\u{0}\(figure.article)").inserted {
            result.append(ArticleSummary(file: figure.location.file, number: figure.article, title: figure.title,
                                         date: figure.date, startLine: figure.location.line, endLine: figure.location.line))
        }
        return result
    }
}
