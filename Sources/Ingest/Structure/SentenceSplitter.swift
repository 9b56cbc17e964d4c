/// Splits a paragraph into sentences at `。！？` (and `；` when asked) and at its end.
///
/// An end mark inside brackets or title marks (（）《》) never splits. Inside quotes it splits
/// only when the quote closes right after it or a further sentence follows it before the quote
/// closes, so a quoted speech is split into its sentences, while a quoted name such as
/// “致敬！红色工运” stays whole. Closing
/// quotes and brackets right after the end mark stay with the sentence (…篇章。”).
struct SentenceSplitter {
    let endMarks: ScalarClass

    init(splitsAtSemicolons: Bool) {
        endMarks = splitsAtSemicolons ? [.sentenceEnd, .semicolon] : .sentenceEnd
    }

    /// The code point ranges of the sentences of `text`, trimmed, empty ones left out.
    func split(_ text: MappedText) -> [Range<Int>] {
        let scalars = text.scalars
        let closeOf = matchingCloses(scalars)
        let nextEnd = nextEndMarks(scalars)
        var open: [Int] = []
        var sentences: [Range<Int>] = []
        var start = 0, cutPending = false
        for (index, scalar) in scalars.enumerated() {
            let classes = ScalarClass(scalar)
            if cutPending, classes.isDisjoint(with: endMarks), !classes.contains(.closer) {
                appendSentence(text.trimmed(start..<index), to: &sentences)
                start = index
                cutPending = false
            }
            if let last = open.last, closeOf[last] == index { open.removeLast() }
            if closeOf[index] != nil { open.append(index) }
            if !classes.isDisjoint(with: endMarks), endsSentence(inside: open, scalars: scalars, closeOf: closeOf, next: nextEnd, at: index) {
                cutPending = true
            }
        }
        appendSentence(text.trimmed(start..<scalars.count), to: &sentences)
        return sentences
    }

    private func endsSentence(inside open: [Int], scalars: [Unicode.Scalar], closeOf: [Int?], next: [Int], at index: Int) -> Bool {
        if open.contains(where: { ScalarClass(scalars[$0]).contains(.bracketOpener) }) { return false }
        guard let outer = open.first, let close = closeOf[outer] else { return true }
        guard index + 1 < scalars.count else { return true }
        return next[index + 1] < close || scalars[(index + 1)...close].allSatisfy { ScalarClass($0).contains(.closer) }
    }

    /// For each opening quote or bracket that is closed within the paragraph, the index of its close.
    private func matchingCloses(_ scalars: [Unicode.Scalar]) -> [Int?] {
        var closeOf = [Int?](repeating: nil, count: scalars.count)
        var stack: [(scalar: Unicode.Scalar, index: Int)] = []
        for (index, scalar) in scalars.enumerated() {
            // Every closing mark of a pair is a closer, so other code points skip the pair look-ups.
            let classes = ScalarClass(scalar)
            if classes.contains(.closer), let top = stack.last, Self.closer(of: top.scalar) == scalar {
                closeOf[top.index] = index
                stack.removeLast()
            } else if classes.contains(.closer), let depth = stack.lastIndex(where: { Self.closer(of: $0.scalar) == scalar }) {
                closeOf[stack[depth].index] = index
                stack.removeSubrange(depth...)
            } else if !classes.isDisjoint(with: .opener) {
                stack.append((scalar, index))
            }
        }
        return closeOf
    }

    /// For each index, the index of the first end mark at or after it (the count when none).
    private func nextEndMarks(_ scalars: [Unicode.Scalar]) -> [Int] {
        var next = [Int](repeating: scalars.count, count: scalars.count + 1)
        for index in stride(from: scalars.count - 1, through: 0, by: -1) {
            next[index] = ScalarClass(scalars[index]).isDisjoint(with: endMarks) ? next[index + 1] : index
        }
        return next
    }

    private static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        Punctuation.quotePairs[scalar] ?? Punctuation.bracketPairs[scalar]
    }

    private func appendSentence(_ range: Range<Int>, to sentences: inout [Range<Int>]) {
        if !range.isEmpty { sentences.append(range) }
    }
}
