import Normalise
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
        #expect(html.texts("//head/meta[@name='viewport']/@content") == ["width=device-width, initial-scale=1"])
        #expect(html.texts("//head/title") == ["工会新闻数字统计"])
        #expect(html.texts("//h1") == ["工会新闻数字统计"])
        #expect(html.texts("//time/@datetime") == ["2024-06-11T17:30:00+08:00"])
        #expect(html.texts("//header/dl//li") == ["union-news-page.txt"])
    }

    @Test func headerCountsFiguresByCategoryAndGivesTheDateRange() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.texts("//section[@class='categories']//tbody/tr/th") == ["劳动竞赛", "资金投入", "组织建设", "其他"])
        #expect(html.texts("//section[@class='categories']//tbody/tr/td[1]") == ["16", "6", "2", "8"])
        #expect(html.texts("//section[@class='categories']//tbody/tr/td[2]") == ["0", "2", "0", "1"])
        #expect(html.texts("//section[@class='categories']//tbody/tr/th/a/@href")
                == ["#cat-competitions", "#cat-funding", "#cat-membership", "#cat-other"])
        #expect(html.texts("//header/dl/dd[4]") == ["原文未注明日期"])

        var dated = SamplePageRun.run()
        dated.articles[0].date = CalendarDate(year: 2021, month: 6, day: 4)
        dated.articles[2].date = CalendarDate(year: 2021, month: 6, day: 15)
        #expect(try page(dated).html.texts("//header/dl/dd[4]") == ["2021-06-04 至 2021-06-15（2篇未注明日期）"])
    }

    @Test func unclassifiedFiguresAndDuplicatesAreNoticed() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.texts("//section[@class='notices']//li") == [
            "8个数字未能归入任何类别，列在其他。",
            "3个数字出自重复刊登的文字，已标为“重复”，不计入任何合计。",
        ])
    }

    @Test func failedInputsAreListedInTheHeader() throws {
        let failure = Diagnostic(.error, at: SourceLocation(file: "missing.txt", line: 0), "file not found")
        let (_, html) = try page(Samples.run(diagnostics: [failure]))
        #expect(html.texts("//header/section[@class='failures']/h2") == ["处理失败的输入"])
        #expect(html.texts("//header/section[@class='failures']//li") == ["missing.txt: error: file not found"])
    }

    @Test func oneSectionPerCategoryInPipelineOrder() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.texts("//section[@class='category']/@id")
                == ["cat-competitions", "cat-funding", "cat-membership", "cat-other"])
        #expect(html.texts("//section[@class='category']/h2")
                == ["劳动竞赛（16个数字）", "资金投入（6个数字）", "组织建设（2个数字）", "其他（8个数字）"])
    }

    @Test func categoryWithoutFiguresSaysSoInsteadOfAnEmptyTable() throws {
        var run = SamplePageRun.run()
        run.figures.removeAll { $0.meaning.category == "membership" }
        run.groups.removeAll { $0.key.category == "membership" }
        let (_, html) = try page(run)
        #expect(html.texts("//section[@id='cat-membership']/p[@class='empty']") == ["这一类没有找到数字。"])
        #expect(html.count("//section[@id='cat-membership']//table") == 0)
    }

    @Test func keyTotalsKeepTheirBound() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.texts("//section[@id='cat-funding']//li[@class='card']/p[@class='card-value']") == ["≥2.09亿元"])
        #expect(html.texts("//section[@id='cat-funding']//p[@class='card-value']/@title") == ["≥208556600 元"])
        #expect(html.texts("//section[@id='cat-funding']//p[@class='card-note']") == ["4个数字之和，2个重复未计"])
        #expect(html.texts("//section[@id='cat-competitions']//p[@class='card-value']")
                == ["≈5.12万名", "5.06万个", "≥3500项", "126.3万人"])
    }

    @Test func chartsAreInlineSVGWithATextAlternative() throws {
        let (_, html) = try page(SamplePageRun.run())
        let charts = "//section[@id='cat-competitions']//figure[@class='chart']"
        #expect(html.texts("\(charts)/figcaption") == ["劳动竞赛：各地区合计（名）", "劳动竞赛：各时期合计（名）"])
        #expect(html.texts("\(charts)/svg/@role") == ["img", "img"])
        #expect(html.texts("\(charts)/svg/@aria-labelledby") == html.texts("\(charts)/svg/title/@id"))
        #expect(html.texts("\(charts)[1]/svg/desc") == ["西藏自治区：≈5.12万名；甘肃省：274名"])
        #expect(html.count("\(charts)[1]/svg/rect") == 2)
        // Funding has one region and one period: nothing to compare, so no chart.
        #expect(html.count("//section[@id='cat-funding']//figure") == 0)
    }

    @Test func valuesAreReadableWithTheExactValueOnHover() throws {
        let (_, html) = try page()
        // Columns: value, unit, qualifier, period, region, organisation, source.
        let cells = "//section[@class='figures']//tbody/tr/td"
        #expect(html.texts("\(cells)[1]") == ["1406.46万元", "8825.2万元", "3120项", "7.6亿元", "3900余人"])
        #expect(html.texts("\(cells)[1]/@title") == [
            "14064600 元", "88252000 元", "3120 项", "760000000 元", "3900 人（以上）",
        ])
        #expect(html.texts("\(cells)[3]") == ["", "", "", "", "以上"])
    }

    @Test func tableRowsLinkToTheirMarksAndBack() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.texts("//tr[@id='row-23']/td[7]/a/@href") == ["#f-23"])
        #expect(html.texts("//mark[@id='f-23']/a/@href") == ["#row-23"])
        #expect(html.texts("//mark[@id='f-23']/@title") == ["14064600 元 · 资金投入"])
    }

    @Test func tablesHaveCaptionsAndHeaders() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.count("//table") == 1 + 4)
        #expect(html.count("//table[caption]") == html.count("//table"))
        #expect(html.count("//tbody/tr[th[@scope='row']]") == html.count("//tbody/tr"))
        #expect(html.texts("//section[@id='cat-funding']//thead//th[@scope='col']")
                == ["指标", "数值", "单位", "限定", "时期", "地区", "单位/组织", "原文"])
    }

    @Test func duplicatesAndPartsAreShownAndLabelled() throws {
        let (_, html) = try page(SamplePageRun.run())
        #expect(html.count("//tr[contains(@class,'duplicate')]") == 3)
        #expect(html.texts("//tr[contains(@class,'duplicate')]//span[contains(@class,'label')]") == ["重复", "重复", "重复"])
        #expect(html.texts("//mark[@class='duplicate']/@id") == ["f-29", "f-30", "f-31"])
        #expect(html.texts("//mark[@class='duplicate']/following-sibling::span[1]") == ["重复", "重复", "重复"])
        #expect(html.texts("//tr[@id='row-12']/th/span") == ["其中"])
    }

    @Test func figureOutsideTheArticlesIsStillMarkedOnce() throws {
        let (_, html) = try page()
        #expect(html.texts("//section[@class='sources']//li/mark") == Samples.innovationRecords.map(\.figure.span))
    }

    @Test func sentenceWithMarkupCharactersSurvivesExactly() throws {
        let sentence = "A<B & \"C\"：共有会员单位85家。"
        let record = Samples.record("85家", in: sentence, value: "85", unit: "家", kind: .count)
        var run = Samples.run(records: [record])
        run.articles = [ArticleSummary(file: record.location.file, number: 1, title: "<标题>", startLine: 1, endLine: 2,
                                       paragraphs: ["前言。" + sentence])]
        let (bytes, html) = try page(run)
        #expect(html.texts("//article/p[not(@class)]") == ["前言。" + sentence])
        #expect(html.texts("//article/p/mark") == ["85家"])
        #expect(html.texts("//article/h3") == ["<标题>"])
        #expect(bytes.firstRange(of: Array("A&lt;B &amp; \"C\"".utf8)) != nil)
    }
}
