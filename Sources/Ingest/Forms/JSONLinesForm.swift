import TongjiCore

/// Reads JSON Lines: one article per line with `title`, `text` and optional `id`, `date`,
/// `url`, `source`. A bad line is reported with its line number and the other lines are read.
struct JSONLinesForm {
    let file: String
    let diagnostics: DiagnosticLog

    func parse(_ bytes: [UInt8]) throws(IngestError) -> ParsedInput {
        try parse(try TextDecoder(file: file).decode(bytes), firstLine: 1)
    }

    /// The records of text already decoded, whose first line is `firstLine`: a part of a file
    /// read in parts.
    func parse(_ decoded: DecodedText, firstLine: Int) throws(IngestError) -> ParsedInput {
        var units: [InputUnit] = []
        for (offset, line) in decoded.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { !$0.properties.isWhitespace }) {
            do {
                units.append(try unit(fromLine: line, number: firstLine + offset))
            } catch {
                diagnostics.report(error.diagnostic)
            }
        }
        guard !units.isEmpty else { throw IngestError(.noText, file: file) }
        return ParsedInput(form: .jsonLines, encoding: decoded.encoding, units: units)
    }

    private func unit(fromLine line: Substring.UnicodeScalarView, number: Int) throws(IngestError) -> InputUnit {
        var scanner = JSONObjectScanner(line, file: file, line: number)
        let fields: [String: JSONObjectScanner.Value]
        do {
            fields = try scanner.object()
        } catch {
            throw IngestError(.malformedJSON(error.detail), at: SourceLocation(file: file, line: number, column: error.column))
        }
        guard case .string(let text)? = fields["text"] else {
            throw IngestError(.missingField("text"), at: SourceLocation(file: file, line: number, column: 1))
        }
        var blocks: [Block] = []
        if case .string(let title)? = fields["title"], !title.trimmed().isEmpty {
            blocks.append(Block(text: title.trimmed(), isMarkedHeading: true))
        }
        blocks += paragraphs(of: text).map { Block(text: $0) }
        let written = Self.string(fields["date"])
        let date = written.flatMap(DateScanner.firstDate(in:))
        if let written, date == nil, written.contains(where: { !$0.isWhitespace }) {
            diagnostics.report(IngestError(.invalidDate(written), at: SourceLocation(file: file, line: number, column: 1)).diagnostic)
        }
        return InputUnit(blocks: blocks, isSingleArticle: true, date: date, metadata: metadata(fields))
    }

    /// The `text` field split at its newlines, each paragraph trimmed.
    private func paragraphs(of text: MappedText) -> [MappedText] {
        var result: [MappedText] = []
        var start = 0
        for index in 0...text.count where index == text.count || text.scalars[index] == "\n" || text.scalars[index] == "\r" {
            let paragraph = text.slice(start..<index).trimmed()
            if !paragraph.isEmpty { result.append(paragraph) }
            start = index + 1
        }
        return result
    }

    private func metadata(_ fields: [String: JSONObjectScanner.Value]) -> [String: String] {
        var result: [String: String] = [:]
        for key in ["id", "url", "source"] {
            if let value = Self.string(fields[key]) { result[key] = value }
        }
        return result
    }

    private static func string(_ value: JSONObjectScanner.Value?) -> String? {
        switch value {
        case .string(let text): text.string
        case .scalar(let text) where text != "null": text
        default: nil
        }
    }
}
