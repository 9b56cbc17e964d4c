import Dispatch
import Foundation
import Normalise
import Store
import Synchronization
import TestSupport
import Testing
import TongjiCore
@testable import TongjiPipeline

/// Reading the store ahead on a second thread hands over every figure, in order, and stops
/// cleanly when the reports fail half-way.
@Suite struct ReadAheadTests {
    /// The store of a run of the default pipeline over the sample page.
    private func sampleStore() throws -> FigureStore {
        let (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        let out = try Scratch.directory()
        let options = RunOptions(outputDirectory: out.path, runTime: Date(timeIntervalSince1970: 1_623_715_200))
        _ = try RunJob(definition: definition, options: options).run(diagnostics: DiagnosticLog())
        return try FigureStore(path: out.appendingPathComponent(RunJob.storeName).path)
    }

    @Test func handsOverTheFiguresOfTheStoreInOrder() throws {
        let store = try sampleStore()
        let direct = try store.figures()
        var ahead: [NormalisedRecord] = []
        try store.forEachFigureReadAhead { ahead.append($0) }
        #expect(direct.count == 76)
        #expect(ahead == direct)
    }

    private struct ReportFailed: Error, Equatable {}

    @Test func aFailingBodyStopsTheReadingAndItsErrorComesOut() throws {
        let store = try sampleStore()
        var seen = 0
        #expect(throws: ReportFailed()) {
            try store.forEachFigureReadAhead { _ in
                seen += 1
                if seen == 10 { throw ReportFailed() }
            }
        }
        #expect(seen == 10)
    }

    @Test func batchesArriveInOrderThoughTheProducerWaitsForRoom() {
        let handoff = BatchHandoff<Int>(capacity: 2)
        DispatchQueue.global().async {
            for start in stride(from: 0, to: 1000, by: 10) { _ = handoff.put(Array(start..<(start + 10))) }
            handoff.finish()
        }
        var received: [Int] = []
        while let batch = handoff.take() { received += batch }
        #expect(received == Array(0..<1000))
    }

    @Test func aCancelledHandoffRefusesTheProducersNextBatch() {
        let handoff = BatchHandoff<Int>(capacity: 1)
        let refused = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var batch = 0
            while handoff.put([batch]) { batch += 1 }
            handoff.finish()
            refused.signal()
        }
        #expect(handoff.take() == [0])
        handoff.cancel()
        #expect(refused.wait(timeout: .now() + 10) == .success, "the producer stops instead of waiting for room")
    }

    @Test func readingAheadHandsOverEveryItemInOrderInBatchesOfAnySize() throws {
        for (size, batches) in [(1, 1), (3, 1), (7, 2), (1024, 4)] {
            var seen: [Int] = []
            try readingAhead(batchSize: size, batches: batches, produce: { yield in
                for item in 0..<1000 { try yield(item) }
            }, consume: { seen.append($0) })
            #expect(seen == Array(0..<1000))
        }
    }

    /// A batch ends at its weight as well as at its size: long items are not held a thousand at a time.
    @Test func aBatchEndsAtItsWeight() throws {
        let produced = Atomic(0)
        var producedBeforeTheFirst: Int?
        try readingAhead(batchSize: 1000, batches: 1, weight: { _ in 5 }, batchWeight: 10, produce: { yield in
            for item in 0..<1000 {
                produced.add(1, ordering: .relaxed)
                try yield(item)
            }
        }, consume: { _ in
            if producedBeforeTheFirst == nil { producedBeforeTheFirst = produced.load(ordering: .relaxed) }
        })
        // One batch of two taken, one waiting, and one being filled before the producer waits for room.
        #expect(try #require(producedBeforeTheFirst) <= 6)
    }

    private struct ReadFailed: Error, Equatable {}

    /// What was read before the reading failed is consumed, then its error comes out; an error of
    /// the reading's own, even one that looks like the consumer stopping, is not swallowed.
    @Test func aFailingReadingHandsOverWhatItReadThenItsError() throws {
        var seen: [Int] = []
        #expect(throws: ReadFailed()) {
            try readingAhead(batchSize: 10, produce: { yield in
                for item in 0..<25 { try yield(item) }
                throw ReadFailed()
            }, consume: { seen.append($0) })
        }
        #expect(seen == Array(0..<25))
        #expect(throws: CancellationError.self) {
            try readingAhead(produce: { (_: (consuming Int) throws -> Void) in throw CancellationError() }, consume: { _ in })
        }
    }

    /// A failing consumer stops the reading at its next item, not at the end of a batch: a figure
    /// file on standard input is not read to its end before a failure is told. The first item
    /// weighs a batch on its own; the rest weigh nothing and would fill no batch before the end.
    @Test func aFailingConsumerStopsTheReadingAtTheNextItem() throws {
        let produced = Atomic(0)
        let items = 10_000_000
        #expect(throws: ReportFailed()) {
            try readingAhead(batchSize: 2 * items, weight: { $0 == 0 ? 1 : 0 }, batchWeight: 1, produce: { yield in
                for item in 0..<items {
                    produced.add(1, ordering: .relaxed)
                    try yield(item)
                }
            }, consume: { item in
                if item == 0 { throw ReportFailed() }
            })
        }
        #expect(produced.load(ordering: .relaxed) < items)
    }
}
