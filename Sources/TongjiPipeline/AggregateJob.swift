#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Normalise
import Report
import Store
import TongjiCore

/// `tongji aggregate`: merges the figure files of many `tongji extract` partitions into the
/// summary and reports of one run, in the same order a single run would give.
///
/// The figure lines wait in a scratch SQLite file in the report directory, which keeps them in
/// a run's order however the partitions arrive; the reports are then written by the same code
/// as `tongji run`'s, streaming. Memory stays flat whatever the number of figures.
public struct AggregateJob {
    public var definition: PipelineDefinition
    /// JSON Lines files written by `tongji extract`; `-` for standard input.
    public var paths: [String]
    public var outputDirectory: String?
    public var runTime: Date

    /// The scratch file, beside the reports; removed when the job ends.
    static let scratchName = ".aggregate.sqlite"

    /// Longest figure line read; a longer one is reported, so that a file that is no figure file
    /// (a dump without line breaks) cannot fill memory. A line holds a title and a sentence, each
    /// up to an input line (`IngestOptions.maximumLineBytes`, 1 MiB) and written at worst six
    /// bytes a byte (`\u0001`), so 12 MiB and more; a sentence may span joined lines, hence the
    /// room above that.
    static let maximumLineBytes = 64 << 20

    public init(definition: PipelineDefinition, paths: [String], outputDirectory: String? = nil, runTime: Date = Date()) {
        self.definition = definition
        self.paths = paths.isEmpty ? ["-"] : paths
        self.outputDirectory = outputDirectory
        self.runTime = runTime
    }

    /// Reads every figure file and writes the reports; bad lines are reported with file and
    /// line, and the rest merged. Returns the number of figures.
    public func run(diagnostics: DiagnosticLog) throws(RunJob.Failure) -> Int {
        let directory = outputDirectory ?? definition.reportDirectory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .report(ReportError(path: directory, reason: .cannotCreateDirectory(error.localizedDescription)))
        }
        // The directory's lock: no run or other aggregate writes these reports meanwhile.
        let lock: RunLock
        do { lock = try RunLock(directory: directory) } catch { throw .locked(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let scratchPath = directory + "/" + Self.scratchName
        let sorter: FigureLineSorter
        do {
            sorter = try FigureLineSorter(path: scratchPath)
            try sorter.add { adder in
                for path in paths {
                    try Self.forEachRecord(in: path, diagnostics: diagnostics) { record, line in
                        let figure = record.record
                        try adder.add(line, at: FigureLineSorter.Place(
                            file: figure.location.file, line: figure.location.line, column: figure.location.column,
                            article: figure.article, title: figure.title, date: figure.date))
                    }
                }
            }
        } catch {
            throw .store("\(scratchPath): error: cannot keep the figure lines: \(error)")
        }
        let reports = StreamedReports(definition: definition, inputs: paths, directory: directory,
                                      options: RunOptions(outputDirectory: directory, runTime: runTime))
        do {
            return try reports.write(from: SortedLinesSource(sorter: sorter), diagnostics: diagnostics).figures
        } catch {
            switch error {
            case .source(let error): throw .store("\(scratchPath): error: cannot read the figure lines: \(error)")
            case .report(let error): throw .report(error)
            }
        }
    }

    /// Hands each figure of the figure file at `path` (`-`: standard input), with its line, to
    /// `body`, read in chunks: memory does not grow with the file. Lines that are not figures
    /// are reported with the file and line, and the rest read on.
    private static func forEachRecord(in path: String, diagnostics: DiagnosticLog,
                                      _ body: (NormalisedRecord, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: 0), "cannot read the figure file: \(reason)"))
            return
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var reader = LineReader(descriptor: descriptor, maximumLength: maximumLineBytes)
        var number = 0
        while true {
            let next: LineReader.Line?
            do {
                next = try reader.nextLine()
            } catch {
                diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: number + 1),
                                              "cannot read the figure file: \(error.message)"))
                return
            }
            guard let next else { return }
            number += 1
            switch next {
            case .tooLong:
                diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: number),
                                              "a line longer than \(maximumLineBytes >> 20) MiB"))
            case .text(let bytes) where bytes.isEmpty:
                continue
            case .text(let bytes):
                try bytes.withUnsafeBufferPointer { line in
                    do {
                        try body(try FigureJSONReader.record(line), line)
                    } catch let error as FigureJSONReader.Malformed {
                        diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: number), error.reason))
                    }
                }
            }
        }
    }
}

/// The figure lines in a run's order, read back as figures: checked when they were added.
private struct SortedLinesSource: ReportSource {
    let sorter: FigureLineSorter

    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws {
        try sorter.forEachLine { line in try body(try FigureJSONReader.record(line, isValidUTF8: true)) }
    }

    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws {
        try sorter.forEachArticle(body)
    }

    /// Figure files carry no article text.
    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary] {
        articles
    }
}
