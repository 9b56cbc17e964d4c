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
    private var hasText = false

    /// Opens `path` to read in parts, or nil when it is to be read whole: another form, a file
    /// that is small, or one that cannot be opened (reading it whole reports why).
    static func open(_ path: String, form extension: String, options: IngestOptions) throws(IngestError) -> PartedFile? {
        let form: Form
        switch `extension` {
        case "html", "htm", "xhtml": return nil
        case "jsonl", "ndjson": form = .jsonLines
        default: form = .text
        }
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
        let hasByteOrderMark = try Self.read(descriptor, 0..<3, path: path) == [0xEF, 0xBB, 0xBF]
        let scan = try Self.scan(descriptor, size: size, path: path, options: options, skippingByteOrderMark: hasByteOrderMark)
        if let nul = scan.firstNUL { throw IngestError(.binaryFile(byteOffset: nul), file: path) }
        if let invalid = scan.firstInvalidUTF8 {
            if hasByteOrderMark { throw IngestError(.invalidEncoding(byteOffset: invalid), file: path) }
            try Self.checkGB18030(descriptor, size: size, path: path, options: options, invalidUTF8: invalid)
            encoding = .gb18030
        } else {
            encoding = .utf8(byteOrderMark: hasByteOrderMark)
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
        var length = options.partBytes
        while true {
            let bytes = try partBytes(length: length)
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
            if parsed == nil, isLast, !hasText { throw IngestError(.noText, file: path) }
            let cutting = !isLast && form == .text
            let part: (document: Document, restartLine: Int?)?
            if let parsed {
                part = assembler.document(from: parsed, file: path, articlesBefore: articles, cutting: cutting,
                                          duplicates: &duplicates)
            } else {
                part = (Document(file: path, form: form == .text ? .text : .jsonLines, encoding: encodingName, articles: []), nil)
            }
            guard let part else {
                length *= 2  // one article fills the part: read on to its end
                continue
            }
            var document = part.document
            let restartLine = part.restartLine
            let consumed = restartLine.map { restart in
                bytes.withUnsafeBufferPointer { TextNormaliser.offset(ofLine: restart, in: $0, firstLine: line) }
            } ?? bytes.count
            line = restartLine ?? line + bytes.count(where: { $0 == 0x0A })
            document.contentHash = hash
            document.byteCount = size
            document.part = Document.Part(index: index, isLast: isLast, byteCount: consumed)
            offset += consumed
            articles += document.articles.count
            index += 1
            hasText = hasText || parsed != nil
            return document
        }
    }

    private var encodingName: String {
        switch encoding {
        case .utf8: "UTF-8"
        case .gb18030: "GB18030"
        }
    }

    /// At least `length` bytes from `offset`, to the end of a line, or the rest of the file.
    private func partBytes(length: Int) throws(IngestError) -> [UInt8] {
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
                throw IngestError(.unreadable(errno: EIO), file: path)  // the file changed since it was checked
            }
            return DecodedText(text: text, encoding: "UTF-8")
        case .gb18030:
            do {
                return DecodedText(text: try IconvDecoder(encoding: "GB18030").decode(bytes), encoding: "GB18030")
            } catch {
                throw IngestError(.unreadable(errno: EIO), file: path)
            }
        }
    }

    // MARK: - The first reading

    private struct Scan {
        var hash: UInt64 = ContentHash.initial
        var firstNUL: Int?
        var firstInvalidUTF8: Int?
    }

    private static func scan(_ descriptor: Int32, size: Int, path: String, options: IngestOptions,
                             skippingByteOrderMark: Bool) throws(IngestError) -> Scan {
        var scan = Scan()
        try forEachRun(descriptor, size: size, path: path, options: options) { run, start in
            if options.hashesContent { scan.hash = ContentHash.adding(run, to: scan.hash) }
            if scan.firstNUL == nil, let nul = memchr(run.baseAddress!, 0, run.count) {
                scan.firstNUL = start + UnsafeRawPointer(run.baseAddress!).distance(to: UnsafeRawPointer(nul))
            }
            let skipped = skippingByteOrderMark && start == 0 ? 3 : 0
            let checked = UnsafeBufferPointer(rebasing: run[skipped...])
            if scan.firstInvalidUTF8 == nil, !UTF8Validation.isWellFormed(checked) {
                scan.firstInvalidUTF8 = start + skipped + firstInvalidUTF8Offset(in: checked)
            }
        }
        return scan
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
                body(UnsafeBufferPointer(rebasing: buffer[..<runEnd]), start)
                return runEnd
            }
            start += runEnd
            pending.removeSubrange(..<runEnd)
        }
    }

    private static func read(_ descriptor: Int32, _ range: Range<Int>, path: String) throws(IngestError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw IngestError(.unreadable(errno: count < 0 ? errno : EIO), file: path) }
            done += count
        }
        return bytes
    }

    private static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var iterator = bytes.makeIterator(), decoder = UTF8(), offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return offset
    }
}
