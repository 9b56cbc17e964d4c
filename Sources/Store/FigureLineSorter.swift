import Foundation
import GRDB
import GRDBSQLite
import TongjiCore

/// Figure lines of `tongji extract` kept in a scratch SQLite file and read back in the order of
/// one run's reports: by file, then stream, line and column, then as they came. `tongji
/// aggregate` merges partitions of any size through it in flat memory: the lines wait on disk,
/// not in an array, and an index keeps them in order as they are added.
public final class FigureLineSorter: Sendable {
    /// Where a figure line belongs, and what its article takes from its first figure.
    public struct Place: Sendable {
        public var file: String
        /// For standard input (`-`), whose partitions each number their lines from 1: which
        /// partition, counted as they arrive, so that their figures and articles stay apart and
        /// in that order. 0 for a named file, whose lines are numbered once.
        public var stream: Int
        public var line: Int
        public var column: Int
        public var article: Int
        public var title: String
        public var date: CalendarDate?
        /// For a part of a total (`part_of`), the line and column where its total stands, in
        /// the same file and article.
        public var total: (line: Int, column: Int)?

        public init(file: String, stream: Int = 0, line: Int, column: Int, article: Int, title: String, date: CalendarDate?,
                    total: (line: Int, column: Int)? = nil) {
            self.file = file
            self.stream = stream
            self.line = line
            self.column = column
            self.article = article
            self.title = title
            self.date = date
            self.total = total
        }
    }

    /// Adds lines inside the one transaction of `FigureLineSorter.add(_:)`.
    public struct Adder {
        fileprivate var lines: RowInserter
        fileprivate var articles: RowInserter
        fileprivate var count = 0

        /// Adds one line, which must be valid UTF-8, at `place`.
        public mutating func add(_ line: UnsafeBufferPointer<UInt8>, at place: Place) throws {
            count += 1
            lines.bind(count)
            lines.bind(place.file)
            lines.bind(place.stream)
            lines.bind(place.line)
            lines.bind(place.column)
            lines.bind(utf8: line)
            lines.bind(place.total?.line)
            lines.bind(place.total?.column)
            try lines.insert()
            articles.bind(place.file)
            articles.bind(place.stream)
            articles.bind(place.article)
            articles.bind(place.title)
            articles.bind(place.date?.description)
            articles.bind(place.line)
            articles.bind(place.column)
            articles.bind(count)
            articles.bind(1)  // its figures so far; a conflict adds one instead
            try articles.insert()
        }
    }

    private let path: String
    private let database: DatabaseQueue

    /// A new scratch file at `path`; one left there by a run that was killed is replaced.
    public init(path: String) throws {
        self.path = path
        Self.removeFiles(at: path)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // Scratch data, rebuilt by the next run if this one dies: no journal, no syncs.
            // Pages of 16 KiB, as the store's: a quarter of the system calls (aggregate of the
            // 110 MB corpus's figures, three runs each: 3.2–3.9 s against 3.7–4.4 s).
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE lines (seq INTEGER PRIMARY KEY, file TEXT NOT NULL, stream INTEGER NOT NULL,
                                    line INTEGER NOT NULL, column INTEGER NOT NULL, json TEXT NOT NULL,
                                    total_line INTEGER, total_column INTEGER);
                CREATE INDEX lines_in_order ON lines (file, stream, line, column, seq);
                CREATE TABLE articles (file TEXT NOT NULL, stream INTEGER NOT NULL, article INTEGER NOT NULL,
                                       title TEXT NOT NULL, date TEXT, line INTEGER NOT NULL, column INTEGER NOT NULL,
                                       seq INTEGER NOT NULL, figures INTEGER NOT NULL, PRIMARY KEY (file, stream, article));
                """)
        }
    }

    deinit {
        try? database.close()
        Self.removeFiles(at: path)
    }

    /// Runs `body`, which adds lines, in one transaction.
    public func add(_ body: (inout Adder) throws -> Void) throws {
        // Ties keep the figure added first, as the lines are read back.
        let earlier = "(excluded.line, excluded.column) < (line, column)"
        try database.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lines") ?? 0
            var adder = Adder(
                lines: try RowInserter(db, into: "lines", columns: 8),
                // An article counts its figures and keeps the place, title and date of the first
                // in file order (the right sides read the row as it was).
                articles: try RowInserter(db, into: "articles", columns: 9, onConflict: """
                    ON CONFLICT (file, stream, article) DO UPDATE SET
                        figures = figures + 1,
                        title = CASE WHEN \(earlier) THEN excluded.title ELSE title END,
                        date = CASE WHEN \(earlier) THEN excluded.date ELSE date END,
                        line = CASE WHEN \(earlier) THEN excluded.line ELSE line END,
                        column = CASE WHEN \(earlier) THEN excluded.column ELSE column END,
                        seq = CASE WHEN \(earlier) THEN excluded.seq ELSE seq END
                    """),
                count: count)
            try body(&adder)
            try adder.lines.finish()
            try adder.articles.finish()
        }
    }

    /// Hands every line to `body` in report order, with its place's `total`; the bytes are
    /// valid until `body` returns.
    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, _ total: (line: Int, column: Int)?) throws -> Void) throws {
        try database.read { db in
            let statement = try db.makeStatement(
                sql: "SELECT json, total_line, total_column FROM lines ORDER BY file, stream, line, column, seq")
            let rows = try Row.fetchCursor(statement)
            let sqlite = statement.sqliteStatement
            while try rows.next() != nil {
                let text = sqlite3_column_text(sqlite, 0)
                let count = Int(sqlite3_column_bytes(sqlite, 0))
                // Read in place, as the text is: a `Row` subscript decodes through GRDB's generic
                // conversions, a tenth of reading back a figure line.
                let total = sqlite3_column_type(sqlite, 1) == SQLITE_NULL
                    ? nil : (line: Int(sqlite3_column_int64(sqlite, 1)), column: Int(sqlite3_column_int64(sqlite, 2)))
                try body(UnsafeBufferPointer(start: text, count: count), total)
            }
        }
    }

    /// The articles the lines name, in the order of their first figures, each starting and
    /// ending at its first figure's line: figure files carry no article text or bounds.
    public func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT file, article, title, date, line, figures FROM articles ORDER BY file, stream, line, column, seq
                """)
            while let row = try rows.next() {
                let line: Int = row[4]
                try body(ArticleSummary(file: row[0], number: row[1], title: row[2],
                                        date: (row[3] as String?).flatMap(CalendarDate.init(iso:)),
                                        startLine: line, endLine: line, figureCount: row[5]))
            }
        }
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
