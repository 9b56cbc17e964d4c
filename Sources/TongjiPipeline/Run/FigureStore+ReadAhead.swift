import Normalise
import Store
import TongjiCore

/// The store as the reports read it, its figures decoded on a thread of their own.
struct StoreReportSource: ReportSource {
    let store: FigureStore

    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws {
        try store.forEachFigureReadAhead(body)
    }

    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws {
        try store.forEachArticle(body)
    }

    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary] {
        try store.withText(articles)
    }

    var articleLookup: (@Sendable ([ArticleKey]) throws -> [ArticleSummary])? {
        { [store] keys in try store.articles(withText: keys.map { ($0.file, $0.number) }) }
    }
}

extension FigureStore {
    /// `forEachFigure`, with the reading and decoding of rows on a thread of its own while
    /// `body` runs here (see `readingAhead`): rebuilding the reports from the store takes about
    /// half the time on two cores. `body` must not use the store (the reading thread holds it
    /// until the end).
    func forEachFigureReadAhead(_ body: (NormalisedRecord) throws -> Void) throws {
        try readingAhead(weight: NormalisedRecord.weight, produce: { figure in try self.forEachFigure { try figure($0) } },
                         consume: body)
    }
}

extension NormalisedRecord {
    /// What a figure read ahead weighs: the bytes of its longest texts, its sentence and title.
    static let weight: @Sendable (borrowing NormalisedRecord) -> Int = {
        $0.record.sentence.utf8.count + $0.record.title.utf8.count
    }
}
