import Foundation
import GRDB
import Normalise
import TongjiCore

/// The incremental store of one pipeline, `Reports/<pipeline>/tongji.sqlite`: every input file
/// with its content hash and status, and its articles and figures. A run reads only new or
/// changed files; each file's rows are replaced in one transaction, so a run killed at any
/// moment leaves the store as it was before that file.
public final class FigureStore: Sendable {
    private let database: DatabaseQueue

    /// Opens (or creates) the store at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // Write-ahead logging: readers (an analyst's client) never block a run, and a crash
            // leaves the last committed state. With WAL, `synchronous = NORMAL` still survives any
            // kill of the process; only a power cut may undo the last files, which the next run
            // reads again. It saves an fsync per file.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try StoreSchema.migrator().migrate(database)
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

    /// Replaces everything stored for `document.path` by these articles and figures, at once.
    /// A file that repeats another is saved with neither. `partOf` counts figures of this file.
    public func save(_ document: StoredDocument, articles: [ArticleSummary] = [], figures: [NormalisedRecord] = []) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [document.path])
            try Self.insert(document, into: db)
            let articleStatement = try db.cachedStatement(sql: """
                INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for article in articles {
                try articleStatement.execute(arguments: [
                    document.path, article.number, article.title, article.byline, article.date?.description,
                    article.startLine, article.endLine, article.sentenceCount,
                    article.duplicateLines.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: " "),
                    article.paragraphs.joined(separator: "\n"),
                ])
            }
            let figureStatement = try db.cachedStatement(sql: """
                INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (seq, normalised) in figures.enumerated() {
                try figureStatement.execute(arguments: StatementArguments(
                    Self.values(normalised, seq: seq, path: document.path)))
            }
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
        var result: [NormalisedRecord] = []
        try forEachFigure { result.append($0) }
        return result
    }

    /// Hands every stored figure to `body`, in the order of `figures()`, one at a time: memory
    /// stays flat however many figures the store holds.
    public func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws {
        try database.read { db in
            var index = 0
            var path = ""
            var firstOfPath = 0
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM figures ORDER BY path, seq")
            while let row = try rows.next() {
                let rowPath: String = row["path"]
                if rowPath != path { (path, firstOfPath) = (rowPath, index) }
                try body(Self.record(row, firstOfPath: firstOfPath))
                index += 1
            }
        }
    }

    /// Every stored article, by file path and number; their text only `withParagraphs` (the
    /// HTML report shows it; the CSV reports need only the counts, and the text is the bulk).
    public func articles(withParagraphs: Bool = true) throws -> [ArticleSummary] {
        let text = withParagraphs ? "a.paragraphs" : "''"
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.path, a.article, a.title, a.byline, a.date, a.start_line, a.end_line, a.sentences,
                       a.duplicate_lines, \(text) AS text, COALESCE(c.n, 0) AS figure_count
                FROM articles a
                LEFT JOIN (SELECT path, article, COUNT(*) AS n FROM figures GROUP BY path, article) c
                    USING (path, article)
                ORDER BY a.path, a.article
                """).map { row in
                ArticleSummary(
                    file: row["path"], number: row["article"], title: row["title"], byline: row["byline"],
                    date: Self.date(row["date"]), startLine: row["start_line"], endLine: row["end_line"],
                    paragraphs: withParagraphs ? (row["text"] as String).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [],
                    sentenceCount: row["sentences"],
                    duplicateLines: (row["duplicate_lines"] as String).split(separator: " ").compactMap(Self.lineRange),
                    figureCount: row["figure_count"])
            }
        }
    }
}

// MARK: - Rows

private extension FigureStore {
    static func insert(_ document: StoredDocument, into db: Database) throws {
        try db.execute(sql: """
            INSERT INTO documents (path, content_hash, size, modified, status, duplicate_of, reprint_of, error, processed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
            document.path, document.contentHash, document.size, document.modified, document.status.rawValue,
            document.duplicateOf, document.reprintOf.joined(separator: "\n"), document.error, document.processedAt,
        ])
    }

    static func document(_ row: Row) -> StoredDocument {
        StoredDocument(path: row["path"], contentHash: row["content_hash"], size: row["size"], modified: row["modified"],
                       status: StoredDocument.Status(rawValue: row["status"]) ?? .failed,
                       duplicateOf: row["duplicate_of"],
                       reprintOf: (row["reprint_of"] as String).split(separator: "\n").map(String.init),
                       error: row["error"], processedAt: row["processed_at"])
    }

    static func values(_ normalised: NormalisedRecord, seq: Int, path: String) -> [(any DatabaseValueConvertible)?] {
        let record = normalised.record, figure = record.figure, meaning = normalised.meaning
        return [
            path, seq, record.location.line, record.location.column, record.article, record.title,
            record.date?.description, figure.span, figure.start, figure.length, figure.value.description,
            figure.value.doubleValue, figure.upper?.description, figure.unit, figure.kind.rawValue,
            figure.qualifier.rawValue, meaning.category, meaning.categoryReason, meaning.subject,
            meaning.period?.label, meaning.period?.kind.rawValue, meaning.period?.firstYear, meaning.period?.lastYear,
            meaning.period?.words, meaning.region?.province, meaning.region?.city, meaning.organisation,
            meaning.isPart, normalised.partOf, record.duplicate, record.sentence,
        ]
    }

    static func record(_ row: Row, firstOfPath: Int) -> NormalisedRecord {
        let figure = Figure(
            span: row["span"], start: row["start"], length: row["length"],
            value: ExactDecimal(row["value"] as String) ?? .zero, upper: (row["upper"] as String?).flatMap(ExactDecimal.init),
            unit: row["unit"], kind: FigureKind(rawValue: row["kind"]) ?? .number,
            qualifier: Qualifier(rawValue: row["qualifier"]) ?? .exact)
        let record = FigureRecord(
            figure: figure, location: SourceLocation(file: row["path"], line: row["line"], column: row["column"]),
            article: row["article"], title: row["title"], date: date(row["date"]), sentence: row["sentence"],
            duplicate: row["duplicate"])
        var period: Period?
        if let kind = (row["period_kind"] as String?).flatMap(Period.Kind.init) {
            period = Period(kind: kind, firstYear: row["period_first"], lastYear: row["period_last"], words: row["period_words"] ?? "")
        }
        let province: String? = row["province"]
        let meaning = Meaning(
            category: row["category"], categoryReason: row["category_reason"], subject: row["subject"], period: period,
            region: province.map { Region(province: $0, city: row["city"] ?? "") }, organisation: row["organisation"],
            isPart: row["is_part"])
        return NormalisedRecord(record: record, meaning: meaning, partOf: (row["part_of_seq"] as Int?).map { firstOfPath + $0 })
    }

    static func date(_ text: String?) -> CalendarDate? {
        text.flatMap(CalendarDate.init(iso:))
    }

    static func lineRange(_ text: Substring) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-").compactMap { Int($0) }
        return bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : nil
    }
}
