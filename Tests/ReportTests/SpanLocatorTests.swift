import Testing
import TongjiCore
@testable import Report

@Suite struct SpanLocatorTests {
    @Test func findsASpanThatAlsoStandsInsideAnEarlierFigure() {
        let sentence = "完成项目13项，其中3项获奖。"
        let records = [
            Samples.record("13项", in: sentence, value: "13", unit: "项", kind: .count),
            Samples.record("3项", in: sentence, value: "3", unit: "项", kind: .count, occurrence: 1),
        ]
        #expect(SpanLocator.ranges(for: records) == [4..<7, 10..<12])
    }

    @Test func repeatedSpansInOneSentenceKeepTheirOwnPlaces() {
        let sentence = "甲地3项，乙地3项。"
        let records = [
            Samples.record("3项", in: sentence, value: "3", unit: "项", kind: .count, occurrence: 1),
            Samples.record("3项", in: sentence, value: "3", unit: "项", kind: .count, occurrence: 0),
        ]
        #expect(SpanLocator.ranges(for: records) == [7..<9, 2..<4])
    }

    @Test func aPassagePrintedTwiceInOneArticleIsLocatedPerCopy() {
        let first = Samples.innovationRecords
        let second = first.map { record -> FigureRecord in
            var copy = record
            copy.figure.start += 2000
            copy.duplicate = true
            return copy
        }
        let ranges = SpanLocator.ranges(for: first + second)
        #expect(Array(ranges[..<first.count]) == Array(ranges[first.count...]))
        #expect(ranges.allSatisfy { $0 != nil })
    }

    @Test func loneRecordGetsTheFirstOccurrenceAndAMissingSpanGetsNil() {
        var lone = Samples.record("3项", in: "甲地3项，乙地3项。", value: "3", unit: "项", kind: .count, occurrence: 1)
        lone.figure.start = 0
        var missing = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people)
        missing.figure.span = "不存在"
        #expect(SpanLocator.ranges(for: [lone, missing]) == [2..<4, nil])
    }
}
