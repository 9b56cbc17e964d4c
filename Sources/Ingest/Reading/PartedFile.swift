import Glibc
import TongjiCore

/// A text or JSON Lines file larger than `IngestOptions.partBytes`, read as documents of whole
/// articles, one part at a time, so that memory does not grow with the size of one file.
///
/// The whole file is read once first, a megabyte at a time, for what must be known before the
/// first part: its content hash, its encoding (UTF-8 or GB18030, for every part alike) and the
/// errors that would stop it (a NUL byte, bytes valid in neither encoding, a line too long).
/// Parts are then cut at line breaks, which neither encoding uses inside a character. A file
/// starting with a UTF-16 byte order mark is read whole.
struct PartedFile {
    private enum Encoding {
        case utf8(byteOrderMark: Bool)
        case gb18030
    }

    private enum Form {
        case text, jsonLines
    }

    let path: String
    private let descriptor: Int32
    private let size: Int
    private let hash: UInt64
    private let encoding: Encoding
    private let form: Form
    private let options: IngestOptions
    /// Where the next part starts: its byte offset, its line number and the articles before it.
    private var offset = 0
    private var line = 1
    private var articles = 0
    private var index = 0
    /// True once a part had text: a file with none fails as read whole.
    private var hasText = false
    /// The file is cut near `k × size / plannedParts`, k = 1 … plannedParts − 1: the fewest parts
    /// of about `partBytes` at most, of even length. A file of 9.4 MB read as 8 MiB and then 1 MB
    /// kept a core idle in `tongji run`, which saves parts in order, while the short part waited
    /// for the long one. Planned once, not from what is left after each part: a part ends before
    /// its cut (its last articles start the next) and may grow past the next (one too short to
    /// cut), and a file just under two parts long could then come out as three.
    private let plannedParts: Int
    /// The planned cut the next part ends at.
    private var nextCut = 1

    /// Opens `path` to read in parts, or nil when it is to be read whole: another form, a file
    /// that is small, or one that cannot be opened (reading it whole reports why).
    static func open(_ path: String, form extension: String, options: IngestOptions) throws(IngestError) -> PartedFile? {
        let form: Form
        switch `extension` {
        case "html", "htm", "xhtml": return nil
        case "jsonl", "ndjson": form = .jsonLines
        default: form = .text
        }
        precondition(options.partBytes > 0, "parts of at least one byte")
        guard path != FileReader.standardInputName else { return nil }
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > options.partBytes else {
            Glibc.close(descriptor)
            return nil
        }
        do {
            let first = try read(descriptor, 0..<2, path: path)
            if first == [0xFF, 0xFE] || first == [0xFE, 0xFF] {  // UTF-16: line feeds stand inside characters
                Glibc.close(descriptor)
                return nil
            }
            return try PartedFile(path: path, descriptor: descriptor, size: Int(info.st_size), form: form, options: options)
        } catch {
            Glibc.close(descriptor)
            throw error
        }
    }

    private init(path: String, descriptor: Int32, size: Int, form: Form, options: IngestOptions) throws(IngestError) {
        self.path = path
        self.descriptor = descriptor
        self.size = size
        self.form = form
        self.options = options
        plannedParts = (size + options.partBytes - 1) / options.partBytes
        let hasByteOrderMark = size >= 3 ? try Self.read(descriptor, 0..<3, path: path) == [0xEF, 0xBB, 0xBF] : false
        let scan = try Self.scan(descriptor, size: size, path: path, options: options, skippingByteOrderMark: hasByteOrderMark)
        // In the order, and with the offsets, of reading the file whole (`TextDecoder`): a file
        // marked UTF-8 must be UTF-8, and its NUL is counted in code points after the mark.
        if hasByteOrderMark {
            if let invalid = scan.firstInvalidUTF8 { throw IngestError(.invalidEncoding(byteOffset: invalid), file: path) }
            if let nul = scan.firstNULCodePoint { throw IngestError(.binaryFile(byteOffset: nul), file: path) }
            encoding = .utf8(byteOrderMark: true)
        } else {
            if let nul = scan.firstNUL { throw IngestError(.binaryFile(byteOffset: nul), file: path) }
            if let invalid = scan.firstInvalidUTF8 {
                try Self.checkGB18030(descriptor, size: size, path: path, options: options, invalidUTF8: invalid)
                encoding = .gb18030
            } else {
                encoding = .utf8(byteOrderMark: false)
            }
        }
        hash = options.hashesContent ? scan.hash : 0
    }

    /// Closes the file; call once its last part is read or reading stops.
    func close() {
        Glibc.close(descriptor)
    }

