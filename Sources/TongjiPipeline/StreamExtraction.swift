#if canImport(Glibc)
import Glibc
#endif
import Ingest
import Normalise
import TongjiCore

/// Figures of standard input, read line by line and written before the next line is read:
/// memory stays flat however long the stream. A line holding a JSON object is one article of
/// JSON Lines (`title`, `text`); any other line is a paragraph of plain text, normalised as an
/// article of its own.
struct StreamExtraction {
    static let name = "-"

    let stages: DocumentFigures
    let ingester: Ingester

    /// `rowsWritten` counts the rows of the whole output, which `part_of` numbers; each record
    /// written adds one.
    func run(rowsWritten: inout Int, diagnostics: DiagnosticLog, write: (NormalisedRecord) -> Void) {
        func written(_ record: NormalisedRecord) {
            write(record)
            rowsWritten += 1
        }
        var reader = LineReader(descriptor: STDIN_FILENO, maximumLength: ingester.options.maximumLineBytes)
        var lineNumber = 0
        var article = 0
        var scalars: [Unicode.Scalar] = []
        do {
            while let line = try reader.nextLine() {
                lineNumber += 1
                guard case .text(var bytes) = line else {
                    let error = IngestError(.lineTooLong(limit: ingester.options.maximumLineBytes),
                                            at: SourceLocation(file: Self.name, line: lineNumber, column: 1))
                    diagnostics.report(error.diagnostic)
                    continue
                }
                // A byte order mark is no part of the text (columns count from after it).
                if lineNumber == 1, bytes.starts(with: Self.byteOrderMark) { bytes = bytes.dropFirst(Self.byteOrderMark.count) }
                if let nul = bytes.firstIndex(of: 0) {
                    diagnostics.report(Diagnostic(.error, at: SourceLocation(file: Self.name, line: lineNumber),
                                                  "binary data (NUL byte at byte \(nul - bytes.startIndex + 1) of the line); line skipped"))
                } else if bytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") {
                    article += 1
                    jsonArticle(Array(bytes), line: lineNumber, article: article, firstRow: rowsWritten,
                                diagnostics: diagnostics, write: written)
                } else {
                    if let bad = UTF8Scalars.decode(bytes, into: &scalars) {
                        // Not UTF-8: GB18030, as a file would be read, or an error naming the byte.
                        switch StreamLineDecoding.gb18030(bytes) {
                        case .success(let text):
                            scalars = Array(text.unicodeScalars)
                        case .failure(let invalid):
                            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: Self.name, line: lineNumber),
                                                          "byte \(max(bad, invalid.offset) + 1) is neither UTF-8 nor GB18030; line skipped"))
                            continue
                        }
                    }
                    plainLine(scalars, line: lineNumber, article: max(article, 1), firstRow: rowsWritten, write: written)
                }
            }
        } catch {
            diagnostics.report(Diagnostic(.error, at: SourceLocation(file: Self.name, line: lineNumber + 1),
                                          "read failed: \(error.message)"))
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The figures of one plain line, each normalised within its sentence of the line; the first
    /// is row `firstRow` of the output.
    private func plainLine(_ line: [Unicode.Scalar], line number: Int, article: Int, firstRow: Int,
                           write: (NormalisedRecord) -> Void) {
        let figures = stages.extractor.figures(in: line)
        guard !figures.isEmpty else { return }
        let bounds = Self.sentenceBounds(in: line)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(line[range])) }
        var found: [SentenceFigure] = []
        for figure in figures {
            let index = bounds.firstIndex { $0.contains(figure.start) } ?? bounds.count - 1
            var local = figure
            local.start -= bounds[index].lowerBound
            found.append(SentenceFigure(figure: local, sentence: index))
        }
        let meanings = stages.normaliser.meanings(of: found, in: ArticleText(title: "", sentences: bounds.map(text)))
        for ((figure, sentence), var meaning) in zip(zip(figures, found), meanings) {
            let record = FigureRecord(
                figure: sentence.figure, location: SourceLocation(file: Self.name, line: number, column: figure.start + 1),
                article: article, sentence: text(bounds[sentence.sentence]))
            // The total's place among the line's figures, made a row of the output as
            // `DocumentFigures` makes it.
            let partOf = meaning.partOf.map { firstRow + $0 }
            meaning.partOf = nil
            write(NormalisedRecord(record: record, meaning: meaning, partOf: partOf))
        }
    }

    /// One JSON Lines article read through the ingest stage, its places moved to `line` of the
    /// stream; its first figure is row `firstRow` of the output.
    private func jsonArticle(_ bytes: [UInt8], line: Int, article: Int, firstRow: Int, diagnostics: DiagnosticLog,
                             write: (NormalisedRecord) -> Void) {
        // What the JSON Lines reader says of the line (malformed JSON, no `text`), moved to
        // the stream's line: it read the line as line 1 of a file of its own.
        let said = DiagnosticLog()
        func report(_ diagnostic: Diagnostic) {
            var diagnostic = diagnostic
            diagnostic.location = SourceLocation(file: Self.name, line: line, column: diagnostic.location.column)
            diagnostics.report(diagnostic)
        }
        let document: Document
        do {
            document = try ingester.document(fromBytes: bytes, name: Self.name + ".jsonl", diagnostics: said)
        } catch {
            said.all.forEach(report)
            // A line that is no article has been said why already; "no text found" would add nothing.
            if case .noText = error.reason, said.hasErrors { return }
            return report(error.diagnostic)
        }
        said.all.forEach(report)
        for var figure in stages.records(in: document, firstID: firstRow) {
            figure.record.location = SourceLocation(file: Self.name, line: line, column: figure.record.location.column)
            figure.record.article = article
            write(figure)
        }
    }

    /// The sentences of a line: each ends after 。！？；!? or at the end of the line; leading
    /// white space is left out.
    static func sentenceBounds(in line: [Unicode.Scalar]) -> [Range<Int>] {
        var bounds: [Range<Int>] = []
        var start = 0
        for (i, scalar) in line.enumerated() where isSentenceEnd(scalar) {
            bounds.append(start..<(i + 1))
            start = i + 1
        }
        if start < line.count || bounds.isEmpty { bounds.append(start..<line.count) }
        return bounds.map { range in
            var lower = range.lowerBound
            while lower < range.upperBound - 1, line[lower].properties.isWhitespace { lower += 1 }
            return lower..<range.upperBound
        }
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "；" || scalar == "!" || scalar == "?"
    }
}
