import Foundation
@testable import Report
import TestSupport
import Testing
import TongjiCore

@Suite struct ReportWriterTests {
    /// Every file of a run, written in the order `tongji run` writes them, into the directory
    /// its lock file made: the figures and articles row by row, then the totals and the page.
    private func writeReports(_ run: ReportInput, to directory: URL, csv: CSVReportWriter = CSVReportWriter()) throws {
        let figures = try StreamedCSVFile.figures(in: directory, options: csv.options)
        for figure in run.figures { try figures.append(figure) }
        try figures.commit()
        let articles = try StreamedCSVFile.articles(in: directory, options: csv.options)
        for article in run.articles { try articles.append(article) }
        try articles.commit()
        try csv.writeTotals(run, to: directory)
        try HTMLReportWriter().write(run, to: directory)
    }

    @Test func formatsAreTheWritersIdentifiers() {
        #expect(ReportWriters.identifiers == ["csv", "html"])
    }

    @Test func writesEveryFileAndLeavesNoTemporaryFiles() throws {
        let directory = try Scratch.directory()
        var run = Samples.run()
        run.articles = [ArticleSummary(file: "union-news-page.txt", number: 1, title: "标题", startLine: 78, endLine: 80,
                                       sentenceCount: 3, figureCount: run.figures.count)]
        try writeReports(run, to: directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["articles.csv", "errors.csv", "figures.csv", "report.html", "summary.csv"])
        let csv = try Data(contentsOf: directory.appendingPathComponent("figures.csv"))
        #expect(Array(csv) == CSVWriter().bytes(for: FigureTable.table(for: run.figures)))
        let articles = try Data(contentsOf: directory.appendingPathComponent("articles.csv"))
        #expect(Array(articles) == CSVWriter().bytes(for: CSVTable(columns: ArticleTable.columns, rows: [
            ["union-news-page.txt", "1", "标题", "", "", "78", "80", "3", "5", ""],
        ])))
        let html = try Data(contentsOf: directory.appendingPathComponent("report.html"))
        #expect(Array(html) == HTMLReport().bytes(for: run))
    }

    @Test func replacesAnExistingFileWhole() throws {
        let directory = try Scratch.directory()
        let target = directory.appendingPathComponent("figures.csv")
        try Data(repeating: 0x41, count: 100_000).write(to: target)
        let figures = try StreamedCSVFile.figures(in: directory, options: .init(includesByteOrderMark: false))
        try figures.commit()
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("file,line,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["figures.csv"])
    }

    @Test func aFileNotCommittedLeavesTheOldOneInPlace() throws {
        let directory = try Scratch.directory()
        let target = directory.appendingPathComponent("figures.csv")
        try Data("old".utf8).write(to: target)
        do {
            let figures = try StreamedCSVFile.figures(in: directory, options: .init())
            for figure in Samples.run().figures { try figures.append(figure) }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["figures.csv"])
    }

    @Test func unwritableDirectoryIsAReportError() throws {
        let file = try Scratch.directory().appendingPathComponent("not-a-directory")
        try Data().write(to: file)
        #expect(throws: ReportError.self) { try HTMLReportWriter().write(Samples.run(), to: file) }
        #expect(throws: ReportError.self) { try CSVReportWriter().writeTotals(Samples.run(), to: file) }
    }
}
