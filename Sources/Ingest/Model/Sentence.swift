import TongjiCore

/// One sentence (or headline, byline, caption) of an article, cleaned up and mapped back to the input.
public struct Sentence: Sendable, Hashable {
    /// The text of the paragraph the sentence is part of: its sentences share it, so that
    /// the text of a document is stored once.
    private let paragraph: String
    /// Where the sentence stands in `paragraph`, in UTF-8 bytes.
    let utf8Range: Range<Int>
    /// Where each code point of `text` came from.
    public let origin: TextOrigin
    /// Where the first occurrence of this text stands when the sentence repeats earlier text
    /// (a reprint within this document or an earlier one); nil for a first occurrence.
    public internal(set) var duplicateOf: SourceLocation?

    init(in paragraph: String, utf8 range: Range<Int>, origin: TextOrigin) {
        self.paragraph = paragraph
        self.utf8Range = range
        self.origin = origin
    }

    /// The cleaned-up text: full-width digits and letters made ASCII, odd spaces made plain,
    /// layout breaks re-joined. Figure offsets from the extractor count code points in it.
    public var text: String { String(slice) }

    /// The text without a copy of its own.
    var slice: Substring {
        let utf8 = paragraph.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        return paragraph[start..<utf8.index(start, offsetBy: utf8Range.count)]
    }

    public static func == (left: Sentence, right: Sentence) -> Bool {
        left.slice == right.slice && left.origin == right.origin && left.duplicateOf == right.duplicateOf
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(slice)
        hasher.combine(origin)
        hasher.combine(duplicateOf)
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
