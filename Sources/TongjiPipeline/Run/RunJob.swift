import Aggregate
import Dispatch
import Extract
import Foundation
import Ingest
import Normalise
import Report
import Store
import Synchronization
import TongjiCore

/// `tongji run`: one pipeline from its inputs to its report files, through every stage:
/// ingest → extract → normalise → store → aggregate → report.
///
/// Incremental: only files that are new or changed since the last run (by size and
/// modification time) are read; their figures replace the old ones in the store, files no
/// longer among the inputs leave it, and the reports are rebuilt from the whole store.
public struct RunJob {
    /// What a run did, for the summary line and the exit status.
    public struct Summary: Sendable, Hashable {
        /// Files read in this run (byte-identical copies not included).
        public var filesRead = 0
        /// Files unchanged since the last run, not read again.
        public var filesUnchanged = 0
        /// Files read in this run that repeat another file byte for byte; counted once.
        public var filesDuplicate = 0
        /// Files that could not be read.
        public var filesFailed = 0
        /// Files gone from the inputs, whose figures left the store.
        public var filesRemoved = 0
        public var bytesRead = 0
        /// Articles and figures in the reports.
        public var articles = 0
        public var figures = 0
        /// Where the reports were written.
        public var directory = ""
    }

    /// Why a run could not be done at all.
    public enum Failure: Error, CustomStringConvertible {
        case locked(String)
        case store(String)
        case report(ReportError)

        public var description: String {
            switch self {
            case .locked(let message), .store(let message): message
            case .report(let error): error.description
            }
        }
    }

    public static let storeName = "tongji.sqlite"

    public var definition: PipelineDefinition
    public var options: RunOptions

    public init(definition: PipelineDefinition, options: RunOptions = RunOptions()) {
        self.definition = definition
        self.options = options
    }

    /// Runs the pipeline. Inputs that cannot be read go to `diagnostics`, into errors.csv and
    /// the report, and are tried again next time; the others are still processed.
    public func run(diagnostics: DiagnosticLog) throws(Failure) -> Summary {
        var summary = Summary()
        summary.directory = options.outputDirectory ?? definition.reportDirectory
        do {
            try FileManager.default.createDirectory(atPath: summary.directory, withIntermediateDirectories: true)
        } catch {
            throw .report(ReportError(path: summary.directory, reason: .cannotCreateDirectory(error.localizedDescription)))
        }
        let lock: RunLock
        do { lock = try RunLock(directory: summary.directory) } catch { throw .locked(error.description) }
        defer { withExtendedLifetime(lock) {} }
        let store: FigureStore
        do {
            store = try FigureStore(path: summary.directory + "/" + Self.storeName)
        } catch {
            throw .store("\(summary.directory)/\(Self.storeName): error: cannot open the store: \(error)")
        }
        do {
            try update(store, summary: &summary, diagnostics: diagnostics)
        } catch {
            throw .store("\(summary.directory)/\(Self.storeName): error: \(error)")
        }
        try writeReports(from: store, summary: &summary, diagnostics: diagnostics)
        return summary
    }

    // MARK: - Store

    /// Brings the store up to date with the inputs.
    private func update(_ store: FigureStore, summary: inout Summary, diagnostics: DiagnosticLog) throws {
        let ingester = Ingester(options: IngestOptions(defaultDate: definition.defaultDate))
        let inputs = ingester.inputs(paths: definition.inputs, diagnostics: diagnostics)
        let plan = try InputPlan(inputs: inputs, stored: store.documents())
        try store.remove(paths: plan.removed)
        summary.filesRemoved = plan.removed.count
        summary.filesUnchanged = inputs.count - plan.toRead.count

        let stages = DocumentFigures(extractor: FigureExtractor(), normaliser: Normaliser(categories: definition.categories))
        let progress = Mutex(RunProgress(filesToRead: plan.toRead.count))
        let failures = Mutex<[any Error]>([])
        let workers = DispatchQueue(label: "tongji.extract", attributes: .concurrent)
        let slots = DispatchSemaphore(value: options.jobs)
        let group = DispatchGroup()
        var owners = plan.hashOwners
        var read: Set<String> = []
        var duplicates = 0
        let processedAt = ISO8601DateFormatter().string(from: options.runTime)
        let onProgress = options.onProgress

        // Ingest runs here, in input order (so reprints are found in a stable order); extract,
        // normalise and the store's writes run on workers beside it. A document takes one of the
        // `jobs` slots before it is read and frees it once saved: at most `jobs` documents are in
        // memory, and the reader plus the workers keep `jobs` cores busy.
        var documents = ingester.documents(paths: plan.toRead, diagnostics: diagnostics).makeIterator()
        while true {
            slots.wait()
            guard let document = documents.next() else {
                slots.signal()
                break
            }
            read.insert(document.file)
            let hash = String(document.contentHash, radix: 16)
            let reprinted = Set(document.sentences.compactMap { $0.duplicateOf?.file }).subtracting([document.file])
            var stored = StoredDocument(path: document.file, contentHash: hash, size: Int64(document.byteCount),
                                        modified: plan.modified[document.file] ?? 0, status: .read,
                                        reprintOf: reprinted.sorted(), processedAt: processedAt)
            if let owner = owners[hash], owner != document.file {
                stored.status = .duplicate
                stored.duplicateOf = owner
                duplicates += 1
            } else {
                owners[hash] = document.file
            }
            let entry = stored
            workers.async(group: group) {
                defer { slots.signal() }
                do {
                    var figures = 0
                    if entry.status == .duplicate {
                        try store.save(entry)
                    } else {
                        let records = stages.records(in: document)
                        figures = records.count
                        try store.save(entry, articles: document.articles.map { ArticleSummary($0, in: document) },
                                       figures: records)
                    }
                    let now = progress.withLock { progress in
                        progress.filesDone += 1
                        progress.bytes += document.byteCount
                        progress.figures += figures
                        progress.lastFile = document.file
                        return progress
                    }
                    onProgress?(now)
                } catch {
                    failures.withLock { $0.append(error) }
                }
            }
        }
        group.wait()
        if let error = failures.withLock({ $0.first }) { throw error }

        // Files that gave no document failed; they stay in the store as failed, to be tried again.
        let errors = Dictionary(grouping: diagnostics.all.filter { $0.severity == .error }, by: \.location.file)
        for path in plan.toRead where !read.contains(path) {
            try store.markFailed(path, error: errors[path]?.first?.message ?? "no text read", processedAt: processedAt)
        }
        let final = progress.withLock { $0 }
        summary.filesRead = final.filesDone - duplicates
        summary.bytesRead = final.bytes
        summary.filesFailed = plan.toRead.count - read.count
        summary.filesDuplicate = duplicates
    }

