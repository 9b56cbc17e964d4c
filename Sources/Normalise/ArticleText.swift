import TongjiCore

/// One article as the normaliser sees it: its title, its sentences and its date.
public struct ArticleText: Sendable {
    public var title: String
    /// Every sentence, in order. The text of a sentence whose code points `decodedSentences`
    /// gives is read from those: a caller that decoded them may leave it empty, and then need
    /// not copy out every sentence of the article.
    public var sentences: [String]
    public var date: CalendarDate?
    /// Where the article is about; nil: inferred from the title, else the first
    /// `Normaliser.regionSentences` sentences.
    public var region: Region?
    /// The code points of `sentences` one after another, for a caller that decoded them already
    /// (the extract stage does): decoding each sentence twice cost as much as a finder. One array
    /// for the article, not one a sentence, most of which have no figure and are never read.
    public var decodedScalars: [Unicode.Scalar]
    /// Where each sentence stands in `decodedScalars`; an empty range, or none, means not given.
    public var decodedRanges: [Range<Int>]
    /// For each sentence, whether it opens a paragraph; empty when paragraphs are not known, and
    /// then the article reads as one paragraph.
    public var opensParagraph: [Bool]

    public init(title: String, sentences: [String], date: CalendarDate? = nil, region: Region? = nil,
                decodedScalars: [Unicode.Scalar] = [], decodedRanges: [Range<Int>] = [], opensParagraph: [Bool] = []) {
        self.title = title
        self.sentences = sentences
        self.date = date
        self.region = region
        self.decodedScalars = decodedScalars
        self.decodedRanges = decodedRanges
        self.opensParagraph = opensParagraph
    }

    /// True when sentence `index` is known to open a paragraph.
    func opensParagraph(_ index: Int) -> Bool {
        opensParagraph.indices.contains(index) && opensParagraph[index]
    }

    /// Sentence `index` as code points, decoded only when the caller did not.
    func scalarText(ofSentence index: Int) -> ScalarText {
        if decodedRanges.indices.contains(index), !decodedRanges[index].isEmpty {
            return ScalarText(scalars: Array(decodedScalars[decodedRanges[index]]))
        }
        return ScalarText(sentences[index])
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
