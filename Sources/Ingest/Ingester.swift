import Glibc
import TongjiCore

/// The ingest stage: reads files of any common form into documents of articles, paragraphs
/// and sentences. It never prints; problems go to the `DiagnosticLog` passed in.
public struct Ingester: Sendable {
    /// The settings in use.
    public let options: IngestOptions

    /// An ingester with the given settings.
    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Reads every input under `paths` (files, directories, glob patterns, `-` for standard
    /// input). Inputs that cannot be read are reported and skipped.
    public func read(paths: [String], diagnostics: DiagnosticLog) -> [Document] {
        Array(documents(paths: paths, diagnostics: diagnostics))
    }

    /// The documents under `paths`, read one at a time as the sequence is iterated, so a large
    /// corpus is never held in memory at once. Repeats are detected across the whole sequence.
    public func documents(paths: [String], diagnostics: DiagnosticLog) -> DocumentSequence {
        DocumentSequence(ingester: self, paths: paths, diagnostics: diagnostics)
    }

    /// Reads one input from memory; its form comes from the extension of `name`.
    public func document(fromBytes bytes: [UInt8], name: String,
                         diagnostics: DiagnosticLog = DiagnosticLog()) throws(IngestError) -> Document {
        var duplicates = DuplicateIndex()
        return try document(fromBytes: bytes, name: name, diagnostics: diagnostics, duplicates: &duplicates)
    }

    /// The documents of the input at `path`, read as they are asked for: one, or one for each
    /// part of a large text or JSON Lines file (`IngestOptions.partBytes`, `Document.part`).
    public func parts(of path: String, diagnostics: DiagnosticLog) -> DocumentParts {
        DocumentParts(ingester: self, path: path, diagnostics: diagnostics)
    }

    /// Reads the input at `path` (`-` for standard input) whole, marking the text that repeats
    /// what `duplicates` has seen; nil, with the reason in `diagnostics`, when it cannot be read.
    public func document(at path: String, diagnostics: DiagnosticLog, duplicates: inout DuplicateIndex) -> Document? {
        do {
            return try document(fromBytes: FileReader.read(path), name: path, diagnostics: diagnostics, duplicates: &duplicates)
        } catch {
            diagnostics.report(error.diagnostic)
            return nil
        }
    }

    /// Takes `bytes` over so that plain text can free them once decoded.
    func document(fromBytes bytes: consuming [UInt8], name: String, diagnostics: DiagnosticLog,
                  duplicates: inout DuplicateIndex) throws(IngestError) -> Document {
        let hash = options.hashesContent ? ContentHash.of(bytes) : 0, byteCount = bytes.count
        let form = Self.fileExtension(of: name)
        if !["html", "htm", "xhtml"].contains(form), let line = Self.firstLine(in: bytes, longerThan: options.maximumLineBytes) {
            throw IngestError(.lineTooLong(limit: options.maximumLineBytes), at: SourceLocation(file: name, line: line, column: 1))
        }
        let parsed: ParsedInput
        switch form {
        case "html", "htm", "xhtml": parsed = try HTMLForm(file: name, diagnostics: diagnostics).parse(bytes)
        case "jsonl", "ndjson": parsed = try JSONLinesForm(file: name, diagnostics: diagnostics).parse(bytes)
        default: parsed = try PlainTextForm(file: name).parse(consume bytes)
        }
        var document = DocumentAssembler(options: options).document(from: consume parsed, file: name, duplicates: &duplicates)
        document.contentHash = hash
        document.byteCount = byteCount
        document.part.byteCount = byteCount
        return document
    }

    /// The files `paths` name (directories walked, patterns matched), in the order they would
    /// be read; names that match nothing are reported, and so is a root that cannot be found (a
    /// path given, or the folder a pattern starts from).
    public func inputs(paths: [String], diagnostics: DiagnosticLog) -> [String] {
        inputs(paths: paths, diagnostics: diagnostics) { _ in [] }.files
    }

    /// The same, where `inPlaceOfMissing(folder)` gives the files that stand for a root that
    /// cannot be found, a root folder with nothing in it or a folder that cannot be listed (a run
    /// keeps the files it stored), and no file in the folders `excluding` is read (a run's
    /// reports, when they are written into an input folder).
    public func inputs(paths: [String], diagnostics: DiagnosticLog, excluding: [String] = [],
                       inPlaceOfMissing: (String) -> [String]) -> ExpandedInputs {
        PathExpander(options: options, diagnostics: diagnostics, excluding: excluding)
            .expand(paths, inPlaceOfMissing: inPlaceOfMissing)
    }

    /// The 1-based number of the first line longer than `limit` bytes, or nil.
    private static func firstLine(in bytes: borrowing [UInt8], longerThan limit: Int) -> Int? {
        guard bytes.count > limit else { return nil }
        return bytes.withUnsafeBytes { buffer in
            // memchr, not a loop over the bytes: it looks at 32 of them at a time.
            var line = 1, start = 0
            while let found = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) {
                let index = buffer.baseAddress!.distance(to: UnsafeRawPointer(found))
                if index - start > limit { return line }
                line += 1
                start = index + 1
            }
            return buffer.count - start > limit ? line : nil
        }
    }

    static func fileExtension(of name: String) -> String {
        let last = name.split(separator: "/").last ?? Substring(name)
        guard let dot = last.lastIndex(of: ".") else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }
}
