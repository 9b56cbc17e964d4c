import Foundation
import Testing
@testable import Report

@Suite struct ReportWriterTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writersAreFoundByIdentifier() {
        #expect(ReportWriters.named("csv")?.identifier == "csv")
        #expect(ReportWriters.named("html")?.identifier == "html")
        #expect(ReportWriters.named("pdf") == nil)
    }

    @Test func writesEveryFileIntoANewDirectoryAndLeavesNoTemporaryFiles() throws {
        let directory = try temporaryDirectory().appendingPathComponent("union-news")
        for identifier in ["csv", "html"] { try #require(ReportWriters.named(identifier)).write(Samples.run(), to: directory) }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["articles.csv", "errors.csv", "figures.csv", "report.html", "summary.csv"])
        let csv = try Data(contentsOf: directory.appendingPathComponent("figures.csv"))
        #expect(Array(csv) == CSVWriter().bytes(for: FigureTable.table(for: Samples.run().figures)))
        let html = try Data(contentsOf: directory.appendingPathComponent("report.html"))
        #expect(Array(html) == HTMLReport().bytes(for: Samples.run()))
    }

    @Test func replacesAnExistingFileWhole() throws {
        let directory = try temporaryDirectory()
        let target = directory.appendingPathComponent("figures.csv")
        try Data(repeating: 0x41, count: 100_000).write(to: target)
        try CSVReportWriter(options: .init(includesByteOrderMark: false)).write(Samples.run(records: []), to: directory)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("file,line,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
                    == ["articles.csv", "errors.csv", "figures.csv", "summary.csv"])
    }

    @Test func unwritableDirectoryIsAReportError() throws {
        let file = try temporaryDirectory().appendingPathComponent("not-a-directory")
        try Data().write(to: file)
        #expect(throws: ReportError.self) { try HTMLReportWriter().write(Samples.run(), to: file) }
    }
}
