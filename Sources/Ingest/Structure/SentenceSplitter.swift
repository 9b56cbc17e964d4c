/// Splits a paragraph into sentences at `。！？` (and `；` when asked) and at its end.
///
/// An end mark inside brackets or title marks (（）《》) never splits. Inside quotes it splits
/// only when the quote closes right after it or a further sentence follows it before the quote
/// closes, so a quoted speech is split into its sentences, while a quoted name such as
/// “致敬！红色工运” stays whole. Closing
/// quotes and brackets right after the end mark stay with the sentence (…篇章。”).
struct SentenceSplitter {
    let endMarks: ScalarClass

    /// The end marks, closers and openers: the only code points the splitter acts on.
    private let markClasses: ScalarClass

    init(splitsAtSemicolons: Bool) {
        endMarks = splitsAtSemicolons ? [.sentenceEnd, .semicolon] : .sentenceEnd
        markClasses = endMarks.union([.closer, .quoteOpener, .bracketOpener])
    }

    /// The code point ranges of the sentences of `text`, trimmed, empty ones left out.
    func split(_ text: MappedText) -> [Range<Int>] {
        text.scalars.withUnsafeBufferPointer { scalars in
            let classes = ScalarClass.table
            let closeOf = matchingCloses(scalars)
            var sentences: [Range<Int>] = []
            var start = 0, cutPending = false
            // The quotes and brackets open at `index` (each closed later in the paragraph), and how many are brackets.
            var open: [Int] = []
            var openBrackets = 0
            var index = 0
            while index < scalars.count {
                defer { index += 1 }
                if !cutPending {
                    // Most code points neither end a sentence nor open or close a pair: skip them.
                    while index < scalars.count, classes[scalars[index]].isDisjoint(with: markClasses) { index &+= 1 }
                    guard index < scalars.count else { break }
                }
                let scalarClasses = classes[scalars[index]]
                let isEndMark = !scalarClasses.isDisjoint(with: endMarks)
                if cutPending, !isEndMark, !scalarClasses.contains(.closer) {
                    appendSentence(MappedText.trimmed(start..<index, of: scalars), to: &sentences)
                    start = index
                    cutPending = false
                }
                guard !closeOf.isEmpty else {
                    if isEndMark { cutPending = true }
                    continue
                }
                if let last = open.last, closeOf[last] == index {
                    open.removeLast()
                    if classes[scalars[last]].contains(.bracketOpener) { openBrackets -= 1 }
                }
                if closeOf[index] >= 0 {
                    open.append(index)
                    if scalarClasses.contains(.bracketOpener) { openBrackets += 1 }
                }
                if isEndMark, endsSentence(insideBrackets: openBrackets > 0, quoteClose: open.first.map { closeOf[$0] },
                                           scalars: scalars, at: index) {
                    cutPending = true
                }
            }
            appendSentence(MappedText.trimmed(start..<scalars.count, of: scalars), to: &sentences)
            return sentences
        }
    }

    /// An end mark inside brackets never ends a sentence; inside quotes closing at `quoteClose`,
    /// it does when another end mark follows before the close or only closers stand between.
    private func endsSentence(insideBrackets: Bool, quoteClose: Int?, scalars: UnsafeBufferPointer<Unicode.Scalar>,
                              at index: Int) -> Bool {
        if insideBrackets { return false }
        guard let close = quoteClose, index + 1 < scalars.count else { return true }
        let classes = ScalarClass.table
        // Scans stop at the next end mark, so all of them together read the paragraph once.
        var next = index + 1, onlyClosers = true
        while next < close {
            let nextClasses = classes[scalars[next]]
            if !nextClasses.isDisjoint(with: endMarks) { return true }
            if !nextClasses.contains(.closer) { onlyClosers = false }
            next += 1
        }
        return onlyClosers && classes[scalars[close]].contains(.closer)
    }

    /// For each opening quote or bracket that is closed within the paragraph, the index of its
    /// close (-1 for other code points); empty when the paragraph has no such pair.
    private func matchingCloses(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Int] {
        var closeOf: [Int] = []
        var stack: [(scalar: Unicode.Scalar, index: Int)] = []
        let classes = ScalarClass.table
        for index in 0..<scalars.count {
            // Every closing mark of a pair is a closer, so other code points skip the pair look-ups.
            let scalar = scalars[index], scalarClasses = classes[scalar]
            if scalarClasses.isDisjoint(with: [.closer, .quoteOpener, .bracketOpener]) { continue }
            if scalarClasses.contains(.closer), let top = stack.last, Self.closer(of: top.scalar) == scalar {
                close(top.index, at: index, in: &closeOf, count: scalars.count)
                stack.removeLast()
            } else if scalarClasses.contains(.closer), let depth = stack.lastIndex(where: { Self.closer(of: $0.scalar) == scalar }) {
                close(stack[depth].index, at: index, in: &closeOf, count: scalars.count)
                stack.removeSubrange(depth...)
            } else if !scalarClasses.isDisjoint(with: .opener) {
                stack.append((scalar, index))
            }
        }
        return closeOf
    }

    /// Allocated at the first pair only: most paragraphs have none.
    private func close(_ opener: Int, at index: Int, in closeOf: inout [Int], count: Int) {
        if closeOf.isEmpty { closeOf = [Int](repeating: -1, count: count) }
        closeOf[opener] = index
    }

    private static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        Punctuation.quotePairs[scalar] ?? Punctuation.bracketPairs[scalar]
    }

    private func appendSentence(_ range: Range<Int>, to sentences: inout [Range<Int>]) {
        if !range.isEmpty { sentences.append(range) }
    }
}
