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
        if standsInTitle(measured.start) || opensQuotedName(measured) { return measured.end }
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

    /// True when `position` stands inside the title of a work or a document (《失恋33天》,
    /// 《关于取消13项国务院部门行政许可事项的决定》): a name, however much it counts. Tested when a
    /// figure is emitted, whichever way it was read (and for bare numbers), and only as far as a long
    /// title runs.
    func standsInTitle(_ position: Int) -> Bool {
        let first = max(0, position - Self.longestTitle)
        var start = position - 1
        while start >= first, text[start] != "《" {
            if text[start] == "》" { return false }
            start -= 1
        }
        guard start >= first else { return false }
        var end = position
        while end < min(text.count, position + Self.longestTitle) {
            if text[end] == "》" { return true }
            if text[end] == "《" { return false }
            end += 1
        }
        return false
    }

    private static let longestTitle = 60

    /// True when `measured` opens a short phrase in quotes that goes on after it: the name of a
    /// policy, a project or a slogan (“九项工程”, “十年禁渔”, “三项补贴”, “1小时交通圈”), not an amount.
    /// Money in quotes stays a figure (“100亿美元专项贷款”), and so does a quote that holds only
    /// the figure (增长“7.5%”), a clause of speech (“30多年来，我们…”), or a number of measures
    /// issued (出台“十条措施”, “20条稳就业措施”), which reports count.
    func opensQuotedName(_ measured: MeasuredFigure) -> Bool {
        guard measured.unit.kind != .money, let opening = scalar(at: measured.start - 1),
              let closing = Self.closingQuote(of: opening), opening != "\"" || opensStraightQuote(at: measured.start - 1)
        else { return false }
        var end = measured.end
        while end < min(text.count, measured.start + Self.longestQuotedName) {
            if text[end] == closing {
                return end > measured.end && !namesMeasures(in: measured.end..<end)
            }
            if ClausePunctuation.isPhraseBreak(text[end]) { return false }
            end += 1
        }
        return false
    }

    /// True when 措施 or 举措 stands in `range`.
    private func namesMeasures(in range: Range<Int>) -> Bool {
        range.contains { at in Self.measuresIssued.contains { hasWord($0, at: at) } }
    }

    /// True when the straight quote at `position` opens a quotation: an even number of them stand
    /// before it (评出"优秀"5名: the quote before 5 closes one).
    private func opensStraightQuote(at position: Int) -> Bool {
        (0..<position).count { text[$0] == "\"" }.isMultiple(of: 2)
    }

    private static let measuresIssued = ["措施", "举措"].map { Array($0.unicodeScalars) }
    /// The quote that closes `opening`; nil for any other code point. A switch, not a dictionary,
    /// which hashed the code point before every figure.
    private static func closingQuote(of opening: Unicode.Scalar) -> Unicode.Scalar? {
        switch opening {
        case "“": "”"
        case "「": "」"
        case "‘": "’"
        case "\"": "\""
        default: nil
        }
    }
    /// Names in quotes are short: 15分钟社区生活圈 and 三年脱贫、七年小康 take nine.
    private static let longestQuotedName = 12

    /// Where a minus sign written just before `start` stands: 增长-2.3%, 利率为负0.1%. A dash
    /// after a digit, a letter, a numeral or % joins a range or a code instead (500-1000元,
    /// D07-3, 75%-80%); after a Chinese word it names a model (歼-20) unless `dashAfterWord`.
    func signStart(before start: Int, dashAfterWord: Bool = true) -> Int? {
        guard start > 0 else { return nil }
        let sign = text[start - 1]
        let before = scalar(at: start - 2)
        if sign == "负" || sign == "負" {
            // 负 is far more often part of a word (减负, 肩负, 税负, 不负) than a sign: only after
            // a verb that introduces a value, or where no word can precede it.
            guard let before, before.isIdeograph else { return start - 1 }
            return Self.wordsBeforeNegative.contains(before) ? start - 1 : nil
        }
        guard sign == "-" || sign == "－" || sign == "−" else { return nil }
        guard let before else { return start - 1 }
        if figureEnds(at: start - 1) { return nil }
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

    /// 百分之十八, 千分之五 (0.5 %), 万分之三, 百分之百: a share written in words.
    mutating func readShareInWords(at start: Int) -> Int? {
        guard start + 3 < text.count, text[start + 1] == "分", text[start + 2] == "之" else { return nil }
        let power: Int
        switch text[start] {
        case "百": power = 0
        case "千": power = -1
        case "万": power = -2
        default: return nil
        }
        // 百分之百 is all; another bare magnitude (百分之千) is no share.
        let isWhole = power == 0 && text[start + 3] == "百"
        guard let number = parser.parse(at: start + 3), !number.isBareMagnitude || isWhole && number.end == start + 4,
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
        if figure.unit.wordScalar == "角" || figure.unit.wordScalar == "毛" {
            addCents(toDimes: &figure)
            return
        }
        guard figure.unit.scale == nil else { return }
        if figure.unit.wordScalar == "块", let tenths = spokenTenths(at: figure.end),
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
        } else if figure.unit.wordScalar == "毛", let tenths = spokenTenths(at: figure.end) {
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
