#if canImport(Glibc)
import Glibc
#endif
import Extract
import TongjiCore

/// `tongji extract`: figures of plain-text inputs, line by line, written as they are found.
public struct ExtractJob {
    /// How figures are written.
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    public var paths: [String]
    public var format: Format
    public var includeNumbers: Bool

    public init(paths: [String], format: Format = .jsonl, includeNumbers: Bool = false) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.includeNumbers = includeNumbers
    }

    /// Extracts from every input in turn; an input that cannot be read is reported to
    /// `diagnostics` and the others are still processed.
    public func run(to sink: OutputSink, diagnostics: DiagnosticLog) {
        let extractor = FigureExtractor(options: .init(includeNumbers: includeNumbers))
        if format == .csv { sink.writeLine(FigureCSV.header) }
        for path in paths {
            let name = path == "-" ? "<stdin>" : path
            let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
            guard descriptor >= 0 else {
                diagnostics.report(Diagnostic(.error, at: SourceLocation(file: name, line: 0),
                                              "cannot open: \(String(cString: strerror(errno)))"))
                continue
            }
            defer { if descriptor != STDIN_FILENO { close(descriptor) } }
            extractLines(from: descriptor, name: name, extractor: extractor, sink: sink, diagnostics: diagnostics)
        }
        sink.flush()
    }

    private func extractLines(from descriptor: Int32, name: String, extractor: FigureExtractor,
                              sink: OutputSink, diagnostics: DiagnosticLog) {
        var reader = LineReader(descriptor: descriptor)
        var lineNumber = 0
        var scalars: [Unicode.Scalar] = []
        do {
            while let bytes = try reader.nextLine() {
                lineNumber += 1
                if let bad = UTF8Scalars.decode(bytes, into: &scalars) {
                    diagnostics.report(Diagnostic(.error, at: SourceLocation(file: name, line: lineNumber),
                                                  "byte \(bad + 1) is not valid UTF-8; line skipped"))
                    continue
                }
                let figures = extractor.figures(in: scalars)
                guard !figures.isEmpty else { continue }
                let line = String(decoding: bytes, as: UTF8.self)
                for figure in figures {
                    let record = FigureRecord(
                        figure: figure, location: SourceLocation(file: name, line: lineNumber, column: figure.start + 1),
                        sentence: line)
                    sink.writeLine(format == .csv ? FigureCSV.row(for: record) : FigureJSON.line(for: record))
                }
            }
        } catch let error as LineReader.ReadError {
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: name, line: lineNumber + 1),
                                          "read failed: \(error.message)"))
        } catch {
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: name, line: lineNumber + 1), "\(error)"))
        }
    }
}
