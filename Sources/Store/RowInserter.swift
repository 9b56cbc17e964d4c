import GRDB
import GRDBSQLite

/// Runs a prepared INSERT once per row, binding each value straight to SQLite.
///
/// GRDB's `StatementArguments` box every value into an array of existentials before binding:
/// for a run's figures (31 columns each) that was a third of the time spent saving a file.
/// Values are bound in the order of the statement's `?` placeholders.
struct RowInserter {
    private let statement: Statement
    private let database: Database
    private var column: Int32 = 0

    /// The `sql` INSERT, prepared once per connection and reused.
    init(_ database: Database, sql: String) throws {
        self.database = database
        statement = try database.cachedStatement(sql: sql)
    }

    mutating func bind(_ text: String) {
        column += 1
        var text = text
        text.withUTF8 { bytes in
            if let start = bytes.baseAddress {
                _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                    sqlite3_bind_text(statement.sqliteStatement, column, characters, Int32(bytes.count), Self.transient)
                }
            } else {
                // Empty text, not NULL: a nil pointer would bind NULL.
                _ = sqlite3_bind_text(statement.sqliteStatement, column, "", 0, nil)
            }
        }
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
        column = 0
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: database.lastErrorMessage,
                                sql: statement.sql)
        }
    }

    /// SQLite copies the bytes: the Swift string's buffer lives only for the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
