import Extract
import Normalise
import TestSupport
import TongjiCore

/// Extracts a real sentence and normalises it on its own, so a test can name a figure by its span.
struct Normalised {
    let figures: [Figure]
    let meanings: [Meaning]

    init(_ sentence: String, title: String = "", date: CalendarDate? = nil, region: Region? = nil) {
        figures = FigureExtractor().figures(in: sentence)
        meanings = Normaliser(categories: UnionNews.categories).meanings(
            of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures, articleTitle: title,
                                           articleDate: date, articleRegion: region))
    }

    /// The meaning of the first figure written as `span`; nil when the extractor found none.
    subscript(span: String) -> Meaning? {
        figures.firstIndex { $0.span == span }.map { meanings[$0] }
    }
}
