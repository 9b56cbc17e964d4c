/// One article as later stages keep it: for `articles.csv`, the report's sources and the store.
public struct ArticleSummary: Sendable, Hashable {
    public var file: String
    /// 1-based number within its file.
    public var number: Int
    public var title: String
    public var byline: String
    public var date: CalendarDate?
    public var startLine: Int
    public var endLine: Int
    /// The article's paragraphs, cleaned up, in order.
    public var paragraphs: [String]
    public var sentenceCount: Int
    /// Runs of lines that repeat earlier text.
    public var duplicateLines: [ClosedRange<Int>]
    /// How many figures the article holds: counted by the store that keeps the article (the
    /// run's store, aggregate's scratch file).
    public var figureCount: Int

    public init(file: String, number: Int, title: String, byline: String = "", date: CalendarDate? = nil,
                startLine: Int, endLine: Int, paragraphs: [String] = [], sentenceCount: Int = 0,
                duplicateLines: [ClosedRange<Int>] = [], figureCount: Int = 0) {
        self.file = file
        self.number = number
        self.title = title
        self.byline = byline
        self.date = date
        self.startLine = startLine
        self.endLine = endLine
        self.paragraphs = paragraphs
        self.sentenceCount = sentenceCount
        self.duplicateLines = duplicateLines
        self.figureCount = figureCount
    }
}
