import Extract
import Ingest
import Normalise
import TestSupport
import Testing
@testable import TongjiPipeline

/// The extract and normalise stages over a document hand the normaliser only the sentence texts
/// it reads, the others left empty: every figure must still get the meaning it gets from the
/// article with all of its text.
@Suite struct DocumentFiguresTests {
    @Test func meaningsAreThoseOfTheWholeArticle() throws {
        let path = Project.path("Tests/IngestTests/Fixtures/union-news-page.txt")
        let document = try Ingester().document(fromBytes: try Project.bytes(path), name: path)
        let extractor = FigureExtractor(), normaliser = Normaliser(categories: UnionNews.categories)
        let records = DocumentFigures(extractor: extractor, normaliser: normaliser).records(in: document)

        var expected: [Meaning] = []
        for article in document.articles {
            let sentences = article.sentences.map(\.text)
            let found = sentences.enumerated().flatMap { index, text in
                extractor.figures(in: text).map { SentenceFigure(figure: $0, sentence: index) }
            }
            expected += normaliser.meanings(of: found, in: ArticleText(title: article.title, sentences: sentences,
                                                                        date: article.date))
        }
        #expect(records.count == expected.count)
        #expect(expected.contains { $0.region != nil } && expected.contains { !$0.organisation.isEmpty })
        for (record, meaning) in zip(records, expected) {
            // The record keeps the part's total itself, counted over the document.
            var meaning = meaning
            #expect((record.partOf != nil) == (meaning.partOf != nil))
            meaning.partOf = nil
            #expect(record.meaning == meaning, "\(record.record.figure.span) in \(record.record.sentence)")
        }
    }
}
