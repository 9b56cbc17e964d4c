import CLibXML2

/// Makes elements and text straight into the libxml2 tree of an `HTMLDocument`, under one parent.
///
/// The parts of the page with a node per figure (the category tables, the marked sources) are
/// built with it rather than as `HTMLNode` values: for a page of 10 000 figures, making, walking
/// and freeing those values cost more than libxml2 spends writing the page. Names are static
/// strings, passed without bridging a Swift String (libxml2 copies them). Valid only while
/// `build` of its document runs.
struct HTMLTreeBuilder {
    fileprivate let doc: htmlDocPtr
    fileprivate let parent: xmlNodePtr

    /// A builder appending to the document itself: its first element becomes the root.
    init(document doc: htmlDocPtr) {
        self.doc = doc
        parent = UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self)
    }

    private init(doc: htmlDocPtr, parent: xmlNodePtr) {
        self.doc = doc
        self.parent = parent
    }

    /// Appends an element, attributes in the order given, whose children `children` appends.
    func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:],
                 _ children: (HTMLTreeBuilder) -> Void = { _ in }) {
        guard let element = xmlNewDocNode(doc, nil, name.xmlString, nil) else { return }
        for (name, value) in attributes { setAttribute(of: element, name.xmlString, value) }
        guard adopt(element) else { return }
        children(HTMLTreeBuilder(doc: doc, parent: element))
    }

    /// Appends an element holding only `text`. Empty, the text makes no node: libxml2 writes an
    /// element with none the same (`<td class="period"></td>`), but would make, escape and free
    /// one; a third of a page's table cells are empty. Not for an element whose end tag HTML 4
    /// lets it leave out (`li`), which it writes without one when it holds nothing.
    func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text: String) {
        element(name, attributes) { if !text.isEmpty || Self.endsOnlyWhenFilled(name) { $0.text(text) } }
    }

    private static func endsOnlyWhenFilled(_ name: StaticString) -> Bool {
        htmlTagLookup(name.xmlString).map { $0.pointee.saveEndTag != 0 } ?? false
    }

    /// Appends a run of text, taken literally (libxml2 escapes it when writing).
    func text(_ text: some StringProtocol) {
        var text = Substring(text)
        adopt(text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: xmlChar.self) { xmlNewDocTextLen(doc, $0.baseAddress, Int32($0.count)) }
        })
    }

    /// Appends `node` and everything under it.
    func append(_ node: HTMLNode) {
        switch node {
        case .text(let text):
            self.text(text)
        case .element(let name, let attributes, let children):
            guard let element = withXMLString(name, { xmlNewDocNode(doc, nil, $0, nil) }) else { return }
            for attribute in attributes {
                withXMLString(attribute.name) { setAttribute(of: element, $0, attribute.value) }
            }
            guard adopt(element) else { return }
            let builder = HTMLTreeBuilder(doc: doc, parent: element)
            for child in children { builder.append(child) }
        }
    }

    private func setAttribute(of element: xmlNodePtr, _ name: UnsafePointer<xmlChar>, _ value: String) {
        // xmlNewProp takes the value literally (xmlNewDocProp would parse entities in it).
        _ = withXMLString(value) { xmlNewProp(element, name, $0) }
    }

    /// Appends `node` to the parent; false when it could not be (and is freed).
    @discardableResult
    private func adopt(_ node: xmlNodePtr?) -> Bool {
        guard let node else { return false }
        // xmlAddChild may merge a text node into its neighbour and free it; nothing keeps `node`.
        guard xmlAddChild(parent, node) != nil else {
            xmlFreeNode(node)
            return false
        }
        return true
    }
}

func withXMLString<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
    string.withCString { pointer in
        pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1) { body($0) }
    }
}

private extension StaticString {
    var xmlString: UnsafePointer<xmlChar> { UnsafeRawPointer(utf8Start).assumingMemoryBound(to: xmlChar.self) }
}
