#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Ingest
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

    /// The category of a figure line that names none.
    private var restCategory: String { CategoryDefinition.restName(in: definition.categories) }

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
        ReportWriters.removeLeftovers(in: directory)
        let scratchPath = directory + "/" + Self.scratchName
        let sorter: FigureLineSorter
        do {
            sorter = try FigureLineSorter(path: scratchPath)
            // Lines read and parsed on a thread of their own (`readingAhead`) while SQLite adds
            // them here: on one thread, adding them kept one core of two busy.
            try sorter.add { adder in
                try readingAhead(weight: { $0.json.count }, produce: { [paths, restCategory] yield in
                    var streams = StandardInputStreams()
                    for path in paths {
                        streams.startFigureFile()
                        // part_of counts the rows of the output it was written to: the whole
                        // figure file of one `tongji extract`, named files and standard input
                        // alike, but each of several standard-input partitions collected into one
                        // file (Spark's `pipe`) from its own first row. A total stands in its
                        // part's article: the places of the article's figures so far, in row
                        // order from its first (an array, not a dictionary: a figure in a hundred
                        // is a part).
                        var (stream, firstRow) = (0, 1)
                        // Lines lost just before a partition began may have been its first rows or
                        // the last of the one before: its rows, and so its totals, are then unknown.
                        var (lastRow, rowsKnown) = (0, true)
                        var article: (file: String, stream: Int, number: Int)?
                        // nil for a row that was no figure (a malformed line, reported).
                        var places: [(line: Int, column: Int)?] = []
                        var articleFirstRow = 0
                        try Self.forEachRecord(in: path, restCategory: restCategory, diagnostics: diagnostics) { record, line, row in
                            let figure = record.record
                            let place = streams.stream(of: figure.location)
                            if place != 0 {
                                if stream != 0, place != stream { (firstRow, rowsKnown) = (row, row == lastRow + 1) }
                                stream = place
                            }
                            lastRow = row
                            if article.map({ $0 != (figure.location.file, place, figure.article) }) ?? true {
                                article = (figure.location.file, place, figure.article)
                                places.removeAll(keepingCapacity: true)
                                articleFirstRow = row - firstRow
                            }
                            let ownRow = row - firstRow
                            while articleFirstRow + places.count < ownRow { places.append(nil) }
                            places.append((figure.location.line, figure.location.column))
                            try yield(PlacedLine(json: Array(line), place: FigureLineSorter.Place(
                                file: figure.location.file, stream: place,
                                line: figure.location.line, column: figure.location.column,
                                article: figure.article, title: figure.title, date: figure.date,
                                total: record.partOf.flatMap { rowsKnown && $0 >= articleFirstRow && $0 < ownRow ? places[$0 - articleFirstRow] : nil })))
                        }
                    }
                }, consume: { placed in
                    try placed.json.withUnsafeBufferPointer { try adder.add($0, at: placed.place) }
                })
            }
        } catch {
            throw .store("\(scratchPath): error: cannot keep the figure lines: \(error)")
        }
        let reports = StreamedReports(definition: definition, inputs: paths, directory: directory,
                                      options: RunOptions(outputDirectory: directory, runTime: runTime))
        do {
            return try reports.write(from: SortedLinesSource(sorter: sorter, restCategory: restCategory), diagnostics: diagnostics).figures
        } catch {
            switch error {
            case .source(let error): throw .store("\(scratchPath): error: cannot read the figure lines: \(error)")
            case .report(let error): throw .report(error)
            }
        }
    }

    /// Hands each figure of the figure file at `path` (`-`: standard input), with its line and
    /// its row (1-based, among the lines that are not empty: `tongji extract` writes none), to
    /// `body`, read in chunks: memory does not grow with the file. Lines that are not figures
    /// are reported with the file and line, and the rest read on.
    private static func forEachRecord(in path: String, restCategory: String, diagnostics: DiagnosticLog,
                                      _ body: (NormalisedRecord, UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: 0), "cannot read the figure file: \(reason)"))
            return
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var reader = LineReader(descriptor: descriptor, maximumLength: maximumLineBytes)
        var number = 0, row = 0
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
                row += 1  // a row of the output all the same
                diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: number),
                                              "a line longer than \(maximumLineBytes >> 20) MiB"))
            case .text(let bytes) where bytes.isEmpty:
                continue
            case .text(let bytes):
                row += 1
                try bytes.withUnsafeBufferPointer { line in
                    do {
                        try body(try FigureJSONReader.record(line, restCategory: restCategory), line, row)
                    } catch let error as FigureJSONReader.Malformed {
                        diagnostics.report(Diagnostic(.error, at: SourceLocation(file: path, line: number), error.reason))
                    }
                }
            }
        }
    }
}

