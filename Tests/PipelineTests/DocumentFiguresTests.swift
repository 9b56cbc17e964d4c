import Extract
import Ingest
import Normalise
import TestSupport
import Testing
import TongjiCore
@testable import TongjiPipeline

/// The extract and normalise stages over a document scan each sentence in place and hand the
/// normaliser only the sentence texts it reads, the others left empty: every figure must still
/// be the one found in the sentence's own text, with the meaning it gets from the article with
/// all of its text.
@Suite struct DocumentFiguresTests {
    private let extractor = FigureExtractor(), normaliser = Normaliser(categories: UnionNews.categories)

    /// Each figure of `document`, as the stages give it and as the whole text of its article gives it.
    private func compare(_ document: Document) -> [(record: NormalisedRecord, figure: Figure, meaning: Meaning)] {
        let records = DocumentFigures(extractor: extractor, normaliser: normaliser).records(in: document)
        var figures: [Figure] = [], meanings: [Meaning] = []
        for article in document.articles {
            let sentences = article.sentences.map(\.text)
            let found = sentences.enumerated().flatMap { index, text in
                extractor.figures(in: text).map { SentenceFigure(figure: $0, sentence: index) }
            }
            figures += found.map(\.figure)
            let opensParagraph = article.paragraphs.flatMap { paragraph in paragraph.sentences.indices.map { $0 == 0 } }
            meanings += normaliser.meanings(of: found, in: ArticleText(title: article.title, sentences: sentences,
                                                                        date: article.date, opensParagraph: opensParagraph))
        }
        #expect(records.count == figures.count)
        return zip(records, zip(figures, meanings)).map { ($0, $1.0, $1.1) }
    }

    private func expectSame(_ compared: [(record: NormalisedRecord, figure: Figure, meaning: Meaning)]) {
        for (record, figure, meaning) in compared {
            #expect(record.record.figure == figure)
            // The record keeps the part's total itself, counted over the document.
            var meaning = meaning
            #expect((record.partOf != nil) == (meaning.partOf != nil))
            meaning.partOf = nil
            #expect(record.meaning == meaning, "\(figure.span) in \(record.record.sentence)")
        }
    }

    @Test func figuresAndMeaningsOfTheSamplePageAreThoseOfTheWholeText() throws {
        let path = Project.path("Tests/IngestTests/Fixtures/union-news-page.txt")
        let compared = compare(try Ingester().document(fromBytes: try Project.bytes(path), name: path))
        #expect(compared.count == 76)
        expectSame(compared)
    }

    /// The place of this article is named only in an opening sentence without figures: that
    /// text must reach the normaliser, or 全省 is left without its province.
    @Test func placeNamedOnlyInAnOpeningSentenceWithoutFigures() throws {
        let text = """
            职工技能大赛圆满落幕

            甘肃省总工会近日在兰州市举办职工技能大赛。

            各地选手同台竞技，展示精湛技艺。

            全省共有1200名职工参加决赛。
            """
        let compared = compare(try Ingester().document(fromBytes: Array(text.utf8), name: "article.txt"))
        #expect(compared.map(\.figure.span) == ["1200名"])
        #expect(compared.first?.meaning.region?.province == "甘肃省")
        expectSame(compared)
    }
}
