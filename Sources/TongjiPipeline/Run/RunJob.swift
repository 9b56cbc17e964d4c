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
/// longer among the inputs leave it, and the reports are rebuilt from the whole store. A root
/// named in the inputs that is missing (a share not mounted, a folder renamed) is reported, and
/// the files stored from it stay as they were until it is back.
public struct RunJob {
    /// What a run did, for the summary line and the exit status.
    public struct Summary: Sendable, Hashable {
        /// Files read in this run (byte-identical copies not included).
        public var filesRead = 0
        /// Files unchanged since the last run, not read again.
        public var filesUnchanged = 0
        /// Files read in this run that repeat another file byte for byte; counted once.
        public var filesDuplicate = 0
        /// Files that could not be read, and input roots that could not be found.
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
        ReportWriters.removeLeftovers(in: summary.directory)
        let store: FigureStore
        do {
            store = try FigureStore(path: summary.directory + "/" + Self.storeName)
        } catch {
            throw .store("\(summary.directory)/\(Self.storeName): error: cannot open the store: \(error)")
        }
        // Before the lock is released: the next run opens the store once this one has let it go.
        defer { try? store.close() }
        do {
            try update(store, summary: &summary, diagnostics: diagnostics)
        } catch {
            throw .store("\(summary.directory)/\(Self.storeName): error: \(error)")
        }
        let reports = StreamedReports(definition: definition, inputs: definition.inputs, directory: summary.directory,
                                      options: options)
        do {
            let counts = try reports.write(from: StoreReportSource(store: store), diagnostics: diagnostics)
            summary.figures = counts.figures
            summary.articles = counts.articles
        } catch {
            switch error {
            case .source(let error): throw .store("\(summary.directory)/\(Self.storeName): error: cannot read the store: \(error)")
            case .report(let error): throw .report(error)
            }
        }
        return summary
    }

    // MARK: - Store

