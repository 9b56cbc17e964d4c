import Foundation
import GRDB
import GRDBSQLite
import TongjiCore

/// Reads the columns of a statement's current row straight from SQLite, by position.
///
/// GRDB's `Row` subscripts ask SQLite each column's type and copy each text with
/// `String(cString:)`, a `strlen` and then UTF-8 validation: reading back the figures of a
/// 110 MB archive spent 3.5 G instructions there. Texts equal to the column's text in the row
/// before (the path, an article's title, the sentence of several figures) come back without
/// being decoded again.
struct RowReader {
    /// Held, so the SQLite statement lives as long as the reader.
    private let owner: Statement
    private var statement: SQLiteStatement { owner.sqliteStatement }
    /// Each column's last text.
    private var previous: [String]

    /// A reader of the rows `statement` steps to.
    init(_ statement: Statement) {
        owner = statement
        previous = Array(repeating: "", count: statement.columnCount)
    }

    func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement, column))
    }

    func int(orNil column: Int32) -> Int? {
        isNull(column) ? nil : int(column)
    }

    func bool(_ column: Int32) -> Bool {
        sqlite3_column_int64(statement, column) != 0
    }

    /// The column's text; "" for NULL.
    mutating func text(_ column: Int32) -> String {
        guard let bytes = bytes(column) else { return "" }
        let index = Int(column)
        if previous[index].utf8.count == bytes.count,
           bytes.isEmpty || previous[index].withUTF8({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return previous[index]
        }
        previous[index] = Self.string(bytes)
        return previous[index]
    }

    /// The column's text as SQLite holds it, valid until the next row; nil for NULL.
    func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let start = sqlite3_column_text(statement, column) else { return nil }
        // After `sqlite3_column_text`, as SQLite asks: the byte count of the text it returned.
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column)))
    }

    /// Whether `kept`, bytes of a column kept from an earlier row, are `bytes`. Bytes, not a
    /// String made of them: a String repairs bytes that are not UTF-8, and would never match them.
    static func bytes(_ kept: [UInt8], equal bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        kept.withUnsafeBufferPointer { kept in
            kept.count == bytes.count && (kept.isEmpty || memcmp(kept.baseAddress!, bytes.baseAddress!, kept.count) == 0)
        }
    }

    /// `bytes` as a String, checked by TongjiCore's UTF-8 check (under 5 instructions a byte of
    /// Chinese text, where `String(decoding:as:)` takes 11), and repaired as that would repair
    /// them when they are not well-formed: SQLite gives back whatever bytes a client stored.
    /// ASCII goes to `String(decoding:as:)`, whose String knows it is ASCII: one that does not is
    /// normalised again whenever it is compared or hashed (the page's figures cost 22 M more).
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return UTF8Validation.string(validating: bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Whether every byte is below 0x80, tested eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            if ByteWord.hasNonASCIIByte(in: words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The column's text cut at each line feed; [""] for NULL. Each line is decoded straight from
    /// SQLite's bytes, found with `memchr`: fetching the text as a String (a `strlen`, a check and
    /// a copy) and then cutting it cost 57,000 instructions an article of xwlb-2020.txt.
    /// The text ends at its first NUL byte, as it always has been read (`String(cString:)`).
    func lines(_ column: Int32) -> [String] {
        guard let start = sqlite3_column_text(statement, column) else { return [""] }
        let count = Int(sqlite3_column_bytes(statement, column))
        let end = memchr(start, 0, count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? start + count
        var lines: [String] = []
        var line = start
        while let lineFeed = memchr(line, Int32(UInt8(ascii: "\n")), end - line).map({ UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) }) {
            lines.append(Self.string(UnsafeBufferPointer(start: line, count: lineFeed - line)))
            line = lineFeed + 1
        }
        lines.append(Self.string(UnsafeBufferPointer(start: line, count: end - line)))
        return lines
    }

    mutating func text(orNil column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    private func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }
}
