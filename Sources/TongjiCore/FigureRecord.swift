/// A figure with the place it came from: the unit that flows from extract to the reports.
public struct FigureRecord: Sendable, Hashable {
    public var figure: Figure
    /// File, line and column of the span's first character in the original input.
    public var location: SourceLocation
    /// 1-based number of the article within its file.
    public var article: Int
    /// The article's title, empty when the input has none.
    public var title: String
    /// The article's publication date when known.
    public var date: CalendarDate?
    /// The whole sentence the figure stands in.
    public var sentence: String
    /// True when the sentence repeats text printed earlier (a reprint); never counted twice.
    public var duplicate: Bool

    public init(figure: Figure, location: SourceLocation, article: Int = 1, title: String = "",
                date: CalendarDate? = nil, sentence: String, duplicate: Bool = false) {
        self.figure = figure
        self.location = location
        self.article = article
        self.title = title
        self.date = date
        self.sentence = sentence
        self.duplicate = duplicate
    }
}
