import TongjiCore

/// Where each figure stands in the paragraphs of its article, so the sources section can mark it
/// in place.
///
/// A record carries its sentence, not the sentence's paragraph. Figures of one sentence share a
/// sentence start (`Figure.start` minus the span's offset in the sentence); the sentences of an
/// article are taken in that order and each is searched from where the previous one ended, so a
/// passage printed twice (a reprint, marked duplicate) lands on its second printing. A figure that
/// cannot be placed, or whose span overlaps one already placed, is listed as unplaced and shown
/// after its article's text: every figure is marked exactly once.
struct FigurePlacement: Sendable {
    /// One figure's place: a paragraph of an article and a code-point range in it.
    struct Mark: Sendable, Hashable {
        let figureID: Int
        let range: Range<Int>
    }

    /// Marks per article index, then per paragraph index, sorted by position and never overlapping.
    private(set) var marks: [Int: [Int: [Mark]]] = [:]
    /// Figures of a known article that could not be placed in its text, per article index.
    private(set) var unplaced: [Int: [Int]] = [:]
    /// Figures whose article is not among the run's articles, in id order.
    private(set) var orphans: [Int] = []

    init(figures: [FigureRecord], articles: [ArticleSummary]) {
        let spans = SpanLocator.ranges(for: figures)
        var articleIndex: [ArticleKey: Int] = [:]
        for (index, article) in articles.enumerated() where articleIndex[ArticleKey(article.file, article.number)] == nil {
            articleIndex[ArticleKey(article.file, article.number)] = index
        }
        var sentencesByArticle: [Int: [SentenceInstance: [Int]]] = [:]
        for (id, record) in figures.enumerated() {
            guard let article = articleIndex[ArticleKey(record.location.file, record.article)] else {
                orphans.append(id)
                continue
            }
            guard let span = spans[id] else {
                unplaced[article, default: []].append(id)
                continue
            }
            let instance = SentenceInstance(start: record.figure.start - span.lowerBound, text: record.sentence)
            sentencesByArticle[article, default: [:]][instance, default: []].append(id)
        }
        for (article, sentences) in sentencesByArticle {
            place(sentences, in: articles[article], at: article, spans: spans)
        }
        for article in unplaced.keys { unplaced[article]?.sort() }
    }

    private mutating func place(_ sentences: [SentenceInstance: [Int]], in article: ArticleSummary, at index: Int,
                                spans: [Range<Int>?]) {
        let paragraphs = article.paragraphs.map { Array($0.unicodeScalars) }
        var placed: [Int: [Mark]] = [:]
        var cursor = TextPosition(paragraph: 0, offset: 0)
        for sentence in sentences.keys.sorted(by: { ($0.start, $0.text) < ($1.start, $1.text) }) {
            let needle = Array(sentence.text.unicodeScalars)
            guard let found = Self.find(needle, in: paragraphs, from: cursor) ?? Self.find(needle, in: paragraphs, from: .init(paragraph: 0, offset: 0)) else {
                unplaced[index, default: []] += sentences[sentence] ?? []
                continue
            }
            cursor = TextPosition(paragraph: found.paragraph, offset: found.offset + needle.count)
            for id in sentences[sentence] ?? [] {
                guard let span = spans[id] else { continue }
                let range = (found.offset + span.lowerBound)..<(found.offset + span.upperBound)
                if placed[found.paragraph, default: []].contains(where: { $0.range.overlaps(range) }) {
                    unplaced[index, default: []].append(id)
                } else {
                    placed[found.paragraph, default: []].append(Mark(figureID: id, range: range))
                }
            }
        }
        marks[index] = placed.mapValues { $0.sorted { $0.range.lowerBound < $1.range.lowerBound } }
    }

    /// The first place at or after `start` where `needle` stands inside one paragraph.
    private static func find(_ needle: [Unicode.Scalar], in paragraphs: [[Unicode.Scalar]],
                             from start: TextPosition) -> TextPosition? {
        guard !needle.isEmpty else { return nil }
        for paragraph in start.paragraph..<paragraphs.count {
            let text = paragraphs[paragraph]
            let first = paragraph == start.paragraph ? start.offset : 0
            guard text.count - needle.count >= first else { continue }
            for offset in first...(text.count - needle.count) where text[offset..<(offset + needle.count)].elementsEqual(needle) {
                return TextPosition(paragraph: paragraph, offset: offset)
            }
        }
        return nil
    }
}

private struct ArticleKey: Hashable {
    let file: String
    let number: Int
    init(_ file: String, _ number: Int) {
        self.file = file
        self.number = number
    }
}

/// One printing of a sentence: the same text at another start is another instance.
private struct SentenceInstance: Hashable {
    let start: Int
    let text: String
}

private struct TextPosition {
    let paragraph: Int
    let offset: Int
}
