import Foundation
import Testing
@testable import Report

/// The whole page for a fixed run over the sample page, compared byte for byte with
/// `Golden/report.html`, so that any change to the page is seen in review.
///
/// When the page changes on purpose, regenerate the file and review its diff:
///
///     TONGJI_UPDATE_GOLDEN=1 swift test --filter GoldenReportTests
///
/// A missing golden file is written the same way, and the test fails so that it gets committed.
@Suite struct GoldenReportTests {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/report.html")

    @Test func reportForTheSamplePageMatchesTheGoldenFile() throws {
        let bytes = HTMLReport().bytes(for: SamplePageRun.run())
        let stored = try? Data(contentsOf: Self.golden)
        if ProcessInfo.processInfo.environment["TONGJI_UPDATE_GOLDEN"] == "1" || stored == nil {
            try FileManager.default.createDirectory(at: Self.golden.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: Self.golden)
            #expect(stored != nil, "wrote \(Self.golden.path); review and commit it")
            return
        }
        let expected = String(decoding: stored ?? Data(), as: UTF8.self)
        let actual = String(decoding: bytes, as: UTF8.self)
        let firstDifference = zip(expected.split(separator: "\n"), actual.split(separator: "\n"))
            .enumerated().first { $0.element.0 != $0.element.1 }
        #expect(actual == expected, """
            the page differs from \(Self.golden.lastPathComponent) at line \((firstDifference?.offset ?? 0) + 1):
            expected: \(firstDifference.map { String($0.element.0) } ?? "(end)")
            actual:   \(firstDifference.map { String($0.element.1) } ?? "(end)")
            regenerate with TONGJI_UPDATE_GOLDEN=1 if the change is intended
            """)
    }
}
