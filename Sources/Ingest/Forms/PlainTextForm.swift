/// Reads plain text: every non-empty line is a block (layout breaks are re-joined later).
struct PlainTextForm {
    let file: String

    /// Takes `bytes` over to free them before the lines are built.
    func parse(_ bytes: consuming [UInt8]) throws(IngestError) -> ParsedInput {
        let decoded = try TextDecoder(file: file).decode(bytes)
        _ = consume bytes
        return try parse(decoded, firstLine: 1)
    }

    /// The blocks of text already decoded, whose first line is `firstLine`: a part of a file
    /// read in parts.
    func parse(_ decoded: consuming DecodedText, firstLine: Int) throws(IngestError) -> ParsedInput {
        let blocks = TextNormaliser.lines(of: decoded.text, file: file, firstLine: firstLine) { Block(text: $0) }
        guard !blocks.isEmpty else { throw IngestError(.noText, file: file) }
        return ParsedInput(form: .text, encoding: decoded.encoding, units: [InputUnit(blocks: blocks, isSingleArticle: false)])
    }
}
