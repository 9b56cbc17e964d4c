import Extract
import Testing
import TongjiCore

/// Runs the extractor on an example and fails on a missing figure, an unexpected one, or one
/// with the wrong span, offset, value, unit, kind, qualifier or upper bound.
func check(_ example: Example, prefix: String = "", fullWidth: Bool = false) {
    let marked = MarkedText(fullWidth ? toFullWidthDigits(example.marked) : example.marked)
    let text = prefix + marked.text
    let shift = prefix.unicodeScalars.count
    let found = FigureExtractor().figures(in: text)
    let context = "in \(text)"
    #expect(found.count == marked.spans.count,
            "expected \(marked.spans.map(\.text)), found \(found.map(\.span)) \(context)",
            sourceLocation: example.sourceLocation)
    for (figure, (span, expected)) in zip(found, zip(marked.spans, example.expected)) {
        #expect(figure.span == span.text, "\(context)", sourceLocation: example.sourceLocation)
        #expect(figure.start == span.start + shift, "offset of \(span.text) \(context)",
                sourceLocation: example.sourceLocation)
        #expect(figure.value.description == expected.value, "value of \(span.text)",
                sourceLocation: example.sourceLocation)
        #expect(figure.upper?.description == expected.upper, "upper of \(span.text)",
                sourceLocation: example.sourceLocation)
        #expect(figure.unit == expected.unit, "unit of \(span.text)", sourceLocation: example.sourceLocation)
        #expect(figure.kind == expected.kind, "kind of \(span.text)", sourceLocation: example.sourceLocation)
        #expect(figure.qualifier == expected.qualifier, "qualifier of \(span.text)",
                sourceLocation: example.sourceLocation)
    }
}

/// The same text with ASCII digits written full-width (１２３): values must not change.
func toFullWidthDigits(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { scalar in
        (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0xFF10 - 0x30)! : scalar
    }))
}