    /// The next part, whose reprints `duplicates` marks; nil after the last.
    mutating func next(assembler: DocumentAssembler, diagnostics: DiagnosticLog,
                       duplicates: inout DuplicateIndex) throws(IngestError) -> Document? {
        guard offset < size else { return nil }
        while nextCut < plannedParts && nextCut * size / plannedParts <= offset { nextCut += 1 }
        var length = (nextCut < plannedParts ? nextCut * size / plannedParts : size) - offset
        var more = size / plannedParts
        var passed = 0  // bytes of parts with no text, counted with this one
        while true {
            let bytes = try readPart(atLeast: length)
            let isLast = offset + bytes.count == size
            let decoded = try decode(bytes)
            let parsed: ParsedInput?
            do {
                switch form {
                case .text: parsed = try PlainTextForm(file: path).parse(decoded, firstLine: line)
                case .jsonLines: parsed = try JSONLinesForm(file: path, diagnostics: diagnostics).parse(decoded, firstLine: line)
                }
            } catch let error where error.reason == .noText {
                parsed = nil
            }
            var document: Document
            var restartLine: Int?
            if let parsed {
                guard let part = assembler.document(from: parsed, file: path, articlesBefore: articles,
                                                    cutting: !isLast && form == .text, duplicates: &duplicates) else {
                    // The part holds too few articles to cut: read on past it, twice as far
                    // each time, so that a file of one long article is parsed about twice.
                    length = bytes.count + more
                    more *= 2
                    continue
                }
                (document, restartLine) = part
                hasText = true
            } else if isLast {
                // Only white space (or malformed records) to the end: a last part with no
                // articles, unless the whole file had no text.
                guard hasText else { throw IngestError(.noText, file: path) }
                document = Document(file: path, form: form == .text ? .text : .jsonLines, encoding: encodingName, articles: [])
            } else {
                passed += advance(over: bytes, to: nil)  // a part with no text gives no document
                continue
            }
            document.contentHash = hash
            document.byteCount = size
            document.part = Document.Part(index: index, isLast: isLast, byteCount: passed + advance(over: bytes, to: restartLine))
            articles += document.articles.count
            index += 1
            nextCut += 1
            return document
        }
    }

    /// Moves past the part just read, `bytes`, or to its line `restartLine`; returns the bytes
    /// passed. Lines are counted as the form counts them: a text file's at CR, LF or CRLF, a
    /// JSON Lines file's at LF.
    private mutating func advance(over bytes: [UInt8], to restartLine: Int?) -> Int {
        let (consumed, nextLine) = bytes.withUnsafeBufferPointer { buffer in
            if let restartLine { return (TextNormaliser.offset(ofLine: restartLine, in: buffer, firstLine: line), restartLine) }
            return (buffer.count, line + (form == .text ? TextNormaliser.lineCount(in: buffer) : buffer.count { $0 == 0x0A }))
        }
        offset += consumed
        line = nextLine
        return consumed
    }

    private var encodingName: String {
        switch encoding {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        }
    }

