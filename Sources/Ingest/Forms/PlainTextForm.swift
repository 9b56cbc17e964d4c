import Glibc

/// Reads plain text: every non-empty line is a block (layout breaks are re-joined later).
struct PlainTextForm {
    let file: String

    /// Takes `bytes` over to free them before the lines are built.
    func parse(_ bytes: consuming [UInt8]) throws(IngestError) -> ParsedInput {
        // UTF-8 without a BOM, the usual case, is split into lines straight from the bytes, which
        // also validates them: no decoded copy of the file, no second pass.
        if Self.mayBePlainUTF8(bytes), let lines = bytes.withUnsafeBufferPointer({ TextNormaliser.lines(ofUTF8: $0, file: file) }) {
            return try parsed(lines, encoding: "UTF-8")
        }
        let decoded = try TextDecoder(file: file).decode(bytes)
        _ = consume bytes
        return try parsed(TextNormaliser.lines(of: decoded.text, file: file), encoding: decoded.encoding)
    }

    private func parsed(_ lines: [MappedText], encoding: String) throws(IngestError) -> ParsedInput {
        guard !lines.isEmpty else { throw IngestError(.noText, file: file) }
        return ParsedInput(form: .text, encoding: encoding, units: [InputUnit(blocks: lines.map { Block(text: $0) }, isSingleArticle: false)])
    }

    /// Bytes that `TextDecoder` would read as UTF-8 if they are valid: not empty, no byte order
    /// mark, no NUL byte.
    private static func mayBePlainUTF8(_ bytes: borrowing [UInt8]) -> Bool {
        guard !bytes.isEmpty, !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]),
              !bytes.starts(with: [0xFE, 0xFF]) else { return false }
        return bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) == nil } ?? false }
    }
}
