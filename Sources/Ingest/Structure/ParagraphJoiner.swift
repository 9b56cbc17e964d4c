/// Re-joins paragraphs that the page layout broke in the middle of a sentence.
///
/// A paragraph is continued by the next one when it stops on a word character (no closing
/// punctuation, not even a comma) although it reads as running text (it carries clause
/// punctuation such as `，` or `、`, or is longer than a heading), and the next paragraph is
/// running text that is not a lead or byline. Headings, kickers and bylines also stop on a word
/// character, but they carry no clause punctuation, or the next paragraph is a heading or lead.
struct ParagraphJoiner {
    let classifier: ParagraphClassifier

    /// Joins in place: a block moves down over the ones joined before it, and is never copied
    /// (the rules ask about code points and flags, not whole blocks).
    func join(_ blocks: consuming [Block]) -> [Block] {
        var blocks = blocks
        var count = 0
        for index in blocks.indices {
            if count > 0, continues(blocks[count - 1].text.scalars, isMarkedHeading: blocks[count - 1].isMarkedHeading,
                                    with: blocks[index].text.scalars, isMarkedHeading: blocks[index].isMarkedHeading) {
                let next = blocks[index]
                blocks[count - 1].text.append(next.text)
                blocks[count - 1].lines = blocks[count - 1].lines.lowerBound...next.lines.upperBound
                blocks[count - 1].isRejoined = true
            } else {
                // A buffer's swap moves the blocks; an array's copies them.
                if count != index { blocks.withUnsafeMutableBufferPointer { $0.swapAt(count, index) } }
                count += 1
            }
        }
        blocks.removeSubrange(count...)
        return blocks
    }

    private func continues(_ first: [Unicode.Scalar], isMarkedHeading firstIsMarked: Bool,
                           with second: [Unicode.Scalar], isMarkedHeading secondIsMarked: Bool) -> Bool {
        guard !firstIsMarked, !secondIsMarked, let lastScalar = first.last, Punctuation.isWordCharacter(lastScalar) else { return false }
        // The class table, not `Punctuation.clauseMarks`: a `Set` look-up hashes every code point.
        let classes = ScalarClass.table
        let firstIsRunningText = first.contains { classes[$0].contains(.clauseMark) } || first.count > classifier.maximumHeadingLength
        guard firstIsRunningText, classifier.startsWithByline(second) == false, classifier.startsWithLead(second) == false else {
            return false
        }
        return Punctuation.endsSentence(second)
    }
}