    /// At least `length` bytes from `offset`, to the end of a line, or the rest of the file.
    private func readPart(atLeast length: Int) throws(IngestError) -> [UInt8] {
        guard offset + length < size else { return try Self.read(descriptor, offset..<size, path: path) }
        // Lines are at most `maximumLineBytes` long (the scan saw to it): a line break follows.
        var bytes = try Self.read(descriptor, offset..<min(size, offset + length + options.maximumLineBytes + 1), path: path)
        let end = bytes.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress! + length - 1, 0x0A, buffer.count - length + 1).map {
                UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer($0)) + 1
            } ?? buffer.count
        }
        bytes.removeSubrange(end...)
        return bytes
    }

    private func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
        switch encoding {
        case .utf8(let byteOrderMark):
            let skipped = byteOrderMark && offset == 0 ? 3 : 0
            guard let text = bytes.withUnsafeBufferPointer({ UTF8Validation.string(validating: UnsafeBufferPointer(rebasing: $0[skipped...])) }) else {
                throw IngestError(.changedWhileRead, file: path)
            }
            return DecodedText(text: text, encoding: "UTF-8")
        case .gb18030:
            do {
                return DecodedText(text: try IconvDecoder(encoding: "GB18030").decode(bytes), encoding: "GB18030")
            } catch {
                throw IngestError(.changedWhileRead, file: path)
            }
        }
    }

    // MARK: - The first reading

    private struct Scan {
        var hash: UInt64 = ContentHash.initial
        var firstNUL: Int?
        var firstInvalidUTF8: Int?
        /// After a byte order mark: the code points before the first NUL, and before the run
        /// being read while there is none.
        var firstNULCodePoint: Int?
        var codePoints = 0
    }

    private static func scan(_ descriptor: Int32, size: Int, path: String, options: IngestOptions,
                             skippingByteOrderMark: Bool) throws(IngestError) -> Scan {
        var scan = Scan()
        try forEachRun(descriptor, size: size, path: path, options: options) { run, start in
            if options.hashesContent { scan.hash = ContentHash.adding(run, to: scan.hash) }
            let skipped = skippingByteOrderMark && start == 0 ? 3 : 0
            if scan.firstNUL == nil {
                let nul = memchr(run.baseAddress!, 0, run.count).map { UnsafeRawPointer(run.baseAddress!).distance(to: UnsafeRawPointer($0)) }
                if skippingByteOrderMark {
                    scan.codePoints += codePointCount(in: UnsafeBufferPointer(rebasing: run[skipped..<(nul ?? run.count)]))
                    if nul != nil { scan.firstNULCodePoint = scan.codePoints }
                }
                scan.firstNUL = nul.map { start + $0 }
            }
            let checked = UnsafeBufferPointer(rebasing: run[skipped...])
            if scan.firstInvalidUTF8 == nil, !UTF8Validation.isWellFormed(checked) {
                scan.firstInvalidUTF8 = start + skipped + TextDecoder.firstInvalidUTF8Offset(checked)
            }
        }
        return scan
    }

    /// The code points that start in `bytes`: every byte but UTF-8's continuation bytes.
    private static func codePointCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count { $0 & 0xC0 != 0x80 }
    }

    /// Bytes that are not UTF-8 must all be GB18030; the error names the likelier encoding's
    /// first bad byte, as reading the file whole does.
    private static func checkGB18030(_ descriptor: Int32, size: Int, path: String, options: IngestOptions,
                                     invalidUTF8: Int) throws(IngestError) {
        var failure: Int?
        try forEachRun(descriptor, size: size, path: path, options: options) { run, start in
            guard failure == nil else { return }
            do throws(IconvDecoder.Failure) {
                _ = try IconvDecoder(encoding: "GB18030").decode(Array(run))
            } catch {
                if case .invalidByte(let offset) = error { failure = start + offset } else { failure = start }
            }
        }
        if let failure { throw IngestError(.invalidEncoding(byteOffset: max(failure, invalidUTF8)), file: path) }
    }

    /// Calls `body` with the whole file in runs of whole lines, a megabyte or so each, and the
    /// byte offset of each; a line longer than `maximumLineBytes` (bytes between line feeds,
    /// as reading the file whole counts them) stops it with the error that reading gives.
    private static func forEachRun(_ descriptor: Int32, size: Int, path: String, options: IngestOptions,
                                   _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) throws(IngestError) {
        let chunk = 1 << 20
        var pending: [UInt8] = []
        var start = 0, position = 0, line = 1
        while position < size {
            pending += try read(descriptor, position..<min(size, position + chunk), path: path)
            position = min(size, position + chunk)
            let runEnd = try pending.withUnsafeBufferPointer { buffer throws(IngestError) -> Int in
                var index = 0
                while index < buffer.count {
                    let found = memchr(buffer.baseAddress! + index, 0x0A, buffer.count - index)
                    let end = found.map { UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer($0)) } ?? buffer.count
                    guard end - index <= options.maximumLineBytes else {
                        throw IngestError(.lineTooLong(limit: options.maximumLineBytes), at: SourceLocation(file: path, line: line, column: 1))
                    }
                    guard found != nil else { break }
                    line += 1
                    index = end + 1
                }
                let runEnd = position == size ? buffer.count : index
                // None yet when a first megabyte holds no line break.
                if runEnd > 0 { body(UnsafeBufferPointer(rebasing: buffer[..<runEnd]), start) }
                return runEnd
            }
            start += runEnd
            pending.removeSubrange(..<runEnd)
        }
    }

    /// The bytes of `range`, read into room left as the allocator gives it: clearing it first
    /// cost 2 % of extracting a file read in parts.
    private static func read(_ descriptor: Int32, _ range: Range<Int>, path: String) throws(IngestError) -> [UInt8] {
        var failure: IngestError?
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            while initialized < range.count {
                let count = pread(descriptor, buffer.baseAddress! + initialized, range.count - initialized,
                                  off_t(range.lowerBound + initialized))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    // Shorter than it was when the file was opened: it changed.
                    failure = IngestError(count < 0 ? .unreadable(errno: errno) : .changedWhileRead, file: path)
                    return
                }
                initialized += count
            }
        }
        if let failure { throw failure }
        return bytes
    }
}
