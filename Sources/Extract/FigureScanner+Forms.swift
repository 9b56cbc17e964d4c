import TongjiCore

/// A currency sign written before the amount: ¥500, $20, €3.5.
struct CurrencySymbol {
    let unit: String

    /// Each sign, with the unit it stands for.
    static let signs: [(sign: Unicode.Scalar, unit: String)] = [
        ("¥", "元"), ("￥", "元"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ]

    init?(_ scalar: Unicode.Scalar) {
        guard let match = Self.signs.first(where: { $0.sign == scalar }) else { return nil }
        unit = match.unit
    }
}

extension FigureScanner {
    /// Turns a decided figure into a `Figure` and returns where scanning goes on.
    mutating func emit(_ measured: MeasuredFigure) -> Int {
        let scale = measured.unit.scale
        var low = scale.flatMap { measured.value.low.multiplied(by: $0) } ?? measured.value.low
        var high = scale.flatMap { measured.value.high.multiplied(by: $0) } ?? measured.value.high
        var start = measured.start
        let signedUnit = measured.unit.kind == .percent || measured.unit.unitScalar == "℃"
        if let sign = signStart(before: start, dashAfterWord: signedUnit) ?? belowZeroStart(before: start, unit: measured.unit) {
            (low, high, start) = (high.negated, low.negated, sign)
        }
        let figure = Figure(
            span: spanText(start, measured.end), start: start,
            length: measured.end - start, value: low, upper: low == high ? nil : high,
            unit: measured.unit.unit, kind: measured.unit.kind, qualifier: measured.qualifier)
        if let range = rangeWithLastFigure(to: figure) {
            replaceLast(with: range)
        } else {
            append(figure)
        }
        return measured.end
    }

    /// The last figure and `upper` as one range, when the unit is written on both ends:
    /// 3万元至5万元, 40%—50%, 500元到1000元 count once, as 3至5万元 does. Not after 从 or 由,
    /// which give a change (从3万人到5万人: two figures, before and after), nor where a change
    /// and the level it reached read the same way: 环比下降0.7%至46.5%, 增加119亿元至2万亿元.
    private func rangeWithLastFigure(to upper: Figure) -> Figure? {
        guard let lower = lastFigure, lower.upper == nil, upper.upper == nil,
              lower.unit == upper.unit, lower.kind == upper.kind,
              let joiner = rangeJoinerLength(at: lower.start + lower.length),
              lower.start + lower.length + joiner == upper.start, lower.value < upper.value else { return nil }
        if lower.start > 0, text[lower.start - 1] == "从" || text[lower.start - 1] == "由" { return nil }
        if text[upper.start - 1] == "至" || text[upper.start - 1] == "到", followsChangeVerb(lower.start),
           let tenTimes = lower.value.multiplied(by: ExactDecimal(10)), upper.value > tenTimes {
            return nil
        }
        let end = upper.start + upper.length
        return Figure(span: spanText(lower.start, end), start: lower.start, length: end - lower.start,
                      value: lower.value, upper: upper.value, unit: lower.unit, kind: lower.kind,
                      qualifier: lower.qualifier != .exact ? lower.qualifier : upper.qualifier)
    }

    /// Where a minus sign written just before `start` stands: 增长-2.3%, 利率为负0.1%. A dash
    /// after a digit, a letter, a numeral or % joins a range or a code instead (500-1000元,
    /// D07-3, 75%-80%); after a Chinese word it names a model (歼-20) unless `dashAfterWord`.
    func signStart(before start: Int, dashAfterWord: Bool = true) -> Int? {
        guard start > 0 else { return nil }
        let sign = text[start - 1]
        let before: Unicode.Scalar? = start > 1 ? text[start - 2] : nil
        if sign == "负" || sign == "負" {
            // 负 is far more often part of a word (减负, 肩负, 税负, 不负) than a sign: only after
            // a verb that introduces a value, or where no word can precede it.
            guard let before, before.isIdeograph else { return start - 1 }
            return Self.wordsBeforeNegative.contains(before) ? start - 1 : nil
        }
        guard sign == "-" || sign == "－" || sign == "−" else { return nil }
        guard let before else { return start - 1 }
        if before.isIdeograph, NumeralCharacter(before) == nil { return dashAfterWord ? start - 1 : nil }
        return before.isLatinLetter || NumeralCharacter(before) != nil || Self.rangeEnds.contains(before) ? nil : start - 1
    }

