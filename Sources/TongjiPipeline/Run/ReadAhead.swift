import Dispatch
import Synchronization

/// Runs `produce` on a thread of its own and hands what it yields to `consume` on this one, in
/// batches, at most `batches` of them waiting: reading (SQLite and decoding its rows, or figure
/// files and parsing their lines) keeps one core busy while the other writes (the reports, or
/// SQLite's inserts). A batch ends at `batchSize` items or once the items' `weight` (their
/// bytes, say) reaches `batchWeight`, so that memory stays a few megabytes however long the
/// items are. Everything yielded before `produce` throws is consumed first; then its error
/// comes out. An error of `consume` comes out as it is, and stops the producing at its next
/// yield (what it read ahead by then, and reported to a diagnostic log, stays reported). Must
/// run on a thread that may block, not in a Swift concurrency task.
func readingAhead<Item: Sendable>(batchSize: Int = 1024, batches: Int = 4,
                                  weight: @escaping @Sendable (borrowing Item) -> Int = { _ in 0 },
                                  batchWeight: Int = 1 << 20,
                                  produce: @escaping @Sendable (_ yield: (consuming Item) throws -> Void) throws -> Void,
                                  consume: (Item) throws -> Void) throws {
    let handoff = BatchHandoff<Item>(capacity: batches)
    let produceFailure = Mutex<(any Error)?>(nil)
    let producing = DispatchGroup()
    DispatchQueue.global().async(group: producing) {
        var batch: [Item] = []
        var batchWeighs = 0
        do {
            try produce { item in
                guard !handoff.isCancelled else { throw ConsumerStopped() }
                batchWeighs += weight(item)
                batch.append(item)
                guard batch.count == batchSize || batchWeighs >= batchWeight else { return }
                guard handoff.put(batch) else { throw ConsumerStopped() }
                batch.removeAll(keepingCapacity: true)
                batchWeighs = 0
            }
        } catch is ConsumerStopped {
            // The consumer failed and reports its own error.
        } catch {
            produceFailure.withLock { $0 = error }
        }
        // Not once the consumer has stopped: the `put` that told so took the room it made.
        if !batch.isEmpty, !handoff.isCancelled { _ = handoff.put(batch) }
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

/// Thrown to end `produce` once the consumer has stopped: an error of its own, so that no
/// error of the producer's is mistaken for it.
private struct ConsumerStopped: Error {}
