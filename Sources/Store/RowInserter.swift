import GRDB
import GRDBSQLite
import TongjiCore

/// Runs a prepared INSERT once per row, binding each value straight to SQLite.
///
/// GRDB's `StatementArguments` box every value into an array of existentials before binding:
/// for a run's figures (31 columns each) that was a third of the time spent saving a file.
/// Values are bound in the order of the statement's `?` placeholders. Texts are gathered in one
/// reused buffer and bound without a copy (SQLITE_STATIC) when the row is inserted: letting
/// SQLite copy each one (SQLITE_TRANSIENT) cost a malloc and 700 instructions a text.
struct RowInserter {
    private let statement: Statement
    private let database: Database
    private var column: Int32 = 0
    /// The row's texts, end to end, and where each one goes.
    private var textBytes: [UInt8] = []
    private var texts: [(column: Int32, start: Int, count: Int)] = []

    /// The `sql` INSERT, prepared once per connection and reused.
    init(_ database: Database, sql: String) throws {
        self.database = database
        statement = try database.cachedStatement(sql: sql)
    }

    mutating func bind(_ text: String) {
        text.withBorrowedUTF8 { bind(utf8: $0) }
    }

    /// Binds `bytes`, which must be valid UTF-8, as text.
    mutating func bind(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        column += 1
        // SQLite takes lengths as Int32; its own limit on a value (1 GB by default) is lower still.
        precondition(bytes.count <= Int32.max, "a text of at most 2 GB")
        texts.append((column, textBytes.count, bytes.count))
        textBytes.append(contentsOf: bytes)
    }

    mutating func bind(_ text: String?) {
        guard let text else { return bindNull() }
        bind(text)
    }

    mutating func bind(_ number: Int) {
        column += 1
        _ = sqlite3_bind_int64(statement.sqliteStatement, column, Int64(number))
    }

    mutating func bind(_ number: Int?) {
        guard let number else { return bindNull() }
        bind(number)
    }

    mutating func bind(_ number: Double) {
        column += 1
        _ = sqlite3_bind_double(statement.sqliteStatement, column, number)
    }

    mutating func bind(_ flag: Bool) {
        bind(flag ? 1 : 0)
    }

    private mutating func bindNull() {
        column += 1
        _ = sqlite3_bind_null(statement.sqliteStatement, column)
    }

    /// Inserts the row bound so far and makes the statement ready for the next one.
    mutating func insert() throws {
        precondition(column == sqlite3_bind_parameter_count(statement.sqliteStatement), "a value for every placeholder")
        let sqliteStatement = statement.sqliteStatement
        let failure = textBytes.withUnsafeBytes { bytes -> (code: Int32, message: String?)? in
            defer {
                // The texts point into the buffer, which changes next row: no binding outlives it.
                sqlite3_reset(sqliteStatement)
                sqlite3_clear_bindings(sqliteStatement)
            }
            for text in texts {
                // Empty texts bind "", not a nil pointer, which would be NULL.
                let start = bytes.baseAddress.map { UnsafeRawPointer($0 + text.start) } ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                let code = sqlite3_bind_text(sqliteStatement, text.column, start.assumingMemoryBound(to: CChar.self),
                                             Int32(text.count), nil)
                guard code == SQLITE_OK else { return (code, database.lastErrorMessage) }
            }
            let code = sqlite3_step(sqliteStatement)
            return code == SQLITE_DONE ? nil : (code, database.lastErrorMessage)
        }
        column = 0
        textBytes.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        if let failure {
            throw DatabaseError(resultCode: ResultCode(rawValue: failure.code), message: failure.message, sql: statement.sql)
        }
    }
}