    /// Where 零下 stands just before a temperature: 零下30度 is −30.
    private func belowZeroStart(before start: Int, unit: UnitEntry) -> Int? {
        guard start >= 2, text[start - 2] == "零", text[start - 1] == "下",
              Self.temperatureUnits.contains(unit.unit) else { return nil }
        return start - 2
    }

    private static let temperatureUnits: Set<String> = ["℃", "度", "摄氏度"]

    /// Characters that end the first half of a range or a code: 75%-80%, 3.5-4, 70%--80%.
    private static let rangeEnds: Set<Unicode.Scalar> = [".", "%", "％", "-", "－", "‰"]

    /// Verbs after which 负 is a sign: 为负, 降到负, 降至负, 是负, 增长负.
    private static let wordsBeforeNegative: Set<Unicode.Scalar> = ["为", "到", "至", "是", "长", "达"]

    /// A second numeral after 至, 到 or a dash makes a range; a magnitude written only on the
    /// upper end applies to both (3至5万人, 20—30万元), and so does a 万 or 亿 after a lower end
    /// that ends in 十, 百 or 千 (一百二十到一百五十万元, 一千到两千万元), unless the lower end
    /// would then pass the upper (5千到2万人). Returns the upper numeral, with the bounds merged
    /// into `number`.
    func readRange(after number: inout ParsedNumber) -> ParsedNumber? {
        let at = number.end
        guard let joiner = rangeJoinerLength(at: at), number.value.isExact, !number.hasLeadingZero,
              let upper = parser.parse(at: at + joiner), upper.value.isExact, !upper.hasLeadingZero,
              upper.isArabic == number.isArabic else { return nil }
        var low = number.value.low
        if let magnitude = upper.trailingMagnitude,
           number.trailingMagnitude == nil || number.trailingMagnitude! < 4 && magnitude >= 4,
           low.scaled(byPowerOfTen: magnitude) < upper.value.low {
            low = low.scaled(byPowerOfTen: magnitude)
        }
        guard low < upper.value.low else { return nil }
        number.value = Bounds(low, upper.value.high)
        number.end = upper.end
        number.isPositional = number.isPositional && upper.isPositional
        number.innerQualifier = upper.innerQualifier
        return upper
    }

    /// True when a verb of change (增长, 下降, 减少, 提高 …, 了 after it or not) ends just before `start`.
    private func followsChangeVerb(_ start: Int) -> Bool {
        var end = start
        if end > 0, text[end - 1] == "了" { end -= 1 }
        return end > 0 && Self.changeVerbEnds.contains(text[end - 1])
    }

    /// The last character of verbs of change: 增, 增加, 增长, 减少, 下降, 上升, 上涨, 下跌,
    /// 提高, 降低, 回落, 萎缩, 扩大.
    private static let changeVerbEnds: Set<Unicode.Scalar> = ["增", "加", "长", "少", "降", "升", "涨", "跌", "高", "低", "落", "缩", "大"]

    /// The length of the 至, 到, dash or tilde at `position` that joins the ends of a range, a
    /// doubled dash (20——30万元, 1万元--5万元) included, when a character follows it.
    private func rangeJoinerLength(at position: Int) -> Int? {
        guard position + 1 < text.count else { return nil }
        switch text[position] {
        case "至", "到", "~", "～", "〜":
            return 1
        case "—", "–", "-", "－":
            return position + 2 < text.count && text[position + 1] == text[position] ? 2 : 1
        default:
            return nil
        }
    }

    /// 百分之十八, 千分之五 (0.5 %), 万分之三: a share written in words.
    mutating func readShareInWords(at start: Int) -> Int? {
        guard start + 3 < text.count, text[start + 1] == "分", text[start + 2] == "之" else { return nil }
        let power: Int
        switch text[start] {
        case "百": power = 0
        case "千": power = -1
        case "万": power = -2
        default: return nil
        }
        guard let number = parser.parse(at: start + 3), !number.isBareMagnitude,
              !number.isPositional || number.isArabic else { return start + 3 }
        let percent = UnitEntry(word: [], unit: "%", kind: .percent,
                                scale: ExactDecimal(significand: 1, exponent: power), qualifier: .exact)
        let prefix = prefixQualifier(before: start, isBareMagnitude: false)
        var figure = MeasuredFigure(start: prefix?.start ?? start, end: number.end, value: number.value,
                                    unit: percent, qualifier: prefix?.qualifier ?? .exact)
        addSuffixQualifier(to: &figure)
        return emit(figure)
    }

