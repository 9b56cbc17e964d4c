import CLibXML2

/// Report bytes parsed back with libxml2's HTML parser, queried with XPath.
public final class ParsedHTML {
    private let doc: htmlDocPtr

    public init?(_ bytes: [UInt8]) {
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), "report.html", "UTF-8", options) }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// The text content of every node `xpath` selects (attributes give their value).
    public func texts(_ xpath: String) -> [String] {
        guard let context = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(context) }
        guard let result = xpath.withCString({ p in
            p.withMemoryRebound(to: xmlChar.self, capacity: xpath.utf8.count + 1) { xmlXPathEvalExpression($0, context) }
        }) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        return (0..<Int(set.pointee.nodeNr)).map { i in
            guard let content = xmlNodeGetContent(set.pointee.nodeTab[i]) else { return "" }
            defer { clibxml2_free(content) }
            return String(cString: content)
        }
    }

    public func count(_ xpath: String) -> Int { texts(xpath).count }
}
