import TongjiCore

/// Splits a paragraph into sentences at `。！？` (and `；` when asked) and at its end.
///
/// An end mark inside brackets or title marks (（）《》) never splits. Inside quotes it splits
/// only when the quote closes right after it or a further sentence follows it before the quote
/// closes, so a quoted speech is split into its sentences, while a quoted name such as
/// “致敬！红色工运” stays whole. Closing
/// quotes and brackets right after the end mark stay with the sentence (…篇章。”).
struct SentenceSplitter {
    /// Where one sentence stands in its paragraph, in code points and in UTF-8 bytes.
    struct Bounds {
        var scalars: Range<Int>
        var utf8: Range<Int>
    }

    /// A code point the splitter acts on (end mark, closer, opener) and its UTF-8 offset.
    fileprivate struct Mark {
        var index: Int
        var utf8: Int
        /// For an opener closed within the paragraph, the index of its close; else -1.
        var close = -1
    }

    /// The arrays splitting reuses from paragraph to paragraph, so that a paragraph allocates nothing.
    struct Workspace {
        /// The sentences of the paragraph split last.
        fileprivate(set) var sentences: [Bounds] = []
        /// Room for a mark at every code point of the longest paragraph so far.
        fileprivate var marks: [Mark] = []
        /// The quotes and brackets open at a mark: kept from paragraph to paragraph like the
        /// marks, as new arrays for each paragraph with a quote or bracket cost allocations.
        fileprivate var pairs = PairStacks()
    }

    /// The stacks of quotes and brackets that `matchCloses`, then `split`, push and pop.
    fileprivate struct PairStacks {
        /// The marks that open a pair, with the closer each awaits.
        var awaitingClose: [(closer: Unicode.Scalar?, mark: Int)] = []
        /// The marks of the pairs open at a mark (each closed later in the paragraph).
        var openMarks: [Int] = []
    }

    let endMarks: ScalarClass

    /// The end marks, closers and openers: the only code points the splitter acts on.
    private let markClasses: ScalarClass

    init(splitsAtSemicolons: Bool) {
        endMarks = splitsAtSemicolons ? [.sentenceEnd, .semicolon] : .sentenceEnd
        markClasses = endMarks.union([.closer, .quoteOpener, .bracketOpener])
    }

