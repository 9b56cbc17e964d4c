import Dispatch
import Normalise
import Store
import Synchronization
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
    /// Figures handed over per batch, and batches read ahead: a few megabytes at most.
    private static let readAheadBatch = 1024, readAheadBatches = 4

    /// `forEachFigure`, with the reading and decoding of rows on a thread of its own while
    /// `body` runs here: rebuilding the reports from the store takes about half the time on two
    /// cores. Errors of `body` and of reading come out as they are; an error of `body` stops the
    /// reading. `body` must not use the store (the reading thread holds it until the end) and
    /// must run on a thread that may block, not in a Swift concurrency task.
    func forEachFigureReadAhead(_ body: (NormalisedRecord) throws -> Void) throws {
        let handoff = BatchHandoff<NormalisedRecord>(capacity: Self.readAheadBatches)
        let readFailure = Mutex<(any Error)?>(nil)
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            do {
                var batch: [NormalisedRecord] = []
                try self.forEachFigure { figure in
                    batch.append(figure)
                    guard batch.count == Self.readAheadBatch else { return }
                    guard handoff.put(batch) else { throw CancellationError() }
                    batch.removeAll(keepingCapacity: true)
                }
                if !batch.isEmpty { _ = handoff.put(batch) }
            } catch is CancellationError {
                // The consumer failed and reported its own error.
            } catch {
                readFailure.withLock { $0 = error }
            }
            handoff.finish()
        }
        var bodyFailure: (any Error)?
        do {
            while let batch = handoff.take() {
                for figure in batch { try body(figure) }
            }
        } catch {
            bodyFailure = error
            handoff.cancel()
        }
        reading.wait()
        if let bodyFailure { throw bodyFailure }
        if let error = readFailure.withLock({ $0 }) { throw error }
    }
}