    /// Brings the store up to date with the inputs.
    private func update(_ store: FigureStore, summary: inout Summary, diagnostics: DiagnosticLog) throws {
        var ingestOptions = IngestOptions(defaultDate: definition.defaultDate)
        ingestOptions.partBytes = options.partBytes
        let ingester = Ingester(options: ingestOptions)
        let stored = try store.documents()
        // Files are not gone with a root that cannot be found: they stand in its place, unread.
        var kept: Set<String> = []
        // The reports are never read back as input, even when written into an input folder.
        let expanded = ingester.inputs(paths: definition.inputs, diagnostics: diagnostics, excluding: [summary.directory]) { root in
            let files = InputPlan.storedFiles(at: root, in: stored)
            kept.formUnion(files)
            return files
        }
        let inputs = expanded.files
        let signature = ProcessingSignature(definition: definition)
        let isCurrent = try stored.isEmpty || store.setting(ProcessingSignature.settingKey) == signature.text
        if !isCurrent {
            diagnostics.report(Diagnostic(.warning, at: SourceLocation(file: Self.storeName, line: 0),
                                          "every input is read again: the pipeline's categories or default date, or tongji's rules, changed since the store was written"))
            // Until this run ends with nothing kept from before, the store holds figures of two
            // signatures: no signature names it, so the next run, under either, reads again.
            try store.setSetting(ProcessingSignature.settingKey, to: ProcessingSignature.mixed)
        }
        // Read again, every input looks new; stored files that are no longer inputs still leave.
        let inputSet = Set(inputs)
        // Files kept for a missing root are kept all the same, with the figures that they count.
        let plan = InputPlan(inputs: inputs,
                             stored: isCurrent ? stored : stored.filter { !inputSet.contains($0.key) || kept.contains($0.key) },
                             kept: kept)
        try store.remove(paths: plan.removed)
        summary.filesRemoved = plan.removed.count
        try store.setChanged(plan.rehashed)
        let toRead = Set(plan.toRead)

        let stages = DocumentFigures(extractor: FigureExtractor(), normaliser: Normaliser(categories: definition.categories))
        let progress = Mutex(RunProgress(filesToRead: plan.toRead.count))
        let failures = Mutex<[any Error]>([])
        let workers = DispatchQueue(label: "tongji.extract", attributes: .concurrent)
        let slots = DispatchSemaphore(value: options.jobs)
        let group = DispatchGroup()
        var owners = ContentOwners(plan.hashOwners, inputs: inputs, kept: kept)
        var reprints = ReprintReplay(store: store, stored: stored, inputs: inputSet)
        var attempted: [String] = []
        var read: Set<String> = []
        var duplicates: Set<String> = []
        let processedAt = ISO8601DateFormatter().string(from: options.runTime)
        let onProgress = options.onProgress

        /// Keeps the figures of a file's last reading and gives the reprint index its text, for a
        /// file not read (or not readable) this time; false, its rows removed, for a file left
        /// half-saved in parts by a stopped run, which has no whole reading to keep.
        func keepLastReading(_ path: String) throws -> Bool {
            guard stored[path]?.size != -1 else {
                try store.remove(paths: [path])
                return false
            }
            try reprints.replayStored(path)
            return true
        }

        /// Keeps a file whose root is missing without reading it: as it is, unless it should be
        /// read (a half-saved one always should); then as a file that failed, with what
        /// `keepLastReading` keeps, to be read when it is back.
        func keepUnread(_ path: String) throws {
            if !toRead.contains(path), try reprints.replayedUnchanged(path) { return }
            // A copy of another kept file that counts the same bytes (both left counted by an
            // older tongji) gives its figures up.
            if let old = stored[path], !owners.mayKeepFigures(of: old) {
                try store.remove(paths: [path])
                try store.markFailed(path, error: "its folder is missing or cannot be listed; another file with its bytes counts them",
                                     processedAt: processedAt)
                return
            }
            let error = try keepLastReading(path) ? "its folder is missing or cannot be listed: kept from its last reading"
                                                  : "its folder is missing or cannot be listed, and its last reading was not finished"
            try store.markFailed(path, error: error, processedAt: processedAt)
        }

        // Ingest runs here, in input order (so reprints are found in a stable order); extract,
        // normalise and the store's writes run on workers beside it. A document takes one of the
        // `jobs` slots before it is read and frees it once saved: at most `jobs` documents are in
        // memory, and the reader plus the workers keep `jobs` cores busy. A file not read gives
        // the reprint index the fingerprints it gave when it was read, so every file is checked
        // against all the text before it, as in a run that reads them all; one whose marks may
        // change is read again. A large file comes in parts, each a document: they are extracted
        // side by side but saved in order, each after the one before, numbering figures on.
        let somethingChanged = !toRead.isEmpty || !plan.removed.isEmpty
        var unfinished: Set<String> = []
        for path in somethingChanged ? inputs : [] {
            if kept.contains(path) {
                try keepUnread(path)
                continue
            }
            if !toRead.contains(path) {
                // A stored file a copy took the place of is read again, to become that copy.
                if !owners.displaced.contains(path), try reprints.replayedUnchanged(path) { continue }
                progress.withLock { $0.filesToRead += 1 }
            }
            attempted.append(path)
            let parts = ingester.parts(of: path, diagnostics: diagnostics)
            var previousPart: SavedPart?
            var reprinted: Set<String> = []
            var file: StoredDocument?
            while true {
                slots.wait()
                guard let document = parts.next(duplicates: &reprints.index) else {
                    slots.signal()
                    break
                }
                reprinted.formUnion(document.reprintedFiles)
                let entry: StoredDocument
                if let file {
                    entry = file
                } else {
                    read.insert(document.file)
                    let hash = String(document.contentHash, radix: 16)
                    if stored[document.file]?.contentHash != hash { reprints.newText.insert(document.file) }
                    // A size no file has until the last part is saved: a run stopped before then
                    // leaves the file to be read again.
                    var first = StoredDocument(path: document.file, contentHash: hash,
                                               size: document.part.isLast ? Int64(document.byteCount) : -1,
                                               modified: plan.modified[document.file] ?? 0,
                                               changed: plan.changed[document.file] ?? 0, status: .read,
                                               reprintOf: reprinted.sorted(), processedAt: processedAt)
                    if let owner = owners.copyOf(hash, readAs: path) {
                        first.status = .duplicate
                        first.duplicateOf = owner
                        duplicates.insert(document.file)
                    }
                    (entry, file) = (first, first)
                }
                let part = SavedPart(entry: entry, after: previousPart,
                                     finished: document.part.isLast ? (Int64(document.byteCount), reprinted.sorted()) : nil)
                previousPart = part
                if document.part.isLast { unfinished.remove(path) } else { unfinished.insert(path) }
                workers.async(group: group) {
                    defer { slots.signal() }
                    do {
                        try Self.save(document, as: part, in: store, stages: stages) { figures in
                            let now = progress.withLock { progress in
                                if document.part.isLast { progress.filesDone += 1 }
                                progress.bytes += document.part.byteCount
                                progress.figures += figures
                                progress.lastFile = document.file
                                progress.lastFilePart = document.part.isLast ? nil : document.part.index + 1
                                return progress
                            }
                            onProgress?(now)
                        }
                    } catch {
                        failures.withLock { $0.append(error) }
                    }
                }
            }
            if unfinished.contains(path) { owners.giveBack(path) }
            // It fails (see below), keeping the figures of its last reading, and so its text; but
            // not when a copy read this run counts its bytes already.
            if file == nil, let old = stored[path] {
                if !owners.mayKeepFigures(of: old) {
                    try store.remove(paths: [path])
                } else if try keepLastReading(path) {
                    owners.countKept(old)
                }
            } else if file == nil {
                _ = try keepLastReading(path)
            }
        }
        group.wait()
        // The cause, not a part left unsaved because of it.
        if let error = failures.withLock({ errors in errors.first { !($0 is SavedPart.EarlierPartNotSaved) } ?? errors.first }) {
            throw error
        }

        // Files that gave no document failed; they stay in the store as failed, to be tried again.
        // One that failed after some of its parts loses them, and its figures of before.
        let errors = Dictionary(grouping: diagnostics.all.filter { $0.severity == .error }, by: \.location.file)
        try store.remove(paths: unfinished.sorted())
        for path in attempted where !read.contains(path) || unfinished.contains(path) {
            try store.markFailed(path, error: errors[path]?.first?.message ?? "no text read", processedAt: processedAt)
        }
        // What reading a file said is kept with it, and said again while it is not read.
        // Keyed by bytes: a name in another Unicode normalisation is another file (`sameNameAs`).
        let said = Dictionary(grouping: diagnostics.all) { Array($0.location.file.utf8) }
        try store.replaceDiagnostics(read.subtracting(unfinished).sorted().map { ($0, said[Array($0.utf8)] ?? []) })
        let attemptedSet = Set(attempted)
        for diagnostic in try store.diagnostics(of: inputs.filter { !attemptedSet.contains($0) }) { diagnostics.report(diagnostic) }
        // Only now: a run stopped before this point leaves `mixed`, and the next run reads
        // everything again. Nor while files kept for a missing root hold figures made under the
        // old signature: the run after it is back reads everything again too.
        if isCurrent || kept.isEmpty { try store.setSetting(ProcessingSignature.settingKey, to: signature.text) }
        let final = progress.withLock { $0 }
        let duplicateCount = duplicates.subtracting(unfinished).count
        summary.filesRead = final.filesDone - duplicateCount
        summary.bytesRead = final.bytes
        summary.filesUnchanged = inputs.count - attempted.count
        summary.filesFailed = attempted.count - read.count + unfinished.count + expanded.failedPaths
        summary.filesDuplicate = duplicateCount
    }

