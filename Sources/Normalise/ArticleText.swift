import TongjiCore

/// One article as the normaliser sees it: its title, its sentences and its date.
public struct ArticleText: Sendable {
    public var title: String
    public var sentences: [String]
    public var date: CalendarDate?
    /// Where the article is about; nil: inferred from the title, else the first two sentences.
    public var region: Region?

    public init(title: String, sentences: [String], date: CalendarDate? = nil, region: Region? = nil) {
        self.title = title
        self.sentences = sentences
        self.date = date
        self.region = region
    }
}

/// A figure and the index of the article sentence it stands in; its offsets count code points
/// of that sentence.
public struct SentenceFigure: Sendable, Hashable {
    public var figure: Figure
    public var sentence: Int

    public init(figure: Figure, sentence: Int) {
        self.figure = figure
        self.sentence = sentence
    }
}