    /// Any other 分之 (三分之一) is a fraction, which no exact decimal can hold: step over it.
    func endOfFraction(after number: ParsedNumber) -> Int? {
        let at = number.end
        guard at + 2 < text.count, text[at] == "分", text[at + 1] == "之" else { return nil }
        return parser.parse(at: at + 2)?.end ?? at + 2
    }

    /// An amount after a currency sign: ¥500, $20, ￥1.5万.
    mutating func readSymbolMoney(_ currency: CurrencySymbol, at start: Int) -> Int {
        guard start + 1 < text.count, NumeralCharacter.isArabicDigit(text[start + 1]),
              let number = parser.parse(at: start + 1), !number.hasLeadingZero else { return start + 1 }
        let money = UnitEntry(word: [], unit: currency.unit, kind: .money, scale: nil, qualifier: .exact)
        var end = number.end
        if let written = units.match(in: text, at: end), written.kind == .money { end += written.word.count }
        var figure = MeasuredFigure(start: start, end: end, value: number.value, unit: money, qualifier: .exact)
        addSuffixQualifier(to: &figure)
        return emit(figure)
    }

    /// 元角分 amounts: 12元5角3分 is 12.53 元; 三块五 is 3.5 元; 两角五分 and 两毛五 are 0.25 元.
    func addSmallChange(to figure: inout MeasuredFigure) {
        guard figure.unit.unitScalar == "元", figure.value.isExact else { return }
        if figure.unit.word == ["角"] || figure.unit.word == ["毛"] {
            addCents(toDimes: &figure)
            return
        }
        guard figure.unit.scale == nil else { return }
        if figure.unit.word == ["块"], let tenths = spokenTenths(at: figure.end),
           let sum = figure.value.low.adding(tenths) {
            figure.value = Bounds(exactly: sum)
            figure.end += 1
            return
        }
        var total = figure.value.low
        for (words, power) in [(Self.dimeWords, -1), (Self.centWords, -2)] {
            guard let digit = parser.parse(at: figure.end), digit.value.isExact,
                  digit.value.low < ExactDecimal(10), !digit.hasDecimalPoint,
                  let word = words.last(where: { hasWord($0, at: digit.end) }),
                  let sum = total.adding(digit.value.low.scaled(byPowerOfTen: power)) else { break }
            total = sum
            figure.end = digit.end + word.count
        }
        figure.value = Bounds(exactly: total)
    }

    /// The 分 after a sum in 角 (两角五分, 两毛五). The value still counts 角 (the unit's scale makes
    /// it 元 later), so five 分 add 0.5 to it.
    private func addCents(toDimes figure: inout MeasuredFigure) {
        let dimes: ExactDecimal, end: Int
        if let digit = parser.parse(at: figure.end), digit.value.isExact, digit.value.low < ExactDecimal(10),
           !digit.hasDecimalPoint, let word = Self.centWords.last(where: { hasWord($0, at: digit.end) }) {
            dimes = digit.value.low.scaled(byPowerOfTen: -1)
            end = digit.end + word.count
        } else if figure.unit.word == ["毛"], let tenths = spokenTenths(at: figure.end) {
            // 两毛五: the digit after 毛 is 分, as the one after 块 is 角.
            dimes = tenths
            end = figure.end + 1
        } else {
            return
        }
        guard let sum = figure.value.low.adding(dimes) else { return }
        figure.value = Bounds(exactly: sum)
        figure.end = end
    }

    /// The digit of 三块五: one Chinese digit after 块 with no unit or magnitude of its own.
    private func spokenTenths(at position: Int) -> ExactDecimal? {
        guard position < text.count, case .chineseDigit(let d, _)? = NumeralCharacter(text[position]), d > 0 else {
            return nil
        }
        let next = position + 1
        if next < text.count {
            if units.match(in: text, at: next) != nil { return nil }
            switch NumeralCharacter(text[next]) {
            case .smallMagnitude?, .largeMagnitude?: return nil
            default: break
            }
        }
        return ExactDecimal(significand: d, exponent: -1)
    }

    /// The words of 角 and of 分 after a sum, the longest last: 五分 and 五分钱 both end at 分钱.
    private static let dimeWords = [Array("角".unicodeScalars), Array("毛".unicodeScalars)]
    private static let centWords = [Array("分".unicodeScalars), Array("分钱".unicodeScalars)]
}
