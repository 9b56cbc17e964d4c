import Dispatch
import Synchronization

/// Runs `produce` on a thread of its own and hands what it yields to `consume` on this one, in
/// batches of `batchSize`, at most `batches` of them waiting: memory stays a few megabytes
/// whatever is read, and reading the figures back for the reports (SQLite, and decoding its
/// rows or figure lines) keeps a core busy beside the writers. Errors of `consume` and of
/// `produce` come out as they are; an error of `consume` stops the producing at its next yield.
/// Must run on a thread that may block, not in a Swift concurrency task.
func readingAhead<Item: Sendable>(batchSize: Int = 1024, batches: Int = 4,
                                  produce: @escaping @Sendable (_ yield: (Item) throws -> Void) throws -> Void,
                                  consume: (Item) throws -> Void) throws {
    let handoff = BatchHandoff<Item>(capacity: batches)
    let produceFailure = Mutex<(any Error)?>(nil)
    let producing = DispatchGroup()
    DispatchQueue.global().async(group: producing) {
        do {
            var batch: [Item] = []
            try produce { item in
                batch.append(item)
                guard batch.count == batchSize else { return }
                guard handoff.put(batch) else { throw CancellationError() }
                batch.removeAll(keepingCapacity: true)
            }
            if !batch.isEmpty { _ = handoff.put(batch) }
        } catch is CancellationError {
            // The consumer failed and reported its own error.
        } catch {
            produceFailure.withLock { $0 = error }
        }
        handoff.finish()
    }
    var consumeFailure: (any Error)?
    do {
        while let batch = handoff.take() {
            for item in batch { try consume(item) }
        }
    } catch {
        consumeFailure = error
        handoff.cancel()
    }
    producing.wait()
    if let consumeFailure { throw consumeFailure }
    if let error = produceFailure.withLock({ $0 }) { throw error }
}
