import Dispatch
import Foundation
import Normalise
import Store
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
}
