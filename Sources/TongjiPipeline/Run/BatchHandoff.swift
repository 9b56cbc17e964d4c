import Dispatch
import Synchronization

/// Passes batches from one producing thread to one consuming thread, holding at most
/// `capacity` batches, so the producer never runs far ahead of the consumer and memory stays
/// bounded. Either side may stop early: `finish()` ends the stream for the consumer, `cancel()`
/// tells the producer to stop.
final class BatchHandoff<Element: Sendable>: Sendable {
    /// The batches waiting.
    private let batches = Mutex<[[Element]]>([])
    /// Set under the lock of `batches` (so a `put` sees it or its batch is dropped with the
    /// rest), read without it: the producer asks before every item.
    private let cancelled = Atomic(false)
    private let ready = DispatchSemaphore(value: 0)
    private let space: DispatchSemaphore

    init(capacity: Int) {
        // Counted up from 0 rather than created at `capacity`: libdispatch traps when a
        // semaphore is freed below its initial value, as `space` is after a cancel.
        space = DispatchSemaphore(value: 0)
        for _ in 0..<capacity { space.signal() }
    }

    /// Hands over a batch, waiting while `capacity` batches are waiting. False once the
    /// consumer has cancelled: the producer should stop.
    func put(_ batch: [Element]) -> Bool {
        space.wait()
        let accepted = batches.withLock { batches in
            guard !isCancelled else { return false }
            batches.append(batch)
            return true
        }
        ready.signal()
        return accepted
    }

    /// No more batches will come.
    func finish() {
        ready.signal()
    }

    /// The next batch, or nil when the producer has finished and all were taken.
    func take() -> [Element]? {
        ready.wait()
        // Every `put` signals after appending and `finish` signals last, so an empty queue here
        // means the producer has finished.
        let next = batches.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        if next != nil { space.signal() }
        return next
    }

    /// The consumer stops: batches waiting are dropped and the producer's next `put` fails.
    func cancel() {
        batches.withLock { batches in
            cancelled.store(true, ordering: .releasing)
            batches.removeAll()
        }
        space.signal()
    }

    /// True once the consumer has stopped; the producer need make nothing more.
    var isCancelled: Bool {
        cancelled.load(ordering: .acquiring)
    }
}
