import Ingest
import Testing
import TongjiCore

@Suite struct SamplePageTests {
    let page: Document

    init() throws {
        page = try Ingester().fixture("union-news-page.txt")
    }

    @Test func samplePageSegmentsIntoTheTenArticlesWithTheirTitles() {
        #expect(page.articles.map(\.title) == Fixture.titles)
        #expect(page.articles.map(\.number) == Array(1...10))
    }

    @Test func sentencesMatchTheHandCheckedListWhenSemicolonsDoNotSplit() throws {
        var options = IngestOptions()
        options.splitsAtSemicolons = false
        let document = try Ingester().fixture("union-news-page.txt", options: options)
        let sentences = document.sentences.map(\.text)
        let seed = try Fixture.seedSentences()
        #expect(sentences.count == seed.count)
        for (index, (mine, expected)) in zip(sentences, seed).enumerated() {
            #expect(mine == expected, "seed line \(index + 1)")
        }
    }

    @Test func layoutBreaksInsideSentencesAreRejoined() {
        let paragraphs = page.articles.flatMap(\.paragraphs)
        let rejoined = paragraphs.filter(\.isRejoined)
        let joints = ["帮助工人识字明理", "他感触良多", "让我们普通一线技术工人", "新技术新领域", "兼作业长", "重点工业企业和工业园区"]
        #expect(rejoined.count == joints.count)
        for joint in joints {
            #expect(rejoined.contains { $0.text.contains(joint) }, "\(joint)")
        }
        #expect(rejoined.first { $0.text.contains("帮助工人") }?.lines == 47...49)
    }

    @Test func anEndMarkInsideAQuotedNameDoesNotSplitTheSentence() {
        let sentences = page.sentences.map(\.text)
        #expect(sentences.filter { $0.contains("“致敬！红色工运”") }.count == 3)
        #expect(!sentences.contains { $0.hasSuffix("“致敬！") })
    }

    @Test func closingQuoteAfterTheEndMarkStaysWithTheSentence() {
        #expect(page.sentences.contains { $0.text.hasPrefix("工会组织要以永不懈怠") && $0.text.hasSuffix("壮丽篇章。”") })
    }

    @Test func repeatedPassageIsMarkedAsDuplicateOfItsFirstOccurrence() throws {
        let weihai = page.articles[9]
        #expect(weihai.duplicates.count == 1)
        let reprinted = try #require(weihai.duplicates.first)
        #expect(reprinted.lines == 167...173)
        #expect(reprinted.original.line == 123 && reprinted.original.column == 1)
        let firstOccurrence = page.articles[6].sentences.filter { $0.text.contains("1406.46万元") }
        #expect(firstOccurrence.count == 1 && !firstOccurrence[0].isDuplicate)
        let reprint = weihai.sentences.filter { $0.text.contains("1406.46万元") }
        #expect(reprint.first?.duplicateOf == firstOccurrence[0].location)
        #expect(page.sentences.filter(\.isDuplicate).count == 5)
    }

    @Test func featureArticleKeepsColumnLabelReadingGuideAndSectionHeadings() {
        let gansu = page.articles[6]
        #expect(gansu.titleLines == ["奋斗百年路 启航新征程", "工会工作巡礼", "阅读提示",
                                     "甘肃工会持续开展百万职工技能素质提升活动", "打造高素质劳动者大军助力富民兴陇"])
        #expect(gansu.startLine == 69 && gansu.endLine == 129)
        #expect(gansu.byline == "本报记者 康劲")
        let headings = gansu.paragraphs.filter { $0.role == .heading }.map(\.text)
        #expect(headings.suffix(3) == ["推动职工建功立业", "催生大批技能人才", "激发职工创新活力"])
    }

    @Test func bylinesComeFromTheLeadOrTheCreditLine() {
        #expect(page.articles[0].byline == "记者邹倜然")
        #expect(page.articles[3].byline == "特约记者朱润胜 通讯员孙东丽")
        #expect(page.articles[5].byline == "新华社记者 才扬 摄")
        #expect(page.articles[0].titleLines.count == 3 && page.articles[0].startLine == 3)
    }
}
