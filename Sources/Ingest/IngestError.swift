import TongjiCore

/// Why an input could not be read, or was read with a problem worth knowing.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        case fileNotFound
        case permissionDenied
        case brokenSymbolicLink
        case symbolicLinkLoop
        case directoryLoop
        case unreadable(errno: Int32)
        case notRegularFile
        case lineTooLong(limit: Int)
        case noMatches(pattern: String)
        /// A folder named in the inputs that lists no files, where files were read before.
        case emptyRoot(kept: Int)
        case emptyFile
        case binaryFile(byteOffset: Int)
        case invalidEncoding(byteOffset: Int)
        case unknownCharset(String)
        case malformedJSON(String)
        case missingField(String)
        /// A JSON Lines `date` that names no date: the article is read without one.
        case invalidDate(String)
        case truncatedHTML
        /// An HTML page nested deeper than libxml2 parses: the text after that point is lost.
        case nestedTooDeep
        case unparsableHTML
        case noText
        /// A file read in parts whose bytes changed between the first reading and its parts.
        case changedWhileRead
        /// A file whose path is another input's in another Unicode normalisation (é as one code
        /// point or as e and a combining accent): Swift's strings, which key files here, cannot
        /// tell the two apart.
        case sameNameAs(String)
        /// A file or folder whose name is not UTF-8 (a GBK name from a Windows archive).
        case nameNotUTF8
        /// A file of the run's own report folder, named as an input.
        case inReportFolder
    }

    /// The file, and the line and column when the problem has one (line 0 for the whole file).
    public var location: SourceLocation
    public var reason: Reason

    public init(_ reason: Reason, at location: SourceLocation) {
        self.reason = reason
        self.location = location
    }

    /// A problem with a whole file.
    public init(_ reason: Reason, file: String) {
        self.init(reason, at: SourceLocation(file: file, line: 0, column: 0))
    }

    /// Warnings leave the input usable: a pattern that matches nothing yet, a page that ends
    /// before </html> (many do) and is read as far as it goes. Errors mean a file gave nothing or
    /// text was lost: an empty file, or one with no text, fails (exit status 1), as its
    /// `failed files` count in the summary says.
    public var severity: Diagnostic.Severity {
        switch reason {
        case .noMatches, .truncatedHTML, .invalidDate, .inReportFolder: .warning
        default: .error
        }
    }

    /// The message shown to users.
    public var message: String {
        switch reason {
        case .fileNotFound: "no such file or directory"
        case .permissionDenied: "permission denied"
        case .brokenSymbolicLink: "broken symbolic link"
        case .symbolicLinkLoop: "too many levels of symbolic links"
        case .directoryLoop: "directory loop: already visited through another path"
        case .unreadable(let code): "cannot read file (errno \(code))"
        case .notRegularFile: "not a regular file (a pipe, socket or device): skipped"
        case .lineTooLong(let limit): "line longer than \(limit / 1_048_576) MiB: no line breaks, not running text; skipped"
        case .noMatches(let pattern): "no files match '\(pattern)'"
        case .emptyRoot(let kept): "folder lists no files (a share not mounted?): the \(kept) files stored from it are kept"
        case .emptyFile: "empty file: nothing to read"
        case .binaryFile(let offset): "binary file (NUL byte at byte offset \(offset))"
        case .invalidEncoding(let offset):
            "not UTF-8, UTF-16 or GB18030: invalid byte sequence at byte offset \(offset)"
        case .unknownCharset(let name): "declared charset '\(name)' is not supported"
        case .malformedJSON(let detail): "malformed JSON line: \(detail)"
        case .missingField(let name): "JSON line has no string field '\(name)'"
        case .invalidDate(let written): "'\(written)' is no date (2021-06-15, 2021年6月15日): the article is read without one"
        case .truncatedHTML: "HTML page ends before </html>: read what was recovered"
        case .nestedTooDeep: "HTML elements nested more than 256 deep, more than libxml2 parses: the text after this line is lost"
        case .unparsableHTML: "HTML page could not be parsed"
        case .noText: "no text found"
        case .changedWhileRead: "the file changed while it was read: read again by the next run"
        case .sameNameAs(let other):
            "its name is that of \(other) in another Unicode normalisation (NFC or NFD), which tongji cannot tell apart: not read; rename one of them"
        case .inReportFolder: "in the run's report folder: tongji writes its reports there and never reads them"
        case .nameNotUTF8:
            "its name is not UTF-8 (shown with \\x before each byte that is not): not read; rename it, for a GBK name with `convmv -f gbk -t utf-8 --notest`"
        }
    }

    /// `path:line:col: error: message`, or `path: error: message` for a whole file.
    public var description: String { diagnostic.description }

    /// The diagnostic to put in a `DiagnosticLog`.
    public var diagnostic: Diagnostic { Diagnostic(severity, at: location, message) }
}
