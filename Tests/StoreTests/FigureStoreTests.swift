import Extract
import Foundation
import GRDB
import Normalise
@testable import Store
import TestSupport
import Testing
import TongjiCore

/// The store keeps figures exactly: what goes in comes back, value, meaning and place alike.
@Suite struct FigureStoreTests {
    let path: String
    let store: FigureStore

    init() throws {
        path = Scratch.path(named: "store.sqlite")
        store = try FigureStore(path: path)
    }

    /// The figures of real sentences of the sample page, normalised as one article.
    private func figures(file: String) throws -> [NormalisedRecord] {
        let sentences = try Fixtures.goldSentences().filter { $0.contains("85家") || $0.hasPrefix("其中") || $0.contains("1406.46万元") }
        var found: [SentenceFigure] = [], records: [FigureRecord] = []
        for (index, sentence) in sentences.enumerated() {
            for figure in FigureExtractor().figures(in: sentence) {
                found.append(SentenceFigure(figure: figure, sentence: index))
                records.append(FigureRecord(figure: figure, location: SourceLocation(file: file, line: index + 1, column: figure.start + 1),
                                            title: "甘肃工会持续开展百万职工技能素质提升活动",
                                            date: CalendarDate(year: 2021, month: 6, day: 15), sentence: sentence,
                                            duplicate: index > 0))
            }
        }
        let meanings = Normaliser(categories: UnionNews.categories)
            .meanings(of: found, in: ArticleText(title: "甘肃工会持续开展百万职工技能素质提升活动", sentences: sentences))
        return zip(records, meanings).map { record, meaning in
            var meaning = meaning
            let partOf = meaning.partOf
            meaning.partOf = nil  // as the pipeline keeps it: on the record, counted run-wide
            return NormalisedRecord(record: record, meaning: meaning, partOf: partOf)
        }
    }

    private func document(_ path: String, status: StoredDocument.Status = .read) -> StoredDocument {
        StoredDocument(path: path, contentHash: "abc", size: 10, modified: 1, status: status, processedAt: "2021-06-15T00:00:00Z")
    }

    @Test func figuresComeBackExactly() throws {
        let saved = try figures(file: "a.txt")
        #expect(saved.count > 6)
        #expect(saved.contains { $0.partOf != nil })
        try store.save(document("a.txt"), articles: [], figures: saved)
        #expect(try store.figures() == saved)
    }

    /// Rows are inserted sixteen at a time and the rest one by one: every count around those
    /// batches keeps each row, in order, with its own values.
    @Test(arguments: [1, 15, 16, 17, 33, 48])
    func anyNumberOfFiguresAndArticlesComesBackInOrder(count: Int) throws {
        let sample = try figures(file: "a.txt")
        let saved = (0..<count).map { index in
            var figure = sample[index % sample.count]
            figure.record.location.line = index + 1
            figure.record.article = index + 1
            return figure
        }
        let articles = (1...count).map { number in
            ArticleSummary(file: "a.txt", number: number, title: "标题\(number)", startLine: number, endLine: number,
                           sentenceCount: 1)
        }
        try store.save(document("a.txt"), articles: articles, figures: saved)
        #expect(try store.figures() == saved)
        #expect(try store.articles().map(\.title) == articles.map(\.title))
        #expect(try store.articles().map(\.figureCount) == Array(repeating: 1, count: count))
    }

    @Test func savingAFileAgainReplacesItsFiguresAndRemovingItDropsThem() throws {
        let a = try figures(file: "a.txt"), b = try figures(file: "b.txt")
        try store.save(document("a.txt"), articles: [], figures: a)
        try store.save(document("b.txt"), articles: [], figures: b)
        try store.save(document("a.txt"), articles: [], figures: Array(a.prefix(2)))
        #expect(try store.figures().count == 2 + b.count)
        try store.remove(paths: ["b.txt"])
        #expect(try store.figures() == Array(a.prefix(2)))
        #expect(try store.documents().keys.sorted() == ["a.txt"])
    }

    @Test func articlesComeBackWithTheirRepeatedLines() throws {
        let article = ArticleSummary(file: "a.txt", number: 7, title: "甘肃工会持续开展百万职工技能素质提升活动", byline: "本报记者 康劲",
                                     date: CalendarDate(year: 2021, month: 6, day: 15), startLine: 69, endLine: 129,
                                     paragraphs: ["第一段。", "", "第二段，含逗号。", ""], sentenceCount: 34, duplicateLines: [123...129],
                                     figureCount: 0)
        try store.save(document("a.txt"), articles: [article], figures: [])
        var withoutText = article
        withoutText.paragraphs = []
        #expect(try store.articles() == [withoutText])
        #expect(try store.withText(store.articles()) == [article])
    }