    /// Puts the sentences of the paragraph `scalars`, trimmed, empty ones left out, in
    /// `workspace.sentences`.
    ///
    /// One pass over the code points finds the marks and their UTF-8 offsets; the rules then
    /// read the marks alone, most paragraphs having a few dozen among hundreds of code points.
    func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in workspace: inout Workspace) {
        // Room for a mark at every code point: no capacity check per mark.
        if workspace.marks.count < scalars.count { workspace.marks = Array(repeating: Mark(index: 0, utf8: 0), count: scalars.count) }
        split(scalars, marks: &workspace.marks, pairs: &workspace.pairs, into: &workspace.sentences)
    }

    /// The workspace's arrays as arguments of their own: the closure may then write the others while one lends its storage.
    private func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, marks: inout [Mark], pairs: inout PairStacks,
                       into sentences: inout [Bounds]) {
        marks.withUnsafeMutableBufferPointer { split(scalars, markStorage: $0, pairs: &pairs, into: &sentences) }
    }

    private func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, markStorage: UnsafeMutableBufferPointer<Mark>,
                       pairs: inout PairStacks, into sentences: inout [Bounds]) {
        let classes = ScalarClass.table
        var markCount = 0, offset = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            // Ideographs, most of the text, are no marks and take three bytes: no table look-up.
            if scalar.value &- 0x4E00 < 0xA000 - 0x4E00 {
                offset &+= 3
                continue
            }
            let (scalarClasses, width) = classes.classesAndWidth(scalar)
            if !scalarClasses.isDisjoint(with: markClasses) {
                markStorage[markCount] = Mark(index: index, utf8: offset)
                markCount &+= 1
            }
            offset &+= width
        }
        let marks = UnsafeMutableBufferPointer(rebasing: markStorage[..<markCount])
        let hasPairs = matchCloses(marks, in: scalars, stack: &pairs.awaitingClose)
        sentences.removeAll(keepingCapacity: true)
        var start = Mark(index: 0, utf8: 0), cutPending = false
        // The marks of the quotes and brackets open here (each closed later in the paragraph), and how many are brackets.
        pairs.openMarks.removeAll(keepingCapacity: true)
        var openBrackets = 0
        for (number, mark) in marks.enumerated() {
            let scalarClasses = classes[scalars[mark.index]]
            let isEndMark = !scalarClasses.isDisjoint(with: endMarks)
            if cutPending {
                // The code point after the previous mark, when it is no mark, ends the sentence there.
                let previous = marks[number - 1]
                let next = Mark(index: previous.index + 1, utf8: previous.utf8 + UTF8Scan.width(scalars[previous.index]))
                if next.index < mark.index || !isEndMark && !scalarClasses.contains(.closer) {
                    appendSentence(start, next, of: scalars, to: &sentences)
                    start = next
                    cutPending = false
                }
            }
            guard hasPairs else {
                if isEndMark { cutPending = true }
                continue
            }
            if let last = pairs.openMarks.last, marks[last].close == mark.index {
                pairs.openMarks.removeLast()
                if classes[scalars[marks[last].index]].contains(.bracketOpener) { openBrackets -= 1 }
            }
            if mark.close >= 0 {
                pairs.openMarks.append(number)
                if scalarClasses.contains(.bracketOpener) { openBrackets += 1 }
            }
            if isEndMark, endsSentence(insideBrackets: openBrackets > 0, quoteClose: pairs.openMarks.first.map { marks[$0].close },
                                       scalars: scalars, at: mark.index) {
                cutPending = true
            }
        }
        if cutPending, let last = marks.last, last.index + 1 < scalars.count {
            let next = Mark(index: last.index + 1, utf8: last.utf8 + UTF8Scan.width(scalars[last.index]))
            appendSentence(start, next, of: scalars, to: &sentences)
            start = next
        }
        appendSentence(start, Mark(index: scalars.count, utf8: offset), of: scalars, to: &sentences)
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

    /// Sets `close` on each mark that opens a quote or bracket closed within the paragraph;
    /// false when the paragraph has no such pair. `stack` is room for the open marks with the
    /// closer each awaits, looked up once, as it opens.
    private func matchCloses(_ marks: UnsafeMutableBufferPointer<Mark>, in scalars: UnsafeBufferPointer<Unicode.Scalar>,
                             stack: inout [(closer: Unicode.Scalar?, mark: Int)]) -> Bool {
        var hasPairs = false
        stack.removeAll(keepingCapacity: true)
        let classes = ScalarClass.table
        for number in marks.indices {
            let index = marks[number].index
            let scalar = scalars[index], scalarClasses = classes[scalar]
            if scalarClasses.contains(.closer), let top = stack.last, top.closer == scalar {
                marks[top.mark].close = index
                hasPairs = true
                stack.removeLast()
            } else if scalarClasses.contains(.closer), let depth = stack.lastIndex(where: { $0.closer == scalar }) {
                marks[stack[depth].mark].close = index
                hasPairs = true
                stack.removeSubrange(depth...)
            } else if !scalarClasses.isDisjoint(with: .opener) {
                stack.append((Punctuation.closer(of: scalar), number))
            }
        }
        return hasPairs
    }

    /// Appends the text from `start` to `end` without leading and trailing white space, unless empty.
    private func appendSentence(_ start: Mark, _ end: Mark, of scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                to sentences: inout [Bounds]) {
        let kept = MappedText.trimmed(start.index..<end.index, of: scalars)
        guard !kept.isEmpty else { return }
        var utf8 = start.utf8..<end.utf8
        for index in start.index..<kept.lowerBound { utf8 = utf8.lowerBound + UTF8Scan.width(scalars[index])..<utf8.upperBound }
        for index in kept.upperBound..<end.index { utf8 = utf8.lowerBound..<utf8.upperBound - UTF8Scan.width(scalars[index]) }
        // Cut a run-on text into pieces of at most `longestSentence`: after the last clause break
        // in a piece's second half, else before the last number near the limit (5项5项…, so no
        // figure is cut in two), else at the limit.
        var piece = kept
        while piece.count > Self.longestSentence {
            let limit = piece.lowerBound + Self.longestSentence
            let cut = (piece.lowerBound + Self.longestSentence / 2..<limit).last { ClausePunctuation.isClauseBreak(scalars[$0]) }
                .map { $0 + 1 }
                ?? (limit - Self.longestSentence / 20..<limit).last { Self.isDigit(scalars[$0]) && !Self.isDigit(scalars[$0 - 1]) }
                ?? limit
            let bytes = (piece.lowerBound..<cut).reduce(0) { $0 + UTF8Scan.width(scalars[$1]) }
            sentences.append(Bounds(scalars: piece.lowerBound..<cut, utf8: utf8.lowerBound..<utf8.lowerBound + bytes))
            piece = cut..<piece.upperBound
            utf8 = utf8.lowerBound + bytes..<utf8.upperBound
        }
        sentences.append(Bounds(scalars: piece, utf8: utf8))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The most code points a sentence holds. Real ones hold a few hundred (the longest with a
    /// figure in xwlb 2012–2026, 635); each figure looks around its clause and carries its
    /// sentence, so a table run into one paragraph with no end mark (thousands of figures) would
    /// cost time and output growing with the square of its length.
    static let longestSentence = 2_000
}
