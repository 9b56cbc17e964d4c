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
        // UTF-8: 完成项目 is 12 bytes, 13项 5, ，其中 9; in code points 3项 stands at 10.
        let spans = SpanLocator.spans(for: records)
        #expect(spans.map { $0?.bytes } == [12..<17, 26..<30])
        #expect(spans.map { $0?.codePointOffset } == [4, 10])
    }

    @Test func repeatedSpansInOneSentenceKeepTheirOwnPlaces() {
        let sentence = "甲地3项，乙地3项。"
        let records = [
            Samples.record("3项", in: sentence, value: "3", unit: "项", kind: .count, occurrence: 1),
            Samples.record("3项", in: sentence, value: "3", unit: "项", kind: .count, occurrence: 0),
        ]
        #expect(SpanLocator.spans(for: records).map { $0?.codePointOffset } == [7, 2])
    }

    @Test func aPassagePrintedTwiceInOneArticleIsLocatedPerCopy() {
        let first = Samples.innovationRecords
        let second = first.map { record -> FigureRecord in
            var copy = record
            copy.figure.start += 2000
            copy.duplicate = true
            return copy
        }
        let ranges = SpanLocator.spans(for: first + second)
        #expect(Array(ranges[..<first.count]) == Array(ranges[first.count...]))
        #expect(ranges.allSatisfy { $0 != nil })
    }

    @Test func loneRecordGetsTheFirstOccurrenceAndAMissingSpanGetsNil() {
        var lone = Samples.record("3项", in: "甲地3项，乙地3项。", value: "3", unit: "项", kind: .count, occurrence: 1)
        lone.figure.start = 0
        var missing = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people)
        missing.figure.span = "不存在"
        #expect(SpanLocator.spans(for: [lone, missing]).map { $0?.bytes } == [6..<10, nil])
    }
}
