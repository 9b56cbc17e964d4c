import CLibXML2
import TongjiCore

/// Collects the blocks, title and date of a parsed HTML tree. libxml2 pointers never leave
/// the `walk` call; only Swift values are kept.
struct HTMLTreeWalker {
    private static let dropped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form"]
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let dateMetaNames: Set<String> = ["publishdate", "pubdate", "publish_date", "date", "dc.date",
                                                     "article:published_time", "og:published_time", "dc.date.issued"]

    let file: String
    var locator: HTMLSourceLocator
    private var pageBlocks: [Block] = []
    private var articleUnits: [InputUnit] = []
    private var date: CalendarDate?

    init(file: String, locator: HTMLSourceLocator) {
        self.file = file
        self.locator = locator
    }

    /// One unit per `<article>` when the page has any, else one page to segment.
    func units() -> [InputUnit] {
        guard articleUnits.isEmpty else { return articleUnits.map { var unit = $0; unit.date = date; return unit } }
        return [InputUnit(blocks: pageBlocks, isSingleArticle: false, date: date)]
    }

    mutating func walk(_ node: xmlNodePtr?) {
        var child = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { visit(current) }
            child = current.pointee.next
        }
    }

    private mutating func visit(_ element: xmlNodePtr) {
        let name = String(cString: element.pointee.name).lowercased()
        if Self.dropped.contains(name) { return }
        switch name {
        case "meta": readDate(from: element)
        case "title": return
        case "p": appendBlock(from: element, isHeading: false)
        case _ where Self.headings.contains(name): appendBlock(from: element, isHeading: true)
        case "article":
            let outer = pageBlocks
            pageBlocks = []
            walk(element.pointee.children)
            articleUnits.append(InputUnit(blocks: pageBlocks, isSingleArticle: true))
            pageBlocks = outer
        default: walk(element.pointee.children)
        }
    }

    private mutating func appendBlock(from element: xmlNodePtr, isHeading: Bool) {
        locator.seek(toLine: Int(xmlGetLineNo(element)))
        var text = MappedText(file: file)
        appendText(under: element, to: &text)
        let trimmed = text.trimmed()
        if !trimmed.isEmpty { pageBlocks.append(Block(text: trimmed, isMarkedHeading: isHeading)) }
    }

    /// Appends the text below `node`, white space runs collapsed to one space as browsers do.
    private mutating func appendText(under node: xmlNodePtr, to text: inout MappedText) {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                appendContent(String(cString: content), to: &text)
            } else if current.pointee.type == XML_ELEMENT_NODE,
                      !Self.dropped.contains(String(cString: current.pointee.name).lowercased()) {
                appendText(under: current, to: &text)
            }
            child = current.pointee.next
        }
    }

    private mutating func appendContent(_ content: String, to text: inout MappedText) {
        for scalar in content.unicodeScalars {
            let place = locator.locate(scalar)
            if scalar.properties.isWhitespace {
                if text.scalars.last != " " { text.append(" ", line: place.line, column: place.column) }
            } else if let clean = TextNormaliser.normalised(scalar, after: text.scalars.last) {
                text.append(clean, line: place.line, column: place.column)
            }
        }
    }

    private mutating func readDate(from element: xmlNodePtr) {
        guard date == nil else { return }
        let key = (attribute("name", of: element) ?? attribute("property", of: element) ?? "").lowercased()
        guard Self.dateMetaNames.contains(key), let content = attribute("content", of: element) else { return }
        date = DateScanner.firstDate(in: content)
    }

    private func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(element, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }
}
