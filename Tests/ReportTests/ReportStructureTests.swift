import Foundation
import Normalise
import TestSupport
import Testing
@testable import Report

/// The report parsed back with libxml2: every figure is marked once where it stands in its
/// article and listed once in its category's table, and the page asks for nothing outside itself.
@Suite struct ReportStructureTests {
    private let run = SamplePageRun.run()

    private func page() throws -> (text: String, html: ParsedHTML) {
        let bytes = HTMLReport().bytes(for: run)
        return (String(decoding: bytes, as: UTF8.self), try #require(ParsedHTML(bytes)))
    }

    @Test func everyFigureIsMarkedOnceInItsArticle() throws {
        let (_, html) = try page()
        #expect(html.count("//mark") == run.figures.count)
        for (id, figure) in run.figures.enumerated() {
            let record = figure.record
            let index = try #require(run.articles.firstIndex { $0.file == record.location.file && $0.number == record.article })
            let marks = "//article[@id='\(PageAnchors.article(index))']/p/mark[@id='f-\(id)']"
            #expect(html.texts(marks) == [record.figure.span], "figure \(id) \(record.figure.span)")
            #expect(html.texts("\(marks)/@title").first?.hasPrefix(ReportLabels.exactValue(record.figure)) == true)
            // The mark stands inside the sentence the figure was found in (the 重复 labels aside).
            let paragraph = html.texts("\(marks)/../node()[not(self::span)]").joined()
            #expect(paragraph.contains(record.sentence), "figure \(id) \(record.figure.span)")
        }
    }

    @Test func everyFigureIsListedOnceInItsCategoryTable() throws {
        let (_, html) = try page()
        #expect(html.count("//section[@class='figures']//tbody/tr") == run.figures.count)
        for (id, figure) in run.figures.enumerated() {
            let rows = "//section[@id='cat-\(figure.meaning.category)']/section[@class='figures']//tbody/tr[@id='row-\(id)']"
            #expect(html.count(rows) == 1, "figure \(id)")
            #expect(html.count("//tr[@id='row-\(id)']") == 1)
            #expect(html.texts("\(rows)/td[7]/a/@href") == ["#f-\(id)"])
        }
    }

    @Test func chineseIsRawAndNothingIsFetched() throws {
        let (text, html) = try page()
        #expect(!text.contains("&#"))
        #expect(text.contains("甘肃省总工会通过百万职工职业技能素质提升活动"))
        #expect(!text.contains("<script"))
        #expect(!text.contains("<link"))
        #expect(!text.contains("@import"))
        #expect(!text.contains("url("))
        #expect(html.count("//*[@src]") == 0)
        #expect(html.texts("//@href").allSatisfy { $0.hasPrefix("#") })
    }
}

extension ReportStructureTests {
    @Test func styleIsReadyForPhonesAndPrintWithoutFetchingFonts() throws {
        let css = try page().html.texts("//head/style").joined()
        for rule in ["\"Noto Sans CJK SC\"", "\"Microsoft YaHei\"", "@page { size: A4;", "@media print",
                     "break-inside: avoid", "thead { display: table-header-group; }", "@media (max-width: 40rem)",
                     ".table-scroll { overflow-x: auto;"] {
            #expect(css.contains(rule), "missing \(rule)")
        }
        #expect(!css.contains("@font-face"))
        #expect(!css.contains("</"))
    }
}