    /// Articles looked up by key come with their text, in the store's order (paths by their
    /// bytes: `Z` before `a`, e + ◌́ before é, which Swift takes for the same path), whatever the
    /// keys' order; a key of no article gives none. The lookup reads over a connection of its
    /// own while another read is open.
    @Test func articlesLookedUpByKeyComeInTheStoresOrderWithTheirText() throws {
        let files = ["b.txt", "Z.txt", "\u{E9}.txt", "a.txt", "e\u{301}.txt"]
        for file in files {
            let articles = [2, 1].map { number in
                ArticleSummary(file: file, number: number, title: "\(file)的标题\(number)", byline: "记者\(number)",
                               date: CalendarDate(year: 2021, month: 6, day: number), startLine: number, endLine: number + 3,
                               paragraphs: ["\(file)第\(number)篇。", "", "第二段。"], sentenceCount: 2,
                               duplicateLines: [number...number], figureCount: 0)
            }
            try store.save(document(file), articles: articles, figures: [])
        }
        let everything = try store.withText(store.articles())
        #expect(everything.map { Array($0.file.utf8) } == ["Z.txt", "Z.txt", "a.txt", "a.txt", "b.txt", "b.txt",
                                                           "e\u{301}.txt", "e\u{301}.txt", "\u{E9}.txt", "\u{E9}.txt"].map { Array($0.utf8) })
        let keys = [("\u{E9}.txt", 1), ("a.txt", 2), ("c.txt", 1), ("e\u{301}.txt", 2), ("Z.txt", 2), ("a.txt", 1),
                    ("b.txt", 9)]
        var found: [ArticleSummary] = []
        try store.forEachArticle { _ in
            if found.isEmpty { found = try store.articles(withText: keys.map { (file: $0.0, number: $0.1) }) }
        }
        let wanted = everything.filter { article in
            keys.contains { $0.1 == article.number && $0.0.utf8.elementsEqual(article.file.utf8) }
        }
        #expect(found.map { Array($0.file.utf8) } == wanted.map { Array($0.file.utf8) })
        #expect(found == wanted)
        #expect(found.count == 5 && found.allSatisfy { $0.paragraphs.count == 3 })
    }

    /// Repeated lines as the store writes them are read by hand, and any other text as splitting
    /// it at spaces and dashes reads it.
    @Test func repeatedLinesReadBackFromAnyText() throws {
        let texts: [(String, [ClosedRange<Int>])] = [
            ("", []), ("12-15 20-22", [12...15, 20...22]), ("7-7", [7...7]), ("3-1 5-6", [5...6]),
            (" 1-2  3-4 ", [1...2, 3...4]), ("+1-2", [1...2]), ("1-x-2", [1...2]), ("1--2", [1...2]),
            ("1234567890123456789-1234567890123456790", [1234567890123456789...1234567890123456790]),
            ("99999999999999999999-1", []), ("1-2 x", [1...2]),
        ]
        let articles = texts.indices.map { number in
            ArticleSummary(file: "a.txt", number: number, title: "", startLine: 1, endLine: 1, sentenceCount: 1)
        }
        try store.save(document("a.txt"), articles: articles, figures: [])
        try DatabaseQueue(path: path).write { db in
            for (number, text) in texts.enumerated() {
                try db.execute(sql: "UPDATE articles SET duplicate_lines = ? WHERE article = ?", arguments: [text.0, number])
            }
        }
        #expect(try store.articles().map(\.duplicateLines) == texts.map(\.1))
    }

    @Test func articlesCountTheirFigures() throws {
        let saved = try figures(file: "a.txt")
        let articles = [1, 2].map { number in
            ArticleSummary(file: "a.txt", number: number, title: "标题\(number)", startLine: number, endLine: number,
                           sentenceCount: 1)
        }
        try store.save(document("a.txt"), articles: articles, figures: saved)
        #expect(try store.articles().map(\.figureCount) == [saved.count, 0])
    }

    /// Texts a client stored as bytes that are not UTF-8 (kind, qualifier, period words,
    /// sentence) read back repaired, the same for every row: the caches that find the
    /// columns' values again compare bytes, not the repaired Strings.
    @Test func textsThatAreNotUTF8ReadBackRepairedInEveryRow() throws {
        let saved = try figures(file: "a.txt")
        try store.save(document("a.txt"), articles: [], figures: saved)
        let notUTF8 = "CAST(X'E4BB8AE5B9B4FF' AS TEXT)"  // 今年 and a stray byte
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                UPDATE figures SET kind = \(notUTF8), qualifier = \(notUTF8), sentence = \(notUTF8),
                                   period_kind = 'year', period_first = 2021, period_last = 2021, period_words = \(notUTF8)
                """)
        }
        let repaired = "今年\u{FFFD}"
        let read = try store.figures()
        #expect(read.count == saved.count)
        for figure in read {
            #expect(figure.record.figure.kind == .number && figure.record.figure.qualifier == .exact)
            #expect(figure.record.sentence == repaired)
            #expect(figure.meaning.period == Period(kind: .year, firstYear: 2021, lastYear: 2021, words: repaired))
        }
    }

    /// A store written before articles kept their figure count gets the counts when it is opened.
    @Test func openingAnOlderStoreCountsItsArticlesFigures() throws {
        let older = try olderStore(upTo: "v3: no figures_by_category") { db in
            try db.execute(sql: """
                INSERT INTO articles VALUES ('a.txt', 1, '一', '', NULL, 1, 5, 3, '', '第一段。'),
                                            ('a.txt', 2, '二', '', NULL, 6, 9, 2, '', '第二段。');
                """)
            // Three figures of article 2, one of an article 3 that has no row.
            for (seq, article) in [2, 2, 2, 3].enumerated() {
                try db.execute(sql: """
                    INSERT INTO figures (path, seq, line, column, article, title, span, start, length, value, value_number,
                                         unit, kind, qualifier, category, category_reason, subject, organisation, is_part,
                                         duplicate, sentence)
                        VALUES ('a.txt', ?, 2, 1, ?, '二', '3项', 0, 2, '3', 3, '项', 'count', 'exact', 'other', '', '', '', 0, 0, '3项。')
                    """, arguments: [seq, article])
            }
        }
        #expect(try FigureStore(path: older).articles().map(\.figureCount) == [0, 3])
    }

    /// A store made before the foreign keys of articles and figures were deferred gets them
    /// deferred in place, on the connection that migrates it too: its rows, an analyst's index,
    /// trigger and view are all kept, and deleting a file still deletes its rows.
    @Test func openingAnOlderStoreDefersItsForeignKeysAndKeepsEverythingElse() throws {
        let older = try olderStore(upTo: "v7: reprint_keys in parts") { db in
            try db.execute(sql: """
                INSERT INTO articles VALUES ('a.txt', 1, '一', '记者', '2021-06-15', 1, 5, 3, '2-3', '第一段。', 1);
                INSERT INTO figures VALUES ('a.txt', 0, 2, 4, 1, '一', '2021-06-15', '3项', 3, 2, '3', 3, NULL, '项', 'count',
                    'exact', 'other', '', '项目', '今年', 'year', 2021, 2021, '今年', '甘肃', NULL, '', 0, NULL, 0, '完成3项。');
                CREATE INDEX figures_by_category ON figures(category, province);
                CREATE TABLE figure_log (path TEXT);
                CREATE TRIGGER figure_added AFTER INSERT ON figures BEGIN INSERT INTO figure_log VALUES (new.path); END;
                CREATE VIEW totals AS SELECT path, SUM(value_number) AS total FROM figures GROUP BY path;
                """)
        }
        let queue = try DatabaseQueue(path: older)
        try StoreSchema.migrator().migrate(queue)
        try expectDeferredForeignKeys(in: queue)
        try queue.read { db in
            let kept = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
            #expect(kept.contains("figures_by_category") && kept.contains("figure_added") && kept.contains("totals"))
            #expect(try Double.fetchOne(db, sql: "SELECT total FROM totals") == 3)
        }
        try queue.close()
        let store = try FigureStore(path: older)
        #expect(try store.articles().map { "\($0.number) \($0.title) \($0.byline) \($0.figureCount)" } == ["1 一 记者 1"])
        let figures = try store.figures()
        #expect(figures.map { "\($0.record.location) \($0.record.figure.span) \($0.meaning.subject) \($0.record.sentence)" }
            == ["a.txt:2:4 3项 项目 完成3项。"])
        #expect(figures.first?.meaning.period == Period(kind: .year, firstYear: 2021, lastYear: 2021, words: "今年"))
        try store.remove(paths: ["a.txt"])
        #expect(try store.figures().isEmpty && store.articles().isEmpty)
    }

    /// A new store's keys are deferred on the connection that made it.
    @Test func aNewStoreDefersItsForeignKeys() throws {
        let queue = try DatabaseQueue(path: Scratch.path(named: "new.sqlite"))
        try StoreSchema.migrator().migrate(queue)
        try expectDeferredForeignKeys(in: queue)
    }

    /// An article and a figure of no file are refused when their transaction commits, not when
    /// they are inserted: the foreign keys of both tables are deferred on `queue`'s connection.
    private func expectDeferredForeignKeys(in queue: DatabaseQueue) throws {
        try queue.inDatabase { db in
            try db.execute(sql: "BEGIN")
            defer { if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") } }
            try db.execute(sql: "INSERT INTO articles VALUES ('none.txt', 1, '', '', NULL, 1, 1, 1, '', '', 0)")
            try db.execute(sql: """
                INSERT INTO figures (path, seq, line, column, article, title, span, start, length, value, value_number, unit,
                                     kind, qualifier, category, category_reason, subject, organisation, is_part, duplicate, sentence)
                    VALUES ('none.txt', 0, 1, 1, 1, '', '1项', 0, 2, '1', 1, '项', 'count', 'exact', 'other', '', '', '', 0, 0, '1项。')
                """)
            #expect(throws: DatabaseError.self) { try db.execute(sql: "COMMIT") }
        }
    }

    /// A new store has pages of 16 KiB; one made before keeps its pages of 4.
    @Test func aNewStoreHasLargePagesAndAnOlderOneKeepsItsOwn() throws {
        let pageSize = { (path: String) throws -> Int? in
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
        }
        #expect(try pageSize(path) == 16_384)
        let older = try olderStore(upTo: "v6: reprint_keys") { _ in }
        _ = try FigureStore(path: older).documents()
        #expect(try pageSize(older) == 4_096)
    }

    /// A store made by an older tongji: migrated up to `version`, holding the file a.txt and the
    /// rows `rows` adds; its path.
    private func olderStore(upTo version: String, rows: (Database) throws -> Void) throws -> String {
        let path = Scratch.path(named: "older.sqlite")
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator().migrate(queue, upTo: version)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (path, content_hash, size, modified, status, processed_at)
                    VALUES ('a.txt', 'abc', 10, 1, 'read', '2021-06-15T00:00:00Z')
                """)
            try rows(db)
        }
        try queue.close()
        return path
    }

    /// A store whose reprint keys were one row a file keeps them as the file's first part, and a
    /// file saved in parts reads its keys back part by part, in order, its figures numbered on.
    @Test func reprintKeysAndFiguresAreKeptAPartAtATime() throws {
        let older = try olderStore(upTo: "v6: reprint_keys") { db in
            try db.execute(sql: "INSERT INTO reprint_keys VALUES ('a.txt', x'000102030405060708090a0b0c0d0e0f')")
        }
        let migrated = try FigureStore(path: older)
        var keys: [[UInt8]] = []
        try migrated.forEachReprintKeys(of: "a.txt") { keys.append([UInt8]($0)) }
        #expect(keys == [Array(0...15)])
        #expect(try migrated.hasWholeReprintKeys(of: "a.txt", entrySize: 16))
        #expect(try !migrated.hasWholeReprintKeys(of: "a.txt", entrySize: 32))
        #expect(try !migrated.hasWholeReprintKeys(of: "b.txt", entrySize: 16))

        // Two parts of the same figures, as a file that prints its article twice; a part's
        // `partOf` counts its own figures, and reads back counting the file's.
        let figures = try figures(file: "b.txt")
        #expect(figures.contains { $0.partOf != nil })
        var first = document("b.txt")
        first.size = -1
        try store.save(first, reprintKeys: [1, 2], figures: figures)
        try store.append(part: 1, of: "b.txt", reprintKeys: [3], articles: [], figures: figures,
                         firstSeq: figures.count, finished: (size: 99, reprintOf: ["a.txt"]))
        keys = []
        try store.forEachReprintKeys(of: "b.txt") { keys.append([UInt8]($0)) }
        #expect(keys == [[1, 2], [3]])
        // A file that gave no keys keeps an empty row of them, lent as an empty buffer.
        try store.save(document("c.txt"))
        keys = []
        try store.forEachReprintKeys(of: "c.txt") { keys.append([UInt8]($0)) }
        #expect(keys == [[]])
        #expect(try store.figures() == figures + figures.map { figure in
            var figure = figure
            figure.partOf = figure.partOf.map { figures.count + $0 }
            return figure
        })
        let stored = try #require(try store.documents()["b.txt"])
        #expect(stored.size == 99 && stored.reprintOf == ["a.txt"])
    }
}
