#if canImport(Glibc)
import Glibc
#endif
import Extract
import Ingest
import TongjiCore

/// Figures of standard input, read line by line and written before the next line is read:
/// memory stays flat however long the stream. A line holding a JSON object is one article of
/// JSON Lines (`title`, `text`); any other line is a paragraph of plain text.
struct StreamExtraction {
    static let name = "-"

    let extractor: FigureExtractor
    let ingester: Ingester

    func run(diagnostics: DiagnosticLog, write: (FigureRecord) -> Void) {
        var reader = LineReader(descriptor: STDIN_FILENO)
        var lineNumber = 0
        var article = 0
        var scalars: [Unicode.Scalar] = []
        do {
            while let bytes = try reader.nextLine() {
                lineNumber += 1
                if bytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") {
                    article += 1
                    jsonArticle(Array(bytes), line: lineNumber, article: article, diagnostics: diagnostics, write: write)
                } else if let bad = UTF8Scalars.decode(bytes, into: &scalars) {
                    diagnostics.report(Diagnostic(.error, at: SourceLocation(file: Self.name, line: lineNumber),
                                                  "byte \(bad + 1) is not valid UTF-8; line skipped"))
                } else {
                    for figure in extractor.figures(in: scalars) {
                        write(FigureRecord(
                            figure: figure,
                            location: SourceLocation(file: Self.name, line: lineNumber, column: figure.start + 1),
                            article: max(article, 1), sentence: Self.sentence(around: figure, in: scalars)))
                    }
                }
            }
        } catch {
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: Self.name, line: lineNumber + 1),
                                          "read failed: \(error.message)"))
        }
    }

    /// One JSON Lines article read through the ingest stage, its places moved to `line` of the stream.
    private func jsonArticle(_ bytes: [UInt8], line: Int, article: Int, diagnostics: DiagnosticLog,
                             write: (FigureRecord) -> Void) {
        do {
            let document = try ingester.document(fromBytes: bytes, name: Self.name + ".jsonl")
            for var record in DocumentFigures.records(in: document, extractor: extractor) {
                record.location = SourceLocation(file: Self.name, line: line, column: record.location.column)
                record.article = article
                write(record)
            }
        } catch {
            var diagnostic = error.diagnostic
            diagnostic.location = SourceLocation(file: Self.name, line: line, column: error.location.column)
            diagnostics.report(diagnostic)
        }
    }

    /// The sentence of `line` that holds the figure: from after the previous 。！？； to the next.
    static func sentence(around figure: Figure, in line: [Unicode.Scalar]) -> String {
        var start = figure.start
        while start > 0, !isSentenceEnd(line[start - 1]) { start -= 1 }
        var end = figure.start + figure.length
        while end < line.count, !isSentenceEnd(line[end]) { end += 1 }
        if end < line.count { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line[start..<end].drop { $0.properties.isWhitespace })
        return String(view)
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "；" || scalar == "!" || scalar == "?"
    }
}
