/// Test text with the expected figures marked: `投入资金⟦1406.46万元⟧`.
struct MarkedText {
    /// The text without markers.
    let text: String
    /// Each marked span: its code-point offset in `text` and its characters.
    let spans: [(start: Int, text: String)]

    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var spans: [(Int, String)] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open = plain.count
            case "⟧":
                let start = open!
                spans.append((start, String(String.UnicodeScalarView(plain.dropFirst(start)))))
                open = nil
            default: plain.append(scalar)
            }
        }
        text = String(plain)
        self.spans = spans
    }
}
