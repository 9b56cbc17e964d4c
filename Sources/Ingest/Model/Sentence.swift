import TongjiCore

/// One sentence (or headline, byline, caption) of an article, cleaned up and mapped back to the input.
public struct Sentence: Sendable, Hashable {
    /// The cleaned-up text: full-width digits and letters made ASCII, odd spaces made plain,
    /// layout breaks re-joined. Figure offsets from the extractor count code points in it.
    public let text: String
    /// Where each code point of `text` came from.
    public let origin: TextOrigin
    /// Where the first occurrence of this text stands when the sentence repeats earlier text
    /// (a reprint within this document or an earlier one); nil for a first occurrence.
    public internal(set) var duplicateOf: SourceLocation?

    init(_ text: MappedText) {
        self.text = text.string
        self.origin = text.origin
    }

    /// True when the sentence repeats earlier text; its figures must not be counted again.
    public var isDuplicate: Bool { duplicateOf != nil }

    /// Where the sentence starts in the input.
    public var location: SourceLocation { origin.location(ofScalarOffset: 0) }

    /// File, line and column in the original input of the code point at `offset` in `text`.
    public func location(ofScalarOffset offset: Int) -> SourceLocation {
        origin.location(ofScalarOffset: offset)
    }
}
