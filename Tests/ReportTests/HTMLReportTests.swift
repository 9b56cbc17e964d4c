import TestSupport
import Testing
import TongjiCore
@testable import Report

@Suite struct HTMLReportTests {
    private func page(_ run: ReportInput = Samples.run()) throws -> (bytes: [UInt8], html: ParsedHTML) {
        let bytes = HTMLReport().bytes(for: run)
        return (bytes, try #require(ParsedHTML(bytes)))
    }

    @Test func pageIsChineseHTML5WithTitleAndRunTime() throws {
        let (bytes, html) = try page()
        #expect(String(decoding: bytes.prefix(15), as: UTF8.self) == "<!DOCTYPE html>")
        #expect(html.texts("/html/@lang") == ["zh-CN"])
        #expect(html.texts("//head/meta/@charset") == ["utf-8"])
        #expect(html.texts("//title") == ["工会新闻数字统计"])
        #expect(html.texts("//h1") == ["工会新闻数字统计"])
        #expect(html.texts("//time/@datetime") == ["2024-06-11T17:30:00+08:00"])
        #expect(html.texts("//header//li") == ["union-news-page.txt"])
    }

    @Test func oneRowPerFigureWithEachSpanMarked() throws {
        let (_, html) = try page()
        let records = Samples.innovationRecords
        #expect(html.count("//section[@class='figures']//tbody/tr") == records.count)
        #expect(html.texts("//section[@class='figures']//tbody/tr/td[6]/mark") == records.map(\.figure.span))
        #expect(html.texts("//section[@class='figures']//tbody/tr/td[6]") == records.map(\.sentence))
    }

    @Test func valuesAreReadableWithTheExactValueOnHover() throws {
        let (_, html) = try page()
        #expect(html.texts("//td[@class='value']") == ["1406.46万元", "8825.2万元", "3120项", "7.6亿元", "3900余人"])
        #expect(html.texts("//td[@class='value']/@title").first == "14064600 元")
    }

    @Test func tablesHaveCaptionsAndColumnHeaders() throws {
        let (_, html) = try page()
        #expect(html.count("//table") == 2)
        #expect(html.count("//table[caption]") == 2)
        #expect(html.count("//thead//th[@scope='col']") == 3 + 6)
        #expect(html.texts("//section[@class='kinds']//tbody/tr/th") == ["人数", "金额", "数量"])
        #expect(html.texts("//section[@class='kinds']//tbody/tr/td[1]") == ["1", "3", "1"])
    }

    @Test func duplicatesAreShownAndLabelled() throws {
        var copy = Samples.innovationRecords[0]
        copy.duplicate = true
        copy.location.line = 112
        let (_, html) = try page(Samples.run(records: Samples.innovationRecords + [copy]))
        #expect(html.count("//tr[contains(@class,'duplicate')]") == 1)
        #expect(html.texts("//tr[contains(@class,'duplicate')]//span[@class='label']") == ["重复"])
        #expect(html.texts("//section[@class='kinds']//tbody/tr[2]/td[2]") == ["1"])
    }

    @Test func failedInputsAreListedInTheHeader() throws {
        let failure = Diagnostic(.error, at: SourceLocation(file: "missing.txt", line: 0), "file not found")
        let (_, html) = try page(Samples.run(diagnostics: [failure]))
        #expect(html.texts("//header/section[@class='failures']/h2") == ["处理失败的输入"])
        #expect(html.texts("//header/section[@class='failures']//li") == ["missing.txt: error: file not found"])
    }

    @Test func sentenceWithMarkupCharactersSurvivesExactly() throws {
        let sentence = "A<B & \"C\"：共有会员单位85家。"
        let record = Samples.record("85家", in: sentence, value: "85", unit: "家", kind: .count)
        let (bytes, html) = try page(Samples.run(records: [record]))
        #expect(html.texts("//td[@class='sentence']") == [sentence])
        #expect(html.texts("//td[@class='sentence']/mark") == ["85家"])
        #expect(bytes.firstRange(of: Array("A&lt;B &amp; \"C\"".utf8)) != nil)
    }

    @Test func chineseIsRawAndNothingIsFetched() throws {
        let (bytes, _) = try page()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.firstRange(of: Array("各级工会投入资金".utf8)) != nil)
        for reference in ["&#", "http", "src=", "href=", "url(", "@import", "<script", "<link"] {
            #expect(!text.contains(reference), "found \(reference)")
        }
    }
}
