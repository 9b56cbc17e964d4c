/// A paragraph of input before it gets a role: a text line, an HTML `<p>` or heading, or one
/// paragraph of a JSON Lines `text` field.
struct Block: Sendable {
    var text: MappedText
    var lines: ClosedRange<Int>
    /// The input marks it as a heading (an HTML `<h1>`…`<h6>`, a JSON Lines `title`).
    var isMarkedHeading = false
    var isRejoined = false

    init(text: MappedText, isMarkedHeading: Bool = false) {
        self.text = text
        let start = text.origin.location(ofScalarOffset: 0).line
        let end = text.origin.location(ofScalarOffset: max(text.count - 1, 0)).line
        self.lines = start...max(start, end)
        self.isMarkedHeading = isMarkedHeading
    }
}