    // MARK: - Reports

    /// Builds the reports from the whole store in one pass over its figures and one over its
    /// articles: figures.csv and articles.csv are written and the totals summed as they stream
    /// past, so memory does not grow with the archive. The HTML page lists at most
    /// `options.htmlFigureLimit` figures, and keeps only the articles it shows.
    private func writeReports(from store: FigureStore, summary: inout Summary,
                              diagnostics: DiagnosticLog) throws(Failure) {
        let directory = URL(fileURLWithPath: summary.directory)
        let csvOptions = CSVWriter.Options(includesByteOrderMark: definition.outputs.byteOrderMark)
        let writesCSV = definition.outputs.formats.contains(CSVReportWriter.identifier)
        let writesHTML = definition.outputs.formats.contains(HTMLReportWriter.identifier)
        let filtering = options.since != nil || options.until != nil
        var accumulator = Aggregator(categories: definition.categories).accumulator()
        var pageFigures: [NormalisedRecord] = []
        var newIndex: [Int32] = []
        var kept = 0
        var pageArticles: [ArticleSummary] = []
        do {
            let figuresFile = writesCSV ? try StreamedCSVFile.figures(in: directory, options: csvOptions) : nil
            try store.forEachFigureReadAhead { stored in
                guard options.covers(stored.record.date) else {
                    if filtering { newIndex.append(-1) }
                    return
                }
                var figure = stored
                if filtering {
                    newIndex.append(Int32(kept))
                    figure.partOf = figure.partOf.flatMap { newIndex[$0] >= 0 ? Int(newIndex[$0]) : nil }
                }
                accumulator.add(NormalisedFigure(id: kept, figure: figure.record.figure, meaning: figure.meaning,
                                                 duplicate: figure.record.duplicate))
                try figuresFile?.append(figure)
                if writesHTML && pageFigures.count < options.htmlFigureLimit { pageFigures.append(figure) }
                kept += 1
            }
            try figuresFile?.commit()
            // A page of all figures lists every article; a page of the first figures, theirs.
            let pageIsFull = kept > pageFigures.count
            let listed = Set(pageFigures.map { "\($0.record.location.file)\u{0}\($0.record.article)" })
            let articlesFile = writesCSV ? try StreamedCSVFile.articles(in: directory, options: csvOptions) : nil
            try store.forEachArticle { article in
                guard options.covers(article.date) else { return }
                summary.articles += 1
                try articlesFile?.append(article)
                if writesHTML && (!pageIsFull || listed.contains("\(article.file)\u{0}\(article.number)")) {
                    pageArticles.append(article)
                }
            }
            try articlesFile?.commit()
        } catch let error as ReportError {
            throw .report(error)
        } catch {
            throw .store("\(summary.directory)/\(Self.storeName): error: cannot read the store: \(error)")
        }
        summary.figures = kept
        var input = ReportInput(
            title: definition.title, inputs: definition.inputs, runTime: options.runTime, figures: pageFigures,
            categories: definition.categories, groups: accumulator.groups, articles: pageArticles,
            diagnostics: diagnostics.all)
        do {
            if writesCSV { try CSVReportWriter(options: csvOptions).writeTotals(input, to: directory) }
        } catch {
            throw .report(error)
        }
        guard writesHTML else { return }
        if kept > pageFigures.count {
            // A page of millions of rows helps nobody: show the first figures, totalled on their
            // own, and say where the rest are.
            input.groups = Aggregator(categories: definition.categories).groups(of: pageFigures)
            input.diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: CSVReportWriter.fileNames.figures, line: 0),
                "this page shows the first \(pageFigures.count) of \(kept) figures and their totals; figures.csv and summary.csv hold them all"))
        }
        do {
            input.articles = try store.withText(input.articles)
        } catch {
            throw .store("\(summary.directory)/\(Self.storeName): error: cannot read the store: \(error)")
        }
        do {
            try HTMLReportWriter().write(input, to: directory)
        } catch {
            throw .report(error)
        }
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
