import Glibc
import TongjiCore

/// Finds where each figure's span stands in its sentence.
///
/// Records do not carry the sentence's own offset, but the figures of one sentence share the
/// coordinates of `Figure.start` (code points). Each occurrence of a span proposes a sentence start
/// (`start − occurrence`); every record takes the occurrence whose proposal most figures of the
/// same sentence agree on. So `3项` in `完成13项，其中3项获奖` is found after 其中, not inside 13项,
/// and a passage printed twice in one article keeps its own places. A record alone in its
/// sentence gets the first occurrence.
///
/// Text is searched as UTF-8 bytes: a match of valid UTF-8 starts on a code point, and the
/// sources section slices its paragraphs by byte (arrays of scalars cost 0.6 G instructions for
/// a page of 10 000 figures).
enum SpanLocator {
    /// Where a span stands in its sentence.
    struct Span: Sendable, Hashable {
        /// Its UTF-8 byte range in the sentence.
        let bytes: Range<Int>
        /// Its offset in the sentence in code points, the unit of `Figure.start`.
        let codePointOffset: Int
    }

    /// For each record, where its span stands in its sentence; nil when absent.
    static func spans(for records: [FigureRecord]) -> [Span?] {
        var result = [Span?](repeating: nil, count: records.count)
        for members in sentenceGroups(records) {
            let sentence = Array(records[members[0]].sentence.utf8)
            let found = members.map { occurrences(of: records[$0].figure.span, in: sentence) }
            // Votes choose only between occurrences: a span found once, as most are, stands there.
            guard found.contains(where: { $0.count > 1 }) else {
                for (member, occurrences) in zip(members, found) { result[member] = occurrences.first }
                continue
            }
            var votes: [Int: Int] = [:]
            for (member, occurrences) in zip(members, found) {
                for start in Set(occurrences.map { records[member].figure.start - $0.codePointOffset }) { votes[start, default: 0] += 1 }
            }
            for (member, occurrences) in zip(members, found) {
                let start = records[member].figure.start
                // max(by:) keeps the first of equal elements, so ties go to the earliest occurrence.
                result[member] = occurrences.max {
                    votes[start - $0.codePointOffset, default: 0] < votes[start - $1.codePointOffset, default: 0]
                }
            }
        }
        return result
    }

    /// Every place where `span` starts in `sentence` (UTF-8), in increasing order. Read through
    /// pointers, comparing whole only where the first byte matches: comparing array slices at
    /// every byte cost 13 000 instructions a figure.
    static func occurrences(of span: String, in sentence: [UInt8]) -> [Span] {
        var span = span
        return span.withUTF8 { needle in
            guard let first = needle.first, needle.count <= sentence.count else { return [] }
            return sentence.withUnsafeBufferPointer { text in
                var found: [Span] = []
                var codePoint = 0
                for offset in 0...(text.count - needle.count) where !UTF8.isContinuation(text[offset]) {
                    if text[offset] == first, memcmp(text.baseAddress! + offset, needle.baseAddress!, needle.count) == 0 {
                        found.append(Span(bytes: offset..<(offset + needle.count), codePointOffset: codePoint))
                    }
                    codePoint += 1
                }
                return found
            }
        }
    }

    /// Record indices grouped by file, article and sentence, each group in index order.
    private static func sentenceGroups(_ records: [FigureRecord]) -> Dictionary<SentenceKey, [Int]>.Values {
        // Sized once: growing rehashed every sentence seen so far (18 M instructions for 10 000 figures).
        var groups = [SentenceKey: [Int]](minimumCapacity: records.count)
        for (index, record) in records.enumerated() {
            groups[SentenceKey(file: record.location.file, article: record.article, sentence: SentenceText(text: record.sentence)),
                   default: []].append(index)
        }
        return groups.values
    }
}

private struct SentenceKey: Hashable {
    let file: String
    let article: Int
    let sentence: SentenceText
}
