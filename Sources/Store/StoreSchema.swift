import GRDB

/// The tables of `tongji.sqlite`, documented for analysts in the README. Plain SQL so that
/// any SQLite client reads them; `value` is kept as exact decimal text, with `value_number` as
/// a REAL beside it for SQL sums.
enum StoreSchema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    path TEXT PRIMARY KEY,
                    content_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    modified REAL NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('read', 'duplicate', 'failed')),
                    duplicate_of TEXT,
                    error TEXT,
                    processed_at TEXT NOT NULL
                );
                CREATE TABLE articles (
                    path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                    article INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    byline TEXT NOT NULL,
                    date TEXT,
                    start_line INTEGER NOT NULL,
                    end_line INTEGER NOT NULL,
                    sentences INTEGER NOT NULL,
                    duplicate_lines TEXT NOT NULL,
                    paragraphs TEXT NOT NULL,
                    PRIMARY KEY (path, article)
                );
                CREATE TABLE figures (
                    path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    line INTEGER NOT NULL,
                    column INTEGER NOT NULL,
                    article INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    span TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    value TEXT NOT NULL,
                    value_number REAL NOT NULL,
                    upper TEXT,
                    unit TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    qualifier TEXT NOT NULL,
                    category TEXT NOT NULL,
                    category_reason TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    period TEXT,
                    period_kind TEXT,
                    period_first INTEGER,
                    period_last INTEGER,
                    period_words TEXT,
                    province TEXT,
                    city TEXT,
                    organisation TEXT NOT NULL,
                    is_part INTEGER NOT NULL,
                    part_of_seq INTEGER,
                    duplicate INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    PRIMARY KEY (path, seq)
                );
                CREATE INDEX figures_by_category ON figures(category, province, period, unit);
                """)
        }
        // The files whose text a file reprints, newline-separated: it is read again when they change.
        migrator.registerMigration("v2: reprint_of") { db in
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN reprint_of TEXT NOT NULL DEFAULT ''")
        }
        // Kept up on every insert, used by no report: a fifth of the cost of saving a file's
        // figures. Analysts who group by these columns can create their own index.
        migrator.registerMigration("v3: no figures_by_category") { db in
            try db.execute(sql: "DROP INDEX IF EXISTS figures_by_category")
        }
        // Each article's number of figures, kept with the article: counting them for articles.csv
        // grouped the whole figures table through a temporary B-tree, a seventh of writing the
        // reports of a 110 MB archive. Counted in one pass (1 s for that archive; a count per
        // article took 57 s).
        // No foreign key changes: GRDB's deferred check would read every row of the store again.
        migrator.registerMigration("v4: articles.figure_count", foreignKeyChecks: .immediate) { db in
            try db.execute(sql: """
                ALTER TABLE articles ADD COLUMN figure_count INTEGER NOT NULL DEFAULT 0;
                CREATE TEMP TABLE article_counts AS
                    SELECT path, article, COUNT(*) AS n FROM figures GROUP BY path, article;
                CREATE INDEX temp.article_counts_key ON article_counts(path, article);
                UPDATE articles SET figure_count = COALESCE((SELECT n FROM temp.article_counts c
                    WHERE c.path = articles.path AND c.article = articles.article), 0);
                DROP TABLE temp.article_counts;
                """)
        }
        // What produced the stored articles and figures (tongji's rules, the pipeline's categories):
        // a run that finds it changed reads every input again.
        migrator.registerMigration("v5: settings") { db in
            try db.execute(sql: "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        }
        // The fingerprints each file's text gave the reprint index, 16 bytes each: a run replays
        // them for the files it does not read again, so new files are checked against old ones.
        // A table of its own, read one file at a time, since it is the size of half the text.
        migrator.registerMigration("v6: reprint_keys") { db in
            try db.execute(sql: """
                CREATE TABLE reprint_keys (
                    path TEXT PRIMARY KEY REFERENCES documents(path) ON DELETE CASCADE,
                    keys BLOB NOT NULL
                )
                """)
        }
        // A file read in parts keeps each part's fingerprints in a row of its own, so that no
        // row, and nothing read back at once, grows with the size of one file.
        migrator.registerMigration("v7: reprint_keys in parts") { db in
            try db.execute(sql: """
                CREATE TABLE reprint_keys_in_parts (
                    path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                    part INTEGER NOT NULL,
                    keys BLOB NOT NULL,
                    PRIMARY KEY (path, part)
                );
                INSERT INTO reprint_keys_in_parts SELECT path, 0, keys FROM reprint_keys;
                DROP TABLE reprint_keys;
                ALTER TABLE reprint_keys_in_parts RENAME TO reprint_keys;
                """)
        }
        // Articles and figures are inserted many rows a statement (`RowInserter`). An immediate
        // foreign key makes SQLite keep a journal of each such statement, to undo it alone; a
        // deferred one is checked at commit, and a file's rows are saved in one transaction
        // after its document, so nothing is lost. A constraint's deferral is not in the rows'
        // format, so the tables' CREATE statements are edited in place, as SQLite documents for
        // dropping a foreign key (https://sqlite.org/lang_altertable.html, "Making Other Kinds
        // Of Table Schema Changes"). Making the tables again instead took 5 s for the 110 MB
        // corpus's store, dropped an analyst's indexes and triggers on them, and failed while a
        // view named them. Best effort: where SQLite may not write the schema (a build with
        // SQLITE_DBCONFIG_DEFENSIVE) or a table was redefined by another tool, its keys stay
        // immediate, which is as correct and only slower. `sqlite_master`, not its newer alias
        // `sqlite_schema`: SQLite before 3.33 knows only the first.
        migrator.registerMigration("v8: deferred foreign keys", foreignKeyChecks: .immediate) { db in
            let immediate = "REFERENCES documents(path) ON DELETE CASCADE,"
            let deferred = "REFERENCES documents(path) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
            let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
            try db.execute(sql: "PRAGMA writable_schema = ON")
            defer { try? db.execute(sql: "PRAGMA writable_schema = OFF") }
            let changed: Int
            do {
                try db.execute(sql: """
                    UPDATE sqlite_master SET sql = replace(sql, ?, ?)
                    WHERE type = 'table' AND name IN ('articles', 'figures') AND instr(sql, ?) > 0
                    """, arguments: [immediate, deferred, immediate])
                changed = db.changesCount
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                return
            }
            // Tells every connection, this one too, to read the changed statements again.
            if changed > 0 { try db.execute(sql: "PRAGMA schema_version = \(version + 1)") }
        }
        // What reading each file had to say (a page cut off, nesting too deep), said again by a
        // run that does not read the file again: errors.csv is the same whether a file was read
        // this time or before.
        migrator.registerMigration("v9: diagnostics") { db in
            try db.execute(sql: """
                CREATE TABLE diagnostics (
                    path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    line INTEGER NOT NULL,
                    column INTEGER NOT NULL,
                    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
                    message TEXT NOT NULL
                );
                CREATE INDEX diagnostics_by_path ON diagnostics(path);
                """)
        }
        // The inode change time beside the modification time: an edit that keeps a file's size
        // and puts its modification time back (`touch -r`) still moves it, and the file's bytes
        // are hashed again to see. 0 for files stored before, which are hashed once.
        migrator.registerMigration("v10: documents.changed") { db in
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN changed REAL NOT NULL DEFAULT 0")
        }
        return migrator
    }
}
