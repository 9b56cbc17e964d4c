import Foundation
import GRDB
import Normalise
import TongjiCore

/// The incremental store of one pipeline, `Reports/<pipeline>/tongji.sqlite`: every input file
/// with its content hash and status, its articles and figures, and its reprint keys. A run
/// reads only new or changed files; each file's rows are replaced in one transaction, so a run
/// killed at any moment leaves the store as it was before that file. A file read in parts is
/// saved a transaction a part, its size -1 until the last (see `save` and `append`).
public final class FigureStore: Sendable {
    private let database: DatabaseQueue
    private let path: String

    /// Opens (or creates) the store at `path`.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // Write-ahead logging: readers (an analyst's client) never block a run, and a crash
            // leaves the last committed state. With WAL, `synchronous = NORMAL` still survives any
            // kill of the process; only a power cut may undo the last files, which the next run
            // reads again. It saves an fsync per file.
            // Pages of 16 KiB, not 4: a page is written twice (to the log, then to the file) and
            // read back by each B-tree insert that misses the cache, a system call each time. For
            // the 110 MB corpus, 472,000 reads and writes became 103,000, system time 1.65 →
            // 1.15 s and the run 8 % shorter. A store made before keeps its pages (the size is
            // set only while the file is empty).
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try StoreSchema.migrator().migrate(database)
    }

    /// Closes the connection now. Left to `deinit`, it closes on whichever thread lets the
    /// store go last (a worker that finished a moment after the run), and a run started at
    /// that moment in the same process failed to open the store with a disk I/O error.
    public func close() throws {
        try database.close()
    }

    // MARK: - Documents

    public func documents() throws -> [String: StoredDocument] {
        try database.read { db in
            var result: [String: StoredDocument] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM documents") {
                let document = Self.document(row)
                result[document.path] = document
            }
            return result
        }
    }

    /// Replaces everything stored for `document.path` by these articles, figures and reprint
    /// keys (packed), at once. A file that repeats another is saved with no articles or figures.
    /// `partOf` counts figures of this file. For a file read in parts, these are its first
    /// part's, and the document's size is -1 until `append` stores its last part: a run stopped
    /// before then leaves a size no file has, and the next run reads the file again.
    public func save(_ document: StoredDocument, reprintKeys: [UInt8] = [], articles: [ArticleSummary] = [],
                     figures: [NormalisedRecord] = []) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [document.path])
            try Self.insert(document, into: db)
            try Self.insert(reprintKeys, part: 0, path: document.path, into: db)
            try Self.insert(articles, figures: figures, firstSeq: 0, path: document.path, into: db)
        }
    }

    /// Adds part `part` of the file at `path`, read in parts, whose first part `save` stored:
    /// its reprint keys, articles and figures, numbered on from `firstSeq` (`partOf` counts
    /// figures of the part). With the last part, `finished` gives the file's size and the files
    /// it reprints.
    public func append(part: Int, of path: String, reprintKeys: [UInt8], articles: [ArticleSummary],
                       figures: [NormalisedRecord], firstSeq: Int, finished: (size: Int64, reprintOf: [String])?) throws {
        try database.write { db in
            try Self.insert(reprintKeys, part: part, path: path, into: db)
            try Self.insert(articles, figures: figures, firstSeq: firstSeq, path: path, into: db)
            if let finished {
                try db.execute(sql: "UPDATE documents SET size = ?, reprint_of = ? WHERE path = ?",
                               arguments: [finished.size, finished.reprintOf.joined(separator: "\n"), path])
            }
        }
    }

    /// Calls `body` with the reprint keys saved with `path`, packed, a part at a time in order
    /// (one part unless the file was read in parts). The bytes are SQLite's, lent for the call
    /// and not copied: a run replays every stored file's keys, half the size of the text.
    public func forEachReprintKeys(of path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT keys FROM reprint_keys WHERE path = ? ORDER BY part", arguments: [path])
            while let row = try rows.next() {
                try row.withUnsafeData(atIndex: 0) { keys in
                    try (keys ?? Data()).withUnsafeBytes { try body($0) }
                }
            }
        }
    }

    /// True when reprint keys were saved with `path` and every part of them is whole entries
    /// of `entrySize` bytes: false for a file that never gave text, one stored before the store
    /// kept keys, or keys cut short. Read from the lengths alone.
    public func hasWholeReprintKeys(of path: String, entrySize: Int) throws -> Bool {
        try database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*), sum(length(keys) % ? != 0) FROM reprint_keys WHERE path = ?",
                                       arguments: [entrySize, path])
            return (row?[0] as Int? ?? 0) > 0 && (row?[1] as Int? ?? 0) == 0
        }
    }

    /// Marks a file that could not be read this time. A file read before keeps its figures:
    /// one unreadable moment (a file being written, a network mount away) loses nothing; the
    /// file is tried again on the next run.
    public func markFailed(_ path: String, error: String, processedAt: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE documents SET status = 'failed', error = ?, processed_at = ? WHERE path = ?",
                           arguments: [error, processedAt, path])
            if db.changesCount == 0 {
                try Self.insert(StoredDocument(path: path, contentHash: "", size: 0, modified: 0, status: .failed,
                                               error: error, processedAt: processedAt), into: db)
            }
        }
    }

    /// Replaces what reading each file had to say by what it said this time, for every file read,
    /// in one transaction.
    public func replaceDiagnostics(_ said: [(path: String, diagnostics: [Diagnostic])]) throws {
        guard !said.isEmpty else { return }
        try database.write { db in
            let delete = try db.makeStatement(sql: "DELETE FROM diagnostics WHERE path = ?")
            let insert = try db.makeStatement(sql: "INSERT INTO diagnostics (path, line, column, severity, message) VALUES (?, ?, ?, ?, ?)")
            for (path, diagnostics) in said {
                try delete.execute(arguments: [path])
                for diagnostic in diagnostics {
                    try insert.execute(arguments: [path, diagnostic.location.line, diagnostic.location.column,
                                                   diagnostic.severity.rawValue, diagnostic.message])
                }
            }
        }
    }

    /// What reading each of `paths` had to say when it was read, file by file in that order.
    public func diagnostics(of paths: [String]) throws -> [Diagnostic] {
        try database.read { db in
            let statement = try db.makeStatement(sql: "SELECT line, column, severity, message FROM diagnostics WHERE path = ? ORDER BY rowid")
            return try paths.flatMap { path in
                try Row.fetchAll(statement, arguments: [path]).map { row in
                    Diagnostic(Diagnostic.Severity(rawValue: row[2]) ?? .error,
                               at: SourceLocation(file: path, line: row[0], column: row[1]), row[3])
                }
            }
        }
    }

    /// Records the inode change times of files found unchanged in their bytes, by path.
    public func setChanged(_ changed: [String: Double]) throws {
        guard !changed.isEmpty else { return }
        try database.write { db in
            let statement = try db.makeStatement(sql: "UPDATE documents SET changed = ? WHERE path = ?")
            for (path, time) in changed { try statement.execute(arguments: [time, path]) }
        }
    }

    /// The value stored under `key` in the settings table, or nil.
    public func setting(_ key: String) throws -> String? {
        try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// Stores `value` under `key`, replacing what was there.
    public func setSetting(_ key: String, to value: String) throws {
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// Forgets files that are no longer among the inputs; their figures leave the totals.
    public func remove(paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try database.write { db in
            for path in paths { try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [path]) }
        }
    }

    // MARK: - Reading back

    /// Every stored figure, by file path and then in input order; `partOf` indexes this list.
    public func figures() throws -> [NormalisedRecord] {
        try Self.collect(forEachFigure)
    }

    /// Hands every stored figure to `body`, in the order of `figures()`, one at a time: memory
    /// stays flat however many figures the store holds. `body` owns each figure, to keep it
    /// without copying its dozen strings (a retain and a release each).
    public func forEachFigure(_ body: (consuming NormalisedRecord) throws -> Void) throws {
        try database.read { db in
            var index = 0
            var path = ""
            var firstOfPath = 0
            let statement = try db.makeStatement(sql: "SELECT \(FigureRowReader.columns) FROM figures ORDER BY path, seq")
            var figures = FigureRowReader(statement)
            let rows = try Row.fetchCursor(statement)
            while try rows.next() != nil {
                let rowPath = figures.path()
                if rowPath != path { (path, firstOfPath) = (rowPath, index) }
                try body(figures.record(firstOfPath: firstOfPath))
                index += 1
            }
        }
    }

    /// Every stored article, by file path and number, without its text: the CSV reports need
    /// only the counts, and the text is the bulk of the store (see `withText`).
    public func articles() throws -> [ArticleSummary] {
        try Self.collect(forEachArticle)
    }

    private static func collect<Item>(_ forEach: ((Item) throws -> Void) throws -> Void) throws -> [Item] {
        var items: [Item] = []
        try forEach { items.append($0) }
        return items
    }

    /// Hands every stored article to `body`, in the order of `articles()`, one at a time: memory
    /// stays flat however many articles the store holds.
    public func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws {
        try database.read { db in
            let statement = try db.makeStatement(sql: """
                SELECT path, article, title, byline, date, start_line, end_line, sentences, duplicate_lines, figure_count
                FROM articles ORDER BY path, article
                """)
            // By position, as the figures are read: GRDB's by-name subscripts cost 20,000
            // instructions an article.
            var columns = RowReader(statement)
            let rows = try Row.fetchCursor(statement)
            while try rows.next() != nil { try body(Self.article(columns: &columns, paragraphs: [])) }
        }
    }

    /// The article of a row whose first ten columns are those `forEachArticle` selects.
    private static func article(columns: inout RowReader, paragraphs: [String]) -> ArticleSummary {
        ArticleSummary(
            file: columns.text(0), number: columns.int(1), title: columns.text(2), byline: columns.text(3),
            date: date(columns.text(orNil: 4)), startLine: columns.int(5), endLine: columns.int(6),
            paragraphs: paragraphs, sentenceCount: columns.int(7),
            duplicateLines: lineRanges(columns.text(8)),
            figureCount: columns.int(9))
    }

    /// The articles `keys` name (a file and a number there), with their paragraphs, in the order
    /// of `articles()`; keys that name none are left out. Read over a connection of its own, so
    /// that it may run while `forEachFigure` reads on another thread: the HTML report looks up
    /// the articles of its page while the rest of the figures are read back. A path stored by
    /// another client in bytes that are not UTF-8 reads back repaired, and is not found again.
    public func articles(withText keys: [(file: String, number: Int)]) throws -> [ArticleSummary] {
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? reader.close() }
        let found = try reader.read { db in
            let statement = try db.makeStatement(sql: """
                SELECT path, article, title, byline, date, start_line, end_line, sentences, duplicate_lines, figure_count,
                       paragraphs
                FROM articles WHERE path = ? AND article = ?
                """)
            var columns = RowReader(statement)
            var found: [ArticleSummary] = []
            for key in keys {
                let rows = try Row.fetchCursor(statement, arguments: [key.file, key.number])
                guard try rows.next() != nil else { continue }
                let paragraphs = columns.lines(10)
                found.append(Self.article(columns: &columns, paragraphs: paragraphs))
            }
            return found
        }
        // As `ORDER BY path, article` orders them: paths by their bytes (SQLite's BINARY collation).
        // Compared as bytes throughout: Swift's `==` takes é and e + ◌́ for one path, SQLite two.
        return found.sorted {
            $0.file.utf8.elementsEqual($1.file.utf8) ? $0.number < $1.number
                                                       : $0.file.utf8.lexicographicallyPrecedes($1.file.utf8)
        }
    }

    /// `articles` with their paragraphs, looked up one by one: the HTML report asks for the
    /// articles it shows, never the whole archive's text at once.
    public func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary] {
        try database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT paragraphs FROM articles WHERE path = ? AND article = ?")
            let text = RowReader(statement)
            return try articles.map { article in
                var article = article
                let rows = try Row.fetchCursor(statement, arguments: [article.file, article.number])
                article.paragraphs = try rows.next() == nil ? [""] : text.lines(0)
                return article
            }
        }
    }
}

