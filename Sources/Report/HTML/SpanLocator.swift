import TongjiCore

/// Finds where each figure's span stands in its sentence, in Unicode code points.
///
/// Records do not carry the sentence's own offset, but the figures of one sentence share the
/// coordinates of `Figure.start`. Each occurrence of a span proposes a sentence start
/// (`start − occurrence`); every record takes the occurrence whose proposal most figures of the
/// same sentence agree on. So `3项` in `完成13项，其中3项获奖` is found after 其中, not inside 13项,
/// and a passage printed twice in one article keeps its own places. A record alone in its
/// sentence gets the first occurrence.
enum SpanLocator {
    /// For each record, the code-point range of its span in its sentence; nil when absent.
    static func ranges(for records: [FigureRecord]) -> [Range<Int>?] {
        var result = [Range<Int>?](repeating: nil, count: records.count)
        let groups = Dictionary(grouping: records.indices) { SentenceKey(records[$0]) }
        for (key, members) in groups {
            let sentence = Array(key.sentence.unicodeScalars)
            let occurrences = members.map { offsets(of: records[$0].figure.span, in: sentence) }
            var votes: [Int: Int] = [:]
            for (member, found) in zip(members, occurrences) {
                for start in Set(found.map { records[member].figure.start - $0 }) { votes[start, default: 0] += 1 }
            }
            for (member, found) in zip(members, occurrences) {
                let figure = records[member].figure
                // max(by:) keeps the first of equal elements, so ties go to the earliest occurrence.
                let best = found.max { votes[figure.start - $0, default: 0] < votes[figure.start - $1, default: 0] }
                result[member] = best.map { $0..<($0 + figure.span.unicodeScalars.count) }
            }
        }
        return result
    }

    /// Every offset where `span` starts in `sentence`, in increasing order.
    static func offsets(of span: String, in sentence: [Unicode.Scalar]) -> [Int] {
        let needle = Array(span.unicodeScalars)
        guard !needle.isEmpty, needle.count <= sentence.count else { return [] }
        return (0...(sentence.count - needle.count)).filter { sentence[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

private struct SentenceKey: Hashable {
    let file: String
    let article: Int
    let sentence: String

    init(_ record: FigureRecord) {
        file = record.location.file
        article = record.article
        sentence = record.sentence
    }
}
