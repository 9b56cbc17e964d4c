import Extract
import Foundation
import Normalise
import Store
import TestSupport
import Testing
import TongjiCore

/// The store keeps figures exactly: what goes in comes back, value, meaning and place alike.
@Suite struct FigureStoreTests {
    let store: FigureStore

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-store-\(UUID().uuidString).sqlite").path
        store = try FigureStore(path: path)
    }

    /// The figures of real sentences of the sample page, normalised as one article.
    private func figures(file: String) throws -> [NormalisedRecord] {
        let sentences = try Fixtures.goldSentences().filter { $0.contains("85家") || $0.hasPrefix("其中") || $0.contains("1406.46万元") }
        var found: [SentenceFigure] = [], records: [FigureRecord] = []
        for (index, sentence) in sentences.enumerated() {
            for figure in FigureExtractor().figures(in: sentence) {
                found.append(SentenceFigure(figure: figure, sentence: index))
                records.append(FigureRecord(figure: figure, location: SourceLocation(file: file, line: index + 1, column: figure.start + 1),
                                            title: "甘肃工会持续开展百万职工技能素质提升活动",
                                            date: CalendarDate(year: 2021, month: 6, day: 15), sentence: sentence,
                                            duplicate: index > 0))
            }
        }
        let meanings = Normaliser(categories: UnionNews.categories)
            .meanings(of: found, in: ArticleText(title: "甘肃工会持续开展百万职工技能素质提升活动", sentences: sentences))
        return zip(records, meanings).map { record, meaning in
            var meaning = meaning
            let partOf = meaning.partOf
            meaning.partOf = nil  // as the pipeline keeps it: on the record, counted run-wide
            return NormalisedRecord(record: record, meaning: meaning, partOf: partOf)
        }
    }

    private func document(_ path: String, status: StoredDocument.Status = .read) -> StoredDocument {
        StoredDocument(path: path, contentHash: "abc", size: 10, modified: 1, status: status, processedAt: "2021-06-15T00:00:00Z")
    }

    @Test func figuresComeBackExactly() throws {
        let saved = try figures(file: "a.txt")
        #expect(saved.count > 6)
        #expect(saved.contains { $0.partOf != nil })
        try store.save(document("a.txt"), articles: [], figures: saved)
        #expect(try store.figures() == saved)
    }

    @Test func savingAFileAgainReplacesItsFiguresAndRemovingItDropsThem() throws {
        let a = try figures(file: "a.txt"), b = try figures(file: "b.txt")
        try store.save(document("a.txt"), articles: [], figures: a)
        try store.save(document("b.txt"), articles: [], figures: b)
        try store.save(document("a.txt"), articles: [], figures: Array(a.prefix(2)))
        #expect(try store.figures().count == 2 + b.count)
        try store.remove(paths: ["b.txt"])
        #expect(try store.figures() == Array(a.prefix(2)))
        #expect(try store.documents().keys.sorted() == ["a.txt"])
    }

    @Test func articlesComeBackWithTheirRepeatedLines() throws {
        let article = ArticleSummary(file: "a.txt", number: 7, title: "甘肃工会持续开展百万职工技能素质提升活动", byline: "本报记者 康劲",
                                     date: CalendarDate(year: 2021, month: 6, day: 15), startLine: 69, endLine: 129,
                                     paragraphs: ["第一段。", "第二段，含逗号。"], sentenceCount: 34, duplicateLines: [123...129],
                                     figureCount: 0)
        try store.save(document("a.txt"), articles: [article], figures: [])
        var withoutText = article
        withoutText.paragraphs = []
        #expect(try store.articles() == [withoutText])
        #expect(try store.withText(store.articles()) == [article])
    }
}
