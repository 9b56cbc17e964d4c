import Testing
import TongjiCore
@testable import Report

@Suite struct FigurePlacementTests {
    private func article(_ paragraphs: [String]) -> ArticleSummary {
        ArticleSummary(file: "union-news-page.txt", number: 1, title: "", startLine: 1, endLine: 9, paragraphs: paragraphs)
    }

    @Test func figuresAreFoundInTheirParagraph() {
        let records = Samples.innovationRecords
        let placement = FigurePlacement(figures: records, articles: [article(["阅读提示", "前言。" + Samples.innovation])])
        let marks = placement.marks[0]?[1] ?? []
        #expect(marks.map(\.figureID) == [0, 1, 2, 3, 4])
        let text = Array(("前言。" + Samples.innovation).utf8)
        #expect(marks.map { String(decoding: text[$0.range], as: UTF8.self) } == records.map(\.figure.span))
        #expect(placement.unplaced.isEmpty && placement.orphans.isEmpty)
    }

    @Test func aReprintIsMarkedWhereItWasPrintedAgain() {
        let first = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people, sentenceStart: 10)
        let reprint = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people,
                                     sentenceStart: 200, duplicate: true)
        let placement = FigurePlacement(figures: [first, reprint],
                                        articles: [article([Samples.recommend, "中间一段。", Samples.recommend])])
        #expect(placement.marks[0]?[0]?.map(\.figureID) == [0])
        #expect(placement.marks[0]?[2]?.map(\.figureID) == [1])
    }

    @Test func figuresThatCannotBeMarkedInTheTextAreListed() {
        let inText = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people)
        // The same span claimed twice at one place: the second cannot overlap the first.
        let overlapping = inText
        var elsewhere = Samples.record("超30万人次", in: Samples.livestream, value: "300000", unit: "人次", kind: .visits)
        elsewhere.article = 2
        let placement = FigurePlacement(figures: [inText, overlapping, elsewhere], articles: [article([Samples.recommend])])
        #expect(placement.marks[0]?[0]?.map(\.figureID) == [0])
        #expect(placement.unplaced[0] == [1])
        #expect(placement.orphans == [2])
    }
}
