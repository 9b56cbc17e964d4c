import Extract
import Testing
import TongjiCore

/// Numerals of every form, each measured with a unit so that it is a figure.
@Suite struct NumeralTests {
    static let examples: [Example] = [
        // Arabic: decimals, thousands separators, full-width digits and point.
        Example("各级工会投入资金⟦1406.46万元⟧", v("14064600", "元", .money)),
        Example("投入⟦1,406.46万元⟧", v("14064600", "元", .money)),
        Example("参保职工⟦514,465名⟧", v("514465", "名", .people)),
        Example("全省⟦１２３４名⟧职工", v("1234", "名", .people)),
        Example("上升⟦３．５个百分点⟧", v("3.5", "百分点", .percent)),
        Example("分别有⟦2名⟧、⟦3名⟧", v("2", "名", .people), v("3", "名", .people)),
        // Chinese numerals, zeros, 两/俩, 廿/卅, financial.
        Example("⟦一千零十个⟧", v("1010", "个", .count)),
        Example("⟦一百零五人⟧", v("105", "人", .people)),
        Example("⟦两场⟧报告会", v("2", "场", .count)),
        Example("⟦俩人⟧", v("2", "人", .people)),
        Example("⟦廿三人⟧", v("23", "人", .people)),
        Example("⟦卅个⟧", v("30", "个", .count)),
        Example("⟦十五名⟧", v("15", "名", .people)),
        Example("⟦二十万人⟧", v("200000", "人", .people)),
        Example("⟦壹佰贰拾元⟧", v("120", "元", .money)),
        Example("⟦伍拾元⟧", v("50", "元", .money)),
        Example("⟦三亿五千万元⟧", v("350000000", "元", .money)),
        Example("⟦三点五亿元⟧", v("350000000", "元", .money)),
        // A decimal part after 十, 百 or 千, and the traditional 點; a clock time has none.
        Example("增长⟦百分之十点五⟧", v("10.5", "%", .percent)),
        Example("⟦两百点一万元⟧", v("2001000", "元", .money)),
        Example("⟦三點五亿元⟧", v("350000000", "元", .money)),
        Example("⟦两千點五吨⟧", v("2000.5", "吨", .measure)),
        Example("晚上十点五十分开会"),
        // Spoken shorthand.
        Example("⟦三万五名⟧", v("35000", "名", .people)),
        Example("⟦两千六人⟧", v("2600", "人", .people)),
        Example("⟦一百二人⟧", v("120", "人", .people)),
        Example("⟦三亿五元⟧", v("350000000", "元", .money)),
        // Mixed forms and very large numbers.
        Example("⟦5.5万人⟧", v("55000", "人", .people)),
        Example("⟦3万4000元⟧", v("34000", "元", .money)),
        Example("⟦25万6千元⟧", v("256000", "元", .money)),
        Example("⟦1.2亿元⟧", v("120000000", "元", .money)),
        Example("⟦一万五千亿元⟧", v("1500000000000", "元", .money)),
        Example("⟦2万亿元⟧", v("2000000000000", "元", .money)),
        Example("⟦5千元⟧", v("5000", "元", .money)),
        Example("⟦300万千瓦⟧", v("3000000", "千瓦", .measure)),
        Example("⟦3千米⟧", v("3", "千米", .measure)),
    ]

    @Test(arguments: examples) func numeralValue(_ example: Example) { check(example) }
    @Test(arguments: examples) func numeralAfterChineseText(_ example: Example) { check(example, prefix: "据统计，全省") }
    @Test(arguments: examples) func numeralInFullWidthDigits(_ example: Example) { check(example, fullWidth: true) }

    /// Bare numbers (`--include numbers`) where a digit after a magnitude may open a word: 一 after
    /// 千, 万 or 亿 before a word is no shorthand, after 十, 百 or 零 it is a digit.
    @Test(arguments: [("二十一世纪", "21"), ("十一国庆", "11"), ("一千零一号", "1001"), ("一百一", "110"),
                      ("3万一线", "30000"), ("两万一", "21000"), ("3个多亿", "300000000"), ("百分之千", "1000")])
    func bareNumber(_ text: String, _ value: String) {
        let found = FigureExtractor(options: .init(includeNumbers: true)).figures(in: text)
        #expect(found.first?.value.description == value, "\(text): \(found.map(\.span))")
    }

    @Test func decimalsStayExact() {
        #expect(ExactDecimal("1406.46")!.scaled(byPowerOfTen: 4).description == "14064600")
        #expect(ExactDecimal("0.005")!.description == "0.005")
        #expect(ExactDecimal("8825.2")!.scaled(byPowerOfTen: 4) == ExactDecimal(88_252_000))
        #expect(ExactDecimal("1.5")!.scaled(byPowerOfTen: 12).description == "1500000000000")
        #expect(ExactDecimal("1464")!.adding(ExactDecimal("0.01")!)!.description == "1464.01")
        #expect(ExactDecimal("2.5")! < ExactDecimal("3")!)
        #expect(ExactDecimal("12a") == nil)
    }

    /// The plain notation of every sign, length and scale: read back to the same value, with no
    /// leading zero but the one before a point and no trailing zero after it.
    @Test func plainNotationOfEveryScaleReadsBack() throws {
        #expect(ExactDecimal(significand: -25, exponent: -1).description == "-2.5")
        #expect(ExactDecimal(significand: -5, exponent: -2).description == "-0.05")
        #expect(ExactDecimal(significand: -3, exponent: 4).description == "-30000")
        #expect(ExactDecimal.zero.description == "0")
        #expect(ExactDecimal("300000000000000000000") == ExactDecimal(significand: 3, exponent: 20))
        #expect(ExactDecimal("-0.000") == .zero && ExactDecimal("10.50") == ExactDecimal(significand: 105, exponent: -1))
        #expect(ExactDecimal(significand: .max).description == "9223372036854775807")
        #expect(ExactDecimal(significand: .min + 1, exponent: -19).description == "-0.9223372036854775807")
        let significands: [Int64] = [1, 7, 12, 305, 1406_46, 99_999_999, .max, -1, -46, -1_000_001, .min + 1, .min]
        for significand in significands {
            for exponent in -21...21 {
                let value = ExactDecimal(significand: significand, exponent: exponent)
                let text = value.description
                let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
                #expect(text.hasPrefix("-") == (significand < 0))
                #expect(unsigned.first != "0" || unsigned == "0" || unsigned.hasPrefix("0."), "\(text)")
                #expect(!unsigned.contains(".") || unsigned.last != "0", "\(text)")
                #expect(unsigned.filter { $0 == "." }.count == (value.exponent < 0 ? 1 : 0), "\(text)")
                let digits = unsigned.filter(\.isNumber).drop { $0 == "0" }
                #expect(digits.count == String(significand.magnitude).count + max(value.exponent, 0), "\(text)")
                // The text reads back to the same value whenever the significand fits.
                if significand != .min { #expect(ExactDecimal(text) == value, "\(text)") }
            }
        }
    }
}