// MARK: - Rows

private extension FigureStore {
    static func insert(_ reprintKeys: [UInt8], part: Int, path: String, into db: Database) throws {
        // Bound in place: the keys of a long file are megabytes, which SQLite copies anyway.
        try reprintKeys.withUnsafeBytes { bytes in
            let blob = bytes.baseAddress.map {
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: bytes.count, deallocator: .none)
            } ?? Data()
            try db.execute(sql: "INSERT INTO reprint_keys VALUES (?, ?, ?)", arguments: [path, part, blob])
        }
    }

    /// The rows of articles and figures, figures numbered from `firstSeq`.
    static func insert(_ articles: [ArticleSummary], figures: [NormalisedRecord], firstSeq: Int, path: String,
                       into db: Database) throws {
        // By index, not `for figure in figures`: that copies each record, a retain and a release
        // for each of its dozen strings.
        var figureCounts: [Int: Int] = [:]
        for index in figures.indices { figureCounts[figures[index].record.article, default: 0] += 1 }
        var articleRows = try RowInserter(db, into: "articles", columns: 11)
        for index in articles.indices {
            bind(articles[index], path: path, figureCount: figureCounts[articles[index].number] ?? 0, to: &articleRows)
            try articleRows.insert()
        }
        try articleRows.finish()
        var figureRows = try RowInserter(db, into: "figures", columns: 31)
        for index in figures.indices {
            bind(figures[index], seq: firstSeq + index, firstSeq: firstSeq, path: path, to: &figureRows)
            try figureRows.insert()
        }
        try figureRows.finish()
    }

    static func insert(_ document: StoredDocument, into db: Database) throws {
        try db.execute(sql: """
            INSERT INTO documents (path, content_hash, size, modified, changed, status, duplicate_of, reprint_of, error, processed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
            document.path, document.contentHash, document.size, document.modified, document.changed, document.status.rawValue,
            document.duplicateOf, document.reprintOf.joined(separator: "\n"), document.error, document.processedAt,
        ])
    }

    static func document(_ row: Row) -> StoredDocument {
        StoredDocument(path: row["path"], contentHash: row["content_hash"], size: row["size"], modified: row["modified"],
                       changed: row["changed"],
                       status: StoredDocument.Status(rawValue: row["status"]) ?? .failed,
                       duplicateOf: row["duplicate_of"],
                       reprintOf: (row["reprint_of"] as String).split(separator: "\n").map(String.init),
                       error: row["error"], processedAt: row["processed_at"])
    }

    static func bind(_ article: ArticleSummary, path: String, figureCount: Int, to row: inout RowInserter) {
        row.bind(path)
        row.bind(article.number)
        row.bind(article.title)
        row.bind(article.byline)
        row.bind(article.date?.description)
        row.bind(article.startLine)
        row.bind(article.endLine)
        row.bind(article.sentenceCount)
        row.bind(article.duplicateLines.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: " "))
        row.bind(lines: article.paragraphs)
        row.bind(figureCount)
    }

    /// The columns of `figures`, in the order of the table.
    /// `partOf` counts from `firstSeq`.
    static func bind(_ normalised: NormalisedRecord, seq: Int, firstSeq: Int, path: String, to row: inout RowInserter) {
        let record = normalised.record, figure = record.figure, meaning = normalised.meaning
        row.bind(path)
        row.bind(seq)
        row.bind(record.location.line)
        row.bind(record.location.column)
        row.bind(record.article)
        row.bind(record.title)
        row.bind(record.date?.description)
        row.bind(figure.span)
        row.bind(figure.start)
        row.bind(figure.length)
        row.bind(figure.value.description)
        row.bind(figure.value.doubleValue)
        row.bind(figure.upper?.description)
        row.bind(figure.unit)
        row.bind(figure.kind.rawValue)
        row.bind(figure.qualifier.rawValue)
        row.bind(meaning.category)
        row.bind(meaning.categoryReason)
        row.bind(meaning.subject)
        row.bind(meaning.period?.label)
        row.bind(meaning.period?.kind.rawValue)
        row.bind(meaning.period?.firstYear)
        row.bind(meaning.period?.lastYear)
        row.bind(meaning.period?.words)
        row.bind(meaning.region?.province)
        row.bind(meaning.region?.city)
        row.bind(meaning.organisation)
        row.bind(meaning.isPart)
        row.bind(normalised.partOf.map { firstSeq + $0 })
        row.bind(record.duplicate)
        row.bind(record.sentence)
    }

    static func date(_ text: String?) -> CalendarDate? {
        text.flatMap(CalendarDate.init(iso:))
    }

    /// `12-15 20-22` read back, split as UTF-8 bytes: splitting the String walked Characters,
    /// 6,500 instructions an article with duplicate lines. Ranges as the store writes them are
    /// read by hand, where splitting the bytes still cost 5,800; any other text is split.
    static func lineRanges(_ text: String) -> [ClosedRange<Int>] {
        guard !text.isEmpty else { return [] }
        return text.withBorrowedUTF8(plainLineRanges) ?? text.utf8.split(separator: UInt8(ascii: " ")).compactMap(lineRange)
    }

    /// The ranges of `bytes` when they are written as the store writes them (`a-b` with a ≤ b,
    /// a space between two); nil for anything else.
    private static func plainLineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [ClosedRange<Int>]? {
        var ranges: [ClosedRange<Int>] = []
        var index = 0
        func number() -> Int? {
            let start = index
            var value = 0
            // At most 18 digits, which cannot overflow.
            while index < bytes.count, index - start < 18, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            return index > start ? value : nil
        }
        repeat {
            if index > 0 {
                guard bytes[index] == UInt8(ascii: " ") else { return nil }
                index += 1
            }
            guard let lower = number(), index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return nil }
            index += 1
            guard let upper = number(), lower <= upper else { return nil }
            ranges.append(lower...upper)
        } while index < bytes.count
        return ranges
    }

    static func lineRange(_ text: Substring.UTF8View) -> ClosedRange<Int>? {
        let bounds = text.split(separator: UInt8(ascii: "-")).compactMap { Int(Substring($0)) }
        return bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : nil
    }
}
