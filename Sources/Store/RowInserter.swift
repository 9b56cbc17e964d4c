import GRDB
import GRDBSQLite
import TongjiCore

/// Inserts rows into one table through prepared INSERTs of `rowsPerStatement` rows at a time,
/// binding each value straight to SQLite.
///
/// GRDB's `StatementArguments` box every value into an array of existentials before binding:
/// for a run's figures (31 columns each) that was a third of the time spent saving a file.
/// Values are bound in the order of the table's columns. Texts are gathered in one reused
/// buffer and bound without a copy (SQLITE_STATIC) when their statement runs: letting SQLite
/// copy each one (SQLITE_TRANSIENT) cost a malloc and 700 instructions a text.
///
/// Rows wait until a statement's worth is bound, and the last ones until `finish()`. A statement
/// of one row paid SQLite's cost of starting and ending a statement (opening its cursors, seeking
/// the table's end and its primary key afresh, halting) for every row: 7,000 of the 22,000
/// instructions a figure row took inside SQLite. Sixteen rows a statement saved 2.2 G of 13.0 G
/// instructions inserting the 304,052 figures of the 110 MB corpus; thirty-two, 0.08 G more.
/// The statements are `INSERT OR FAIL`: a failed constraint stops the statement where it is,
/// and the caller's transaction undoes the rest. With SQLite's default, ABORT, or with an
/// immediate foreign key (the store's are deferred, see `StoreSchema`), a statement of many rows
/// keeps a journal of the pages it changes to undo itself alone, which cost back 2 G of that.
struct RowInserter {
    /// One bound value, kept until its row's statement runs.
    private enum Value {
        case integer(Int64)
        case real(Double)
        case null
        /// `count` bytes at `start` of `textBytes`.
        case text(start: Int, count: Int)
    }

    private let database: Database
    private let columns: Int
    private let rowsPerStatement: Int
    /// The INSERT of one row and of `rowsPerStatement` rows.
    private let oneRow: Statement
    private let manyRows: Statement
    /// The values of the rows bound and not yet inserted, row after row, and how many rows
    /// `insert()` ended.
    private var values: [Value] = []
    private var rowsEnded = 0
    private var textBytes: [UInt8] = []

    /// Inserts into `table` rows of `columns` values; `onConflict` is an upsert clause that
    /// follows the values (`ON CONFLICT … DO UPDATE …`), applied row by row. The statements are
    /// prepared once per connection and reused.
    init(_ database: Database, into table: String, columns: Int, rowsPerStatement: Int = 16, onConflict: String = "") throws {
        self.database = database
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
        let row = "(" + repeatElement("?", count: columns).joined(separator: ", ") + ")"
        func insert(rows: Int) -> String {
            "INSERT OR FAIL INTO \(table) VALUES " + repeatElement(row, count: rows).joined(separator: ", ") + " " + onConflict
        }
        oneRow = try database.cachedStatement(sql: insert(rows: 1))
        manyRows = try database.cachedStatement(sql: insert(rows: rowsPerStatement))
        values.reserveCapacity(columns * rowsPerStatement)
    }

    mutating func bind(_ text: String) {
        text.withBorrowedUTF8 { bind(utf8: $0) }
    }

    /// Binds `bytes`, which must be valid UTF-8, as text.
    mutating func bind(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // SQLite takes lengths as Int32; its own limit on a value (1 GB by default) is lower still.
        precondition(bytes.count <= Int32.max, "a text of at most 2 GB")
        values.append(.text(start: textBytes.count, count: bytes.count))
        textBytes.append(contentsOf: bytes)
    }

    /// Binds `lines`, joined by line feeds, as one text, without making the joined String:
    /// `joined(separator:)` cost 7,000 instructions an article of the 1× corpus.
    mutating func bind(lines: [String]) {
        let start = textBytes.count
        for (index, line) in lines.enumerated() {
            if index > 0 { textBytes.append(UInt8(ascii: "\n")) }
            line.withBorrowedUTF8 { textBytes.append(contentsOf: $0) }
        }
        precondition(textBytes.count - start <= Int32.max, "a text of at most 2 GB")
        values.append(.text(start: start, count: textBytes.count - start))
    }

    mutating func bind(_ text: String?) {
        guard let text else { return values.append(.null) }
        bind(text)
    }

    mutating func bind(_ number: Int) {
        values.append(.integer(Int64(number)))
    }

    mutating func bind(_ number: Int?) {
        guard let number else { return values.append(.null) }
        bind(number)
    }

    mutating func bind(_ number: Double) {
        values.append(.real(number))
    }

    mutating func bind(_ flag: Bool) {
        bind(flag ? 1 : 0)
    }

    /// Ends the row bound so far; a statement's worth of rows is inserted at once.
    mutating func insert() throws {
        rowsEnded += 1
        precondition(values.count == rowsEnded * columns, "a value for every column")
        guard rowsEnded == rowsPerStatement else { return }
        defer { removeWaitingRows() }
        try run(manyRows, values[...])
    }

    /// Inserts the rows still waiting, one at a time. Call it after the last row: rows left
    /// waiting are not inserted.
    mutating func finish() throws {
        precondition(values.count == rowsEnded * columns, "every row ended by insert()")
        defer { removeWaitingRows() }
        for start in stride(from: 0, to: values.count, by: columns) {
            try run(oneRow, values[start ..< start + columns])
        }
    }

    private mutating func removeWaitingRows() {
        values.removeAll(keepingCapacity: true)
        textBytes.removeAll(keepingCapacity: true)
        rowsEnded = 0
    }

    /// Runs `statement` with `rowValues`, which fill its placeholders.
    private func run(_ statement: Statement, _ rowValues: ArraySlice<Value>) throws {
        let sqliteStatement = statement.sqliteStatement
        precondition(rowValues.count == sqlite3_bind_parameter_count(sqliteStatement), "a value for every placeholder")
        let failure = textBytes.withUnsafeBytes { bytes -> (code: Int32, message: String?)? in
            defer {
                // The texts point into the buffer, which changes for the next statement: no
                // binding outlives it.
                sqlite3_reset(sqliteStatement)
                sqlite3_clear_bindings(sqliteStatement)
            }
            for (index, value) in zip(Int32(1)..., rowValues) {
                let code: Int32
                switch value {
                case .integer(let number): code = sqlite3_bind_int64(sqliteStatement, index, number)
                case .real(let number): code = sqlite3_bind_double(sqliteStatement, index, number)
                case .null: code = sqlite3_bind_null(sqliteStatement, index)
                case .text(let start, let count):
                    // Empty texts bind "", not a nil pointer, which would be NULL.
                    let text = bytes.baseAddress.map { UnsafeRawPointer($0 + start) } ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                    code = sqlite3_bind_text(sqliteStatement, index, text.assumingMemoryBound(to: CChar.self), Int32(count), nil)
                }
                guard code == SQLITE_OK else { return (code, database.lastErrorMessage) }
            }
            let code = sqlite3_step(sqliteStatement)
            return code == SQLITE_DONE ? nil : (code, database.lastErrorMessage)
        }
        if let failure {
            throw DatabaseError(resultCode: ResultCode(rawValue: failure.code), message: failure.message, sql: statement.sql)
        }
    }
}
