import Foundation
import TestSupport
import Testing
import TongjiCore
import TongjiPipeline

@Suite struct RunJobTests {
    /// The default pipeline over the sample page, written into a fresh folder.
    private func runSample(inputs extra: [String] = []) throws -> (URL, RunJob.Summary, DiagnosticLog) {
        var (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        definition.inputs += extra
        let out = try Scratch.directory()
        let diagnostics = DiagnosticLog()
        let options = RunOptions(outputDirectory: out.path, runTime: Date(timeIntervalSince1970: 1_623_715_200))
        let summary = try RunJob(definition: definition, options: options).run(diagnostics: diagnostics)
        return (out, summary, diagnostics)
    }

    @Test func figuresCSVIsWellFormedWithOneRowPerFigure() throws {
        let (out, summary, diagnostics) = try runSample()
        #expect(!diagnostics.hasErrors)
        #expect(summary.filesRead == 1 && summary.articles == 10)
        let bytes = try Data(contentsOf: out.appendingPathComponent("figures.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = try RFC4180Reader.records(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        let header = try #require(records.first)
        #expect(header.starts(with: ["file", "line", "column", "article", "title", "date", "span", "value"]))
        #expect(records.count - 1 == summary.figures)
        #expect(records.allSatisfy { $0.count == header.count })
        let row = try #require(records.first { $0[header.firstIndex(of: "span")!] == "8998名" })
        func field(_ name: String) -> String { row[header.firstIndex(of: name)!] }
        #expect(field("value") == "8998" && field("unit") == "名" && field("article") == "1")
        #expect(field("title") == "加强在产业工人中开展“推优入党”工作")
        #expect(field("sentence").contains("全省基层工会在广大职工中“推优入党”8998名"))
        // The passage printed twice: its second 1406.46万元 is flagged, the first is not.
        let repeated = records.filter { $0[header.firstIndex(of: "span")!] == "1406.46万元" }
        #expect(repeated.map { $0[header.firstIndex(of: "duplicate")!] } == ["false", "true"])
    }

    /// Reads one of the run's CSV files with the strict RFC 4180 reader, as rows keyed by column.
    private func table(_ name: String, in out: URL) throws -> [[String: String]] {
        let bytes = try Data(contentsOf: out.appendingPathComponent(name))
        let records = try RFC4180Reader.records(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        let header = try #require(records.first)
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func fundingOfGansuIsSummedOnceAsALowerBound() throws {
        let (out, _, _) = try runSample()
        let funding = try table("summary.csv", in: out).filter {
            $0["category"] == "funding" && $0["region"] == "甘肃省" && $0["unit"] == "元"
        }
        // 1464万余 + 9160万余 in a paragraph that names no period, as a lower bound; 1406.46万 +
        // 8825.2万 in the paragraph before, opened by 2020年以来. The reprinted passages are not
        // counted again (the first one's reprint stands in the Weihai article, and is excluded
        // from that article's place).
        #expect(funding.map { $0["period"] } == ["", "2020年以来"])
        #expect(funding.map { $0["sum"] } == ["106240000", "102316600"])
        #expect(funding.map { $0["sum_bound"] } == ["atLeast", "exact"])
        #expect(funding.map { $0["sum_wan_yuan"] } == ["10624", "10231.66"])
        #expect(funding.map { $0["duplicates_excluded"] } == ["2", "0"])
        let figures = try table("figures.csv", in: out)
        let rows = funding.map { row in (row["figure_rows"] ?? "").split(separator: " ").compactMap { Int($0) } }
        #expect(rows.map { $0.map { figures[$0 - 1]["span"] } } == [["1464万余元", "9160万余元"], ["1406.46万元", "8825.2万元"]])
    }

    @Test func sharesMultiplesAndDurationsAreCountedWithTheirRangeButNotSummed() throws {
        let (out, _, _) = try runSample()
        let summary = try table("summary.csv", in: out)
        let multiples = try #require(summary.first { $0["unit"] == "倍" })
        #expect(multiples["figures"] == "2" && multiples["sum"] == "" && multiples["sum_bound"] == "")
        #expect(multiples["minimum"] == "2.5" && multiples["maximum"] == "4.1")
        for kind in ["percent", "duration"] {
            #expect(summary.contains { $0["kind"] == kind })
            #expect(summary.filter { $0["kind"] == kind }.allSatisfy { $0["sum"] == "" && $0["sum_bound"] == "" })
        }
    }

    @Test func articlesCSVHasEveryArticleWithItsFigureCount() throws {
        let (out, summary, _) = try runSample()
        let articles = try table("articles.csv", in: out)
        #expect(articles.count == 10)
        #expect(articles.compactMap { Int($0["figures"] ?? "") }.reduce(0, +) == summary.figures)
        #expect(articles.last?["duplicate_lines"] == "167-173")
    }

    @Test func reportHTMLParsesBackWithEveryFigure() throws {
        let (out, summary, _) = try runSample()
        let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent("report.html")))
        let html = try #require(ParsedHTML(bytes))
        #expect(html.texts("/html/@lang") == ["zh-CN"])
        #expect(html.texts("//h1") == ["工会新闻数字统计"])
        // Chinese is written as UTF-8, never as numeric character references.
        #expect(!String(decoding: bytes, as: UTF8.self).contains("&#"))
        #expect(html.count("//section[@class='figures']//tbody/tr") == summary.figures)
    }

    @Test func badInputsAreReportedAndTheBatchGoesOn() throws {
        let scratch = try Scratch.directory()
        let binary = scratch.appendingPathComponent("binary.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF]).write(to: binary)
        let missing = scratch.appendingPathComponent("missing.txt").path
        let (out, summary, diagnostics) = try runSample(inputs: [binary.path, missing])
        let errors = diagnostics.all.filter { $0.severity == .error }
        #expect(errors.map(\.location.file).sorted() == [binary.path, missing].sorted())
        #expect(summary.filesRead == 1 && summary.filesFailed == 2 && summary.figures > 70)
        let html = try #require(ParsedHTML(try [UInt8](Data(contentsOf: out.appendingPathComponent("report.html")))))
        #expect(html.texts("//section[@class='failures']//li").count == 2)
        let listed = try table("errors.csv", in: out).filter { $0["severity"] == "error" }.compactMap { $0["file"] }
        #expect(listed.sorted() == [binary.path, missing].sorted())
    }
}
