/// A piece of an HTML page described as a value: an element or a run of text.
///
/// Nodes hold text literally; nothing is escaped here. `HTMLDocument` hands the tree to libxml2,
/// whose serializer is the one place where `<`, `&` and quotes are escaped.
enum HTMLNode: Sendable {
    case element(name: String, attributes: [(name: String, value: String)], children: [HTMLNode])
    case text(String)

    /// An element; attributes keep the order given, so the output is stable.
    static func element(_ name: String, _ attributes: [(name: String, value: String)] = [],
                        _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name: name, attributes: attributes, children: children)
    }

    /// An element holding only `text`.
    static func element(_ name: String, _ attributes: [(name: String, value: String)] = [],
                        text: String) -> HTMLNode {
        .element(name: name, attributes: attributes, children: [.text(text)])
    }
}
