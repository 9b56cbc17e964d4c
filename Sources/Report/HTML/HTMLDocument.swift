import CLibXML2

/// libxml2 2.9 sets up its globals on first use, and `xmlDictCreate` does so without a lock: two
/// pages built at once on two threads (the tests do) deadlocked there, each waiting on the
/// dictionaries' mutex. Its documentation asks for `xmlInitParser` before threads use the
/// library; a global's initialiser runs once, whichever thread comes first. (Ingest's
/// `htmlReadMemory` calls `xmlInitParser` itself.)
private let libxml2IsInitialised: Void = xmlInitParser()

/// An HTML5 page held as a libxml2 document, serialised once to raw UTF-8.
///
/// The only owner of its `htmlDocPtr`, which it frees in `deinit`; no libxml2 pointer leaves this
/// file and `HTMLTreeBuilder`. Not Sendable: build, serialise and drop it on one thread.
final class HTMLDocument {
    private let doc: htmlDocPtr

    /// A page `<!DOCTYPE html><html …>` whose root element is built from `root`.
    convenience init(root: HTMLNode) {
        self.init { $0.append(root) }
    }

    /// A page `<!DOCTYPE html>` whose root element `build` appends.
    init(build: (HTMLTreeBuilder) -> Void) {
        _ = libxml2IsInitialised
        // htmlNewDoc would write the HTML 4.0 Transitional DOCTYPE; an empty internal subset named
        // "html" serialises as <!DOCTYPE html>.
        doc = htmlNewDocNoDtD(nil, nil)
        // Element and attribute names interned once a page (xmlFreeDoc frees the dictionary),
        // not copied and freed again for every node.
        doc.pointee.dict = xmlDictCreate()
        _ = withXMLString("html") { xmlCreateIntSubset(doc, $0, nil, nil) }
        // Built as an XML document and written as HTML, as htmlDocContentDumpFormatOutput itself
        // switches: in an HTML document libxml2 enters every id in a table (and its dictionary)
        // that nothing here looks up, 100 M instructions for a page of 10 000 figures.
        doc.pointee.type = XML_DOCUMENT_NODE
        build(HTMLTreeBuilder(document: doc))
        doc.pointee.type = XML_HTML_DOCUMENT_NODE
    }

    deinit { xmlFreeDoc(doc) }

    /// The page as UTF-8 bytes: Chinese stays raw (no `&#…;`), and no meta element is injected.
    func serialized() -> [UInt8] {
        Self.dump { htmlDocContentDumpFormatOutput($0, doc, "UTF-8", 1) }
    }

    /// The root element alone, without the DOCTYPE, written as it would be inside a page.
    private func serializedRoot() -> [UInt8] {
        let root = xmlDocGetRootElement(doc)
        precondition(root.map { xmlNextElementSibling($0) == nil } ?? true, "a part of the page is one element")
        return Self.dump { htmlNodeDumpFormatOutput($0, doc, root, "UTF-8", 1) }
    }

    /// Writes the page `shell`, whose `<main>` is empty, with the elements `parts` append as the
    /// children of its `<main>`, handing the bytes to `output` piece by piece. Each part is
    /// built, written and freed before the next is made, so a large report never holds more
    /// than one part as a tree (a page of 20 000 figures took 280 MB as one tree, 140 MB part by part). The bytes are
    /// those of the whole page as one tree: libxml2 writes an element the same wherever it
    /// stands, and HTML5 sections (unknown to libxml2 2.9) get no line breaks around them.
    static func write<Failure: Error>(_ shell: HTMLNode, main parts: [(HTMLTreeBuilder) -> Void],
                                      to output: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let (head, tail) = halves(of: shell)
        try output(head)
        for part in parts { try output(serialized(part)) }
        try output(tail)
    }

    /// `write` with the parts' bytes made before, by `serialized`: the page of a run is made
    /// on a thread of its own while the rest of the figures are read.
    static func write<Failure: Error>(_ shell: HTMLNode, main: [UInt8],
                                      to output: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let (head, tail) = halves(of: shell)
        try output(head)
        try output(main)
        try output(tail)
    }

    /// The element `part` appends, written as it is inside a page.
    static func serialized(_ part: (HTMLTreeBuilder) -> Void) -> [UInt8] {
        HTMLDocument(build: part).serializedRoot()
    }

    /// The page `shell` up to its empty `<main>`'s start tag, and from its end tag on.
    private static func halves(of shell: HTMLNode) -> (head: [UInt8], tail: [UInt8]) {
        let page = HTMLDocument(root: shell).serialized()
        let emptyMain = Array("<main></main>".utf8)
        guard let at = page.firstRange(of: emptyMain) else { preconditionFailure("the shell has an empty <main>") }
        return (Array(page[..<(at.lowerBound + 6)]), Array(page[(at.upperBound - 7)...]))
    }

    private static func dump(_ write: (xmlOutputBufferPtr) -> Void) -> [UInt8] {
        guard let buffer = xmlAllocOutputBuffer(nil) else { return [] }
        defer { _ = xmlOutputBufferClose(buffer) }
        write(buffer)
        guard let content = xmlOutputBufferGetContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(buffer))))
    }
}
