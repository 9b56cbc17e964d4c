import TongjiCore

/// A paragraph of an article: one block of the input, or several re-joined across a layout break.
public struct Paragraph: Sendable, Hashable {
    /// What the paragraph is for on the page.
    public enum Role: String, Sendable, Hashable {
        /// A kicker, title, subtitle or section heading: a short line without closing punctuation.
        case heading
        /// A column label such as 工会工作巡礼 or 阅读提示.
        case label
        /// The opening of a report: 本报讯（记者…）…
        case lead
        /// A byline or photo credit: 本报记者 康劲, 新华社记者 才扬 摄.
        case byline
        /// Running text.
        case body
    }

    /// The role the segmenter gave the paragraph.
    public internal(set) var role: Role
    /// The cleaned-up, re-joined text.
    public let text: String
    /// The sentences of `text`, in order.
    public internal(set) var sentences: [Sentence]
    /// First and last input line the paragraph covers.
    public let lines: ClosedRange<Int>
    /// True when the paragraph was re-joined across a layout break.
    public let isRejoined: Bool

    init(role: Role, text: String, sentences: [Sentence], lines: ClosedRange<Int>, isRejoined: Bool) {
        self.role = role
        self.text = text
        self.sentences = sentences
        self.lines = lines
        self.isRejoined = isRejoined
    }

    /// Calls `body` with the position and the UTF-8 bytes of each sentence, in order, read in
    /// place from `text`, which the sentences share: a sentence copied out of `sentences` retained
    /// its strings, and reading its bytes through a copy of the text cost as much again.
    package func forEachSentenceUTF8(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        text.withBorrowedUTF8 { bytes in
            for index in sentences.indices { body(index, Self.utf8(of: sentences[index], in: bytes)) }
        }
    }

    /// The same with each sentence to change in place, as reprint marking sets `duplicateOf`.
    mutating func forEachSentenceUTF8(changing body: (inout Sentence, UnsafeBufferPointer<UInt8>) -> Void) {
        let text = self.text
        text.withBorrowedUTF8 { bytes in
            sentences.withUnsafeMutableBufferPointer { sentences in
                for index in sentences.indices {
                    let utf8 = Self.utf8(of: sentences[index], in: bytes)
                    body(&sentences[index], utf8)
                }
            }
        }
    }

    /// The bytes of `sentence` among `bytes`, its paragraph's text. Checked in release too: a
    /// slice of a buffer pointer is not, and one compare a sentence keeps a paragraph rebuilt
    /// wrong from reading past its text.
    @inline(__always)
    private static func utf8(of sentence: Sentence, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let range = sentence.utf8Range
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a sentence within its paragraph")
        return UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// Where the first occurrence stands when every sentence of the paragraph repeats earlier text.
    public var duplicateOf: SourceLocation? {
        guard let first = sentences.first?.duplicateOf, sentences.allSatisfy(\.isDuplicate) else { return nil }
        return first
    }
}
