import Glibc
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
    /// One figure's place: a paragraph of an article and a UTF-8 byte range in it.
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
        let spans = SpanLocator.spans(for: figures)
        var articleIndex: [ArticleKey: Int] = [:]
        for (index, article) in articles.enumerated() where articleIndex[ArticleKey(article.file, article.number)] == nil {
            articleIndex[ArticleKey(article.file, article.number)] = index
        }
        var locatedByArticle = [[LocatedFigure]](repeating: [], count: articles.count)
        for (id, record) in figures.enumerated() {
            guard let article = articleIndex[ArticleKey(record.location.file, record.article)] else {
                orphans.append(id)
                continue
            }
            guard let span = spans[id] else {
                unplaced[article, default: []].append(id)
                continue
            }
            locatedByArticle[article].append(LocatedFigure(sentenceStart: record.figure.start - span.codePointOffset,
                                                           id: id, span: span.bytes))
        }
        for (article, located) in locatedByArticle.enumerated() where !located.isEmpty {
            place(located, in: articles[article], at: article, figures: figures)
        }
        for article in unplaced.keys { unplaced[article]?.sort() }
    }

    /// Places the sentences of one article in the order they were printed, each searched from
    /// where the previous one ended.
    private mutating func place(_ located: [LocatedFigure], in article: ArticleSummary, at index: Int,
                                figures: [FigureRecord]) {
        let text = ArticleText(article.paragraphs)
        var placed: [Int: [Mark]] = [:]
        var cursor = 0
        for instance in Self.sentenceInstances(located, figures: figures) {
            let needle = Array(figures[instance[0].id].sentence.utf8)
            guard let found = text.firstOffset(of: needle, from: cursor) ?? text.firstOffset(of: needle, from: 0) else {
                unplaced[index, default: []] += instance.map(\.id)
                continue
            }
            cursor = found + needle.count
            let (paragraph, offset) = text.paragraphOffset(found)
            for figure in instance {
                let range = (offset + figure.span.lowerBound)..<(offset + figure.span.upperBound)
                if placed[paragraph, default: []].contains(where: { $0.range.overlaps(range) }) {
                    unplaced[index, default: []].append(figure.id)
                } else {
                    placed[paragraph, default: []].append(Mark(figureID: figure.id, range: range))
                }
            }
        }
        marks[index] = placed.mapValues { $0.sorted { $0.range.lowerBound < $1.range.lowerBound } }
    }

    /// The printings of sentences in an article, ordered by (start, text), each with its figures
    /// in id order. Texts are compared only to order printings that share a start.
    private static func sentenceInstances(_ located: [LocatedFigure], figures: [FigureRecord]) -> [[LocatedFigure]] {
        var instances = [SentenceInstance: [LocatedFigure]](minimumCapacity: located.count)
        for figure in located {
            instances[SentenceInstance(start: figure.sentenceStart, text: SentenceText(text: figures[figure.id].sentence)),
                      default: []].append(figure)
        }
        return instances.sorted {
            $0.key.start != $1.key.start ? $0.key.start < $1.key.start : $0.key.text.precedes($1.key.text)
        }.map(\.value)
    }
}

/// An article's paragraphs as one run of UTF-8, each followed by 0xFF (never part of UTF-8), so a
/// sentence found in it stands inside one paragraph. One search over the article replaces a
/// search per paragraph, byte by byte (0.36 G instructions for 10 000 figures).
private struct ArticleText {
    private let bytes: [UInt8]
    /// Where each paragraph starts in `bytes`.
    private let starts: [Int]

    init(_ paragraphs: [String]) {
        var bytes: [UInt8] = [], starts: [Int] = []
        for paragraph in paragraphs {
            starts.append(bytes.count)
            bytes += paragraph.utf8
            bytes.append(0xFF)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// The first offset at or after `start` where `needle` stands: memchr (vectorised in glibc)
    /// finds each place of its first byte, and memcmp checks it. Boyer–Moore–Horspool skipped
    /// little in Chinese UTF-8, whose bytes share few values, and its table cost more than the
    /// search in a short article.
    func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start + needle.count <= bytes.count else { return nil }
        return bytes.withUnsafeBytes { text in
            needle.withUnsafeBytes { needle in
                let base = text.baseAddress!, last = text.count - needle.count
                var offset = start
                while offset <= last, let found = memchr(base + offset, Int32(first), last - offset + 1) {
                    offset = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 { return offset }
                    offset += 1
                }
                return nil
            }
        }
    }

    /// The paragraph holding `offset`, and the offset within it.
    func paragraphOffset(_ offset: Int) -> (paragraph: Int, offset: Int) {
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return (low, offset - starts[low])
    }
}

/// One printing of a sentence: the same text at another start is another instance.
private struct SentenceInstance: Hashable {
    let start: Int
    let text: SentenceText
}

/// A figure located in its sentence, waiting for the sentence to be found in the article.
private struct LocatedFigure {
    /// Where its sentence starts, in the code points of `Figure.start`.
    let sentenceStart: Int
    let id: Int
    /// The span's UTF-8 range in the sentence.
    let span: Range<Int>
}

private struct ArticleKey: Hashable {
    let file: String
    let number: Int
    init(_ file: String, _ number: Int) {
        self.file = file
        self.number = number
    }
}