    /// Extracts and normalises the figures of `document` and saves them as `part` says (a copy
    /// of another file is saved with none), then tells `saved` how many there are. A part of a
    /// file read in parts is extracted at once but saved, and told of, only once the part before
    /// it is: the parts of a file are told of in order.
    private static func save(_ document: Document, as part: SavedPart, in store: FigureStore,
                             stages: DocumentFigures, then saved: (Int) -> Void) throws {
        let records = part.entry.status == .duplicate ? [] : stages.records(in: document)
        let articles = part.entry.status == .duplicate ? [] : document.articles.map { ArticleSummary($0, in: document) }
        try part.save { firstSeq in
            if document.part.index == 0 {
                try store.save(part.entry, reprintKeys: document.reprintKeys.packed, articles: articles, figures: records)
            } else {
                try store.append(part: document.part.index, of: document.file, reprintKeys: document.reprintKeys.packed,
                                 articles: articles, figures: records, firstSeq: firstSeq, finished: part.finished)
            }
            saved(records.count)
            return records.count
        }
    }
}

extension ArticleSummary {
    init(_ article: Article, in document: Document) {
        self.init(file: document.file, number: article.number, title: article.title, byline: article.byline,
                  date: article.date, startLine: article.startLine, endLine: article.endLine,
                  paragraphs: article.paragraphs.map(\.text), sentenceCount: article.sentenceCount,
                  duplicateLines: article.duplicates.map(\.lines))
    }
}