/// Where a figure stands in its file.
private struct SourcePlace: Equatable {
    let line: Int
    let column: Int
}

/// A figure line, copied out of the reader's buffer, and where it belongs.
private struct PlacedLine: Sendable {
    let json: [UInt8]
    let place: FigureLineSorter.Place
}

/// Tells apart the partitions of standard input (`-`) in the figure files, as they arrive: each
/// figure file begins one, and so does a figure that does not come after the one before it,
/// since each partition numbers its lines from 1 (Spark's `pipe` output collected into one file).
/// A partition whose first figure comes after the last one of the partition before (its first
/// lines without figures) cannot be told from that one; their order is kept all the same.
private struct StandardInputStreams {
    private var count = 0
    private var last: (line: Int, column: Int)?

    mutating func startFigureFile() {
        count += 1
        last = nil
    }

    /// The stream of a figure at `location`; 0 for a named file.
    mutating func stream(of location: SourceLocation) -> Int {
        guard location.file == StreamExtraction.name else { return 0 }
        if let last, (location.line, location.column) <= last { count += 1 }
        last = (location.line, location.column)
        return count
    }
}

/// The figure lines in a run's order, read back as figures: checked when they were added.
///
/// Partitions were read apart, so none saw the text of another: here, in a run's order, each
/// figure's sentence goes through a reprint index, and a sentence that repeats an earlier one
/// (in another partition, or a line of its own in a stream) is marked a reprint, as one run
/// over all the input would mark it. Only sentences with figures are seen, which is where the
/// reprints that count stand; a reprint of text without figures elsewhere may go unmarked.
private struct SortedLinesSource: ReportSource {
    let sorter: FigureLineSorter
    /// The category of a line that names none.
    let restCategory: String

    /// Read, parsed and checked for reprints on a thread of its own (`readingAhead`), while the
    /// writers take the figures here: on one thread, `tongji aggregate` kept one core of two busy.
    /// `body` must not read the lines (the reading thread holds the scratch file until the end).
    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws {
        try readingAhead(weight: NormalisedRecord.weight, produce: { [sorter, restCategory] yield in
            try Self.forEachFigure(in: sorter, restCategory: restCategory, yield)
        }, consume: body)
    }

    private static func forEachFigure(in sorter: FigureLineSorter, restCategory: String,
                                      _ body: (NormalisedRecord) throws -> Void) throws {
        var reprints = DuplicateIndex()
        var previous: FigureRecord?
        var repeats = false
        // The figure's index in a run's order, and the places of its article's figures so far:
        // a part's total is found at its place (the first figure there, when a file was read
        // twice), looked for only for a part.
        var index = -1, articleStart = 0
        var places: [SourcePlace] = []
        try sorter.forEachLine { line, total in
            var figure = try FigureJSONReader.record(line, isValidUTF8: true, restCategory: restCategory)
            let record = figure.record
            index += 1
            if previous.map({ $0.location.file != record.location.file || $0.article != record.article }) ?? true {
                places.removeAll(keepingCapacity: true)
                articleStart = index
            }
            places.append(SourcePlace(line: record.location.line, column: record.location.column))
            figure.partOf = total.flatMap { total in
                places.firstIndex(of: SourcePlace(line: total.line, column: total.column)).map { articleStart + $0 }
            }
            // A sentence's figures come together, each after the one before. On standard input
            // a sentence never spans lines (a line is a paragraph or a JSON article), so the same
            // sentence on the next line is a repeat. In a named file it may span lines; a repeat
            // printed right after it in the same article looks like one sentence here, but
            // `tongji extract` marked that one itself when it read the whole file.
            let continuesSentence = previous.map {
                $0.location.file == record.location.file && $0.article == record.article && $0.sentence == record.sentence
                    && ($0.location.line, $0.location.column) < (record.location.line, record.location.column)
                    && (record.location.file != StreamExtraction.name || $0.location.line == record.location.line)
            } ?? false
            if !continuesSentence { repeats = reprints.repeatsEarlierText(record.sentence, in: record.location.file) }
            previous = record
            if repeats { figure.record.duplicate = true }
            try body(figure)
        }
    }

    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws {
        try sorter.forEachArticle(body)
    }

    /// Figure files carry no article text.
    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary] {
        articles
    }

    /// The articles come only from the lines, in one pass after the figures.
    var articleLookup: (@Sendable ([ArticleKey]) throws -> [ArticleSummary])? { nil }
}
