import TongjiCore

/// What the normaliser may look at besides the figure itself.
///
/// Figure offsets count code points of `sentence`, as the extractor gives them when it is run
/// on the sentence.
public struct FigureContext: Sendable {
    public var sentence: String
    /// Every figure of the sentence, the one being normalised included. Lists (、) and 参加 clauses
    /// take their category from the figure before them, and a keyword in a clause that holds
    /// another figure is that figure's, not this one's.
    public var sentenceFigures: [Figure]
    public var articleTitle: String
    public var articleDate: CalendarDate?
    /// Where the article is about; 全省, 全市, 该市 resolve to it. Nil: inferred from the title.
    public var articleRegion: Region?
    /// The organisation of the article's first sentence, used when the sentence names none.
    public var articleOrganisation: String

    public init(sentence: String, sentenceFigures: [Figure] = [], articleTitle: String = "",
                articleDate: CalendarDate? = nil, articleRegion: Region? = nil, articleOrganisation: String = "") {
        self.sentence = sentence
        self.sentenceFigures = sentenceFigures
        self.articleTitle = articleTitle
        self.articleDate = articleDate
        self.articleRegion = articleRegion
        self.articleOrganisation = articleOrganisation
    }
}

extension Figure {
    /// The code points the figure covers in its sentence.
    var range: Range<Int> { start..<(start + length) }
}
