import CLibXML2
import TongjiCore

/// Reads an HTML page with libxml2's HTML parser: the title, headings and paragraphs are kept;
/// scripts, styles, navigation, headers, footers and asides are dropped. Each `<article>`
/// element is an article of its own; a page without them is segmented like plain text.
struct HTMLForm {
    let file: String
    let diagnostics: DiagnosticLog

    func parse(_ bytes: [UInt8]) throws(IngestError) -> ParsedInput {
        let decoded = try TextDecoder(file: file).decode(bytes, declaredCharset: CharsetSniffer.declaredCharset(in: bytes))
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NONET.rawValue
                            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOWARNING.rawValue)
        // A parser context of its own, kept after the parse for what stopped it.
        guard let context = htmlNewParserCtxt() else { throw IngestError(.unparsableHTML, file: file) }
        defer { htmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), file, decoded.encoding, options)
            }
        }
        guard let document else { throw IngestError(.unparsableHTML, file: file) }
        defer { xmlFreeDoc(document) }
        var walker = HTMLTreeWalker(file: file, locator: HTMLSourceLocator(source: decoded.text))
        walker.walk(xmlDocGetRootElement(document))
        if let line = Self.lineWhereNestingStopped(context) {
            diagnostics.report(IngestError(.nestedTooDeep, at: SourceLocation(file: file, line: line, column: 1)).diagnostic)
        } else {
            reportTruncation(of: decoded.text)
        }
        let units = walker.units()
        guard units.contains(where: { !$0.blocks.isEmpty }) else { throw IngestError(.noText, file: file) }
        return ParsedInput(form: .html, encoding: decoded.encoding, units: units)
    }

    /// The line at which libxml2 stopped a page nested deeper than it allows (256 elements), or
    /// nil: it keeps what came before and drops the rest without a word, even when recovering.
    private static func lineWhereNestingStopped(_ context: htmlParserCtxtPtr) -> Int? {
        let error = context.pointee.lastError
        guard error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), let message = error.message,
              String(cString: message).hasPrefix("Excessive depth") else { return nil }
        return Int(error.line)
    }

    /// libxml2 recovers a cut-off page silently; say so, since its end may be missing.
    private func reportTruncation(of source: String) {
        guard !source.lowercased().contains("</html>") else { return }
        let lineCount = source.reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
        diagnostics.report(IngestError(.truncatedHTML, at: SourceLocation(file: file, line: lineCount, column: 1)).diagnostic)
    }
}

/// Finds the charset an HTML page declares (`<meta charset=…>` or the `http-equiv` form) in its first 2 KB.
enum CharsetSniffer {
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(2048).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let key = Array("charset=".utf8)
        guard let start = head.indices.first(where: { head[$0...].starts(with: key) }) else { return nil }
        var index = start + key.count
        while index < head.count, head[index] == 34 || head[index] == 39 || head[index] == 32 { index += 1 }
        let label = head[index...].prefix { $0 == 45 || $0 == 95 || (48...57).contains($0) || (97...122).contains($0) }
        return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
    }
}
