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
            Self.forEachRecord(in: path, diagnostics: diagnostics) { figures.append($0) }
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

    /// A figure line holds one sentence of an input line (at most `IngestOptions.maximumLineBytes`,
    /// 1 MiB), escaped at worst six bytes a byte, and its other fields.
    static let maximumLineBytes = 8 << 20

    /// Hands each figure of the figure file at `path` (`-`: standard input) to `body`, read in
    /// chunks: memory does not grow with the file. Lines that are not figures are reported
    /// with the file and line, and the rest read on.
    private static func forEachRecord(in path: String, diagnostics: DiagnosticLog, _ body: (NormalisedRecord) -> Void) {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: 0), "cannot read the figure file: \(reason)"))
            return
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var reader = LineReader(descriptor: descriptor, maximumLength: maximumLineBytes)
        var number = 0
        do {
            while let line = try reader.nextLine() {
                number += 1
                let location = SourceLocation(file: path, line: number)
                switch line {
                case .tooLong:
                    diagnostics.report(Diagnostic(.error, at: location, "a line longer than \(maximumLineBytes >> 20) MiB"))
                case .text(let bytes) where bytes.isEmpty:
                    continue
                case .text(let bytes):
                    do {
                        body(try bytes.withUnsafeBufferPointer { line throws(FigureJSONReader.Malformed) in
                            try FigureJSONReader.record(line)
                        })
                    } catch {
                        diagnostics.report(Diagnostic(.error, at: location, error.reason))
                    }
                }
            }
        } catch {
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: number + 1),
                                          "cannot read the figure file: \(error.message)"))
        }
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
