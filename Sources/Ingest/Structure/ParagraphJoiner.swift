/// Re-joins paragraphs that the page layout broke in the middle of a sentence.
///
/// A paragraph is continued by the next one when it stops on a word character (no closing
/// punctuation, not even a comma) although it reads as running text (it carries clause
/// punctuation such as `，` or `、`, or is longer than a heading), and the next paragraph is
/// running text that is not a lead or byline. Headings, kickers and bylines also stop on a word
/// character, but they carry no clause punctuation, or the next paragraph is a heading or lead.
struct ParagraphJoiner {
    let classifier: ParagraphClassifier

    func join(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if let last = result.last, continues(last, with: block) {
                result[result.count - 1] = joined(last, block)
            } else {
                result.append(block)
            }
        }
        return result
    }

    private func continues(_ first: Block, with second: Block) -> Bool {
        guard !first.isMarkedHeading, !second.isMarkedHeading,
              let lastScalar = first.text.scalars.last, Punctuation.isWordCharacter(lastScalar) else { return false }
        // The class table, not `Punctuation.clauseMarks`: a `Set` look-up hashes every code point.
        let classes = ScalarClass.table
        let firstIsRunningText = first.text.scalars.contains { classes[$0].contains(.clauseMark) }
            || first.text.count > classifier.maximumHeadingLength
        guard firstIsRunningText, classifier.startsWithByline(second.text.scalars) == false,
              classifier.startsWithLead(second.text.scalars) == false else { return false }
        return Punctuation.endsSentence(second.text.scalars)
    }

    private func joined(_ first: Block, _ second: Block) -> Block {
        var text = first.text
        text.append(second.text)
        var block = Block(text: text)
        block.lines = first.lines.lowerBound...second.lines.upperBound
        block.isRejoined = true
        return block
    }
}
