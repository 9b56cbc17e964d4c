import Testing
import TongjiCore
@testable import Report

@Suite struct ChineseNumberFormatterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: String, unit: String, kind: FigureKind, qualifier: Qualifier, expected: String
        var testDescription: String { "\(qualifier) \(value) \(unit) → \(expected)" }
    }

    static let cases: [Case] = [
        Case(value: "14064600", unit: "元", kind: .money, qualifier: .exact, expected: "1406.46万元"),
        Case(value: "760000000", unit: "元", kind: .money, qualifier: .exact, expected: "7.6亿元"),
        Case(value: "88252000", unit: "元", kind: .money, qualifier: .exact, expected: "8825.2万元"),
        Case(value: "8998", unit: "名", kind: .people, qualifier: .exact, expected: "8998名"),
        Case(value: "3500", unit: "项", kind: .count, qualifier: .over, expected: "3500余项"),
        Case(value: "50000", unit: "名", kind: .people, qualifier: .nearly, expected: "近5万名"),
        Case(value: "300000", unit: "人次", kind: .visits, qualifier: .over, expected: "超30万人次"),
        Case(value: "18", unit: "%", kind: .percent, qualifier: .exact, expected: "18%"),
        Case(value: "80", unit: "%", kind: .percent, qualifier: .over, expected: "超80%"),
        Case(value: "3000", unit: "人", kind: .people, qualifier: .approx, expected: "约3000人"),
        Case(value: "14640000", unit: "元", kind: .money, qualifier: .over, expected: "超1464万元"),
        Case(value: "10000", unit: "个", kind: .count, qualifier: .exact, expected: "1万个"),
        Case(value: "140644000", unit: "元", kind: .money, qualifier: .exact, expected: "1.41亿元"),
        Case(value: "208556600", unit: "元", kind: .money, qualifier: .exact, expected: "2.09亿元"),
        Case(value: "3.5", unit: "百分点", kind: .percent, qualifier: .exact, expected: "3.5个百分点"),
        Case(value: "2.5", unit: "倍", kind: .multiple, qualifier: .exact, expected: "2.5倍"),
        Case(value: "50000", unit: "USD", kind: .money, qualifier: .exact, expected: "5万美元"),
        Case(value: "17", unit: "年", kind: .duration, qualifier: .exact, expected: "17年"),
    ]

    @Test(arguments: cases)
    func writesFiguresForChineseReaders(_ c: Case) {
        let text = ChineseNumberFormatter().string(value: ExactDecimal(c.value)!, unit: c.unit, kind: c.kind,
                                                   qualifier: c.qualifier)
        #expect(text == c.expected)
    }

    @Test func writesRangesWithBothEnds() {
        let text = ChineseNumberFormatter().string(value: ExactDecimal(30000), upper: ExactDecimal(50000),
                                                   unit: "人", kind: .people)
        #expect(text == "3万至5万人")
    }

    @Test func roundsHalfAwayFromZero() {
        let formatter = ChineseNumberFormatter()
        #expect(formatter.number(ExactDecimal("12345")!, scaled: true) == "1.23万")
        #expect(formatter.number(ExactDecimal("12350")!, scaled: true) == "1.24万")
        #expect(formatter.number(ExactDecimal("-12350")!, scaled: true) == "-1.24万")
    }
}
