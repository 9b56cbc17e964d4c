import TongjiCore

/// One article of a document: its title block, byline, date and paragraphs.
public struct Article: Sendable, Hashable {
    /// A run of lines that repeats text printed earlier.
    public struct Duplicate: Sendable, Hashable {
        /// The input lines of the repeat.
        public var lines: ClosedRange<Int>
        /// Where the first occurrence of the repeated text starts.
        public var original: SourceLocation
    }

    /// 1-based number of the article within its document.
    public internal(set) var number: Int
    /// The main title; empty when the input has none.
    public internal(set) var title: String
    /// The whole title block: kicker, title, subtitle and column labels, in input order.
    public internal(set) var titleLines: [String]
    /// The byline (记者邹倜然, 本报记者 康劲), empty when none was found.
    public internal(set) var byline: String
    /// Publication date when known.
    public internal(set) var date: CalendarDate?
    /// Optional metadata of JSON Lines inputs: `id`, `url`, `source`.
    public internal(set) var metadata: [String: String]
    /// Every paragraph, title block included, in input order.
    public internal(set) var paragraphs: [Paragraph]

    /// First input line of the article.
    public var startLine: Int { paragraphs.first?.lines.lowerBound ?? 0 }
    /// Last input line of the article.
    public var endLine: Int { paragraphs.last?.lines.upperBound ?? 0 }
    /// Every sentence of the article, in order.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }
    /// How many sentences, without building `sentences`.
    public var sentenceCount: Int { paragraphs.reduce(0) { $0 + $1.sentences.count } }

    /// The runs of paragraphs that repeat earlier text, with where that text first stood.
    public var duplicates: [Duplicate] {
        var runs: [Duplicate] = []
        var previousWasDuplicate = false
        for paragraph in paragraphs {
            guard let original = paragraph.duplicateOf else {
                previousWasDuplicate = false
                continue
            }
            if previousWasDuplicate, let last = runs.last {
                runs[runs.count - 1].lines = last.lines.lowerBound...paragraph.lines.upperBound
            } else {
                runs.append(Duplicate(lines: paragraph.lines, original: original))
            }
            previousWasDuplicate = true
        }
        return runs
    }

    init(number: Int, paragraphs: [Paragraph] = []) {
        self.number = number
        self.title = ""
        self.titleLines = []
        self.byline = ""
        self.date = nil
        self.metadata = [:]
        self.paragraphs = paragraphs
    }
}
