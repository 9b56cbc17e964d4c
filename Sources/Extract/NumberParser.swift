import TongjiCore

/// Reads the numeral that starts at a position: Arabic (1,406.46), Chinese (一万五千亿,
/// 三万五, 一千零十), financial (壹佰), mixed (5.5万, 3万4000, 25万6千), vague (三四十, 十几,
/// 一两千) and positional (一七二零, 二〇二〇).
///
/// It moves left to right once, token by token, and keeps the last state at which the numeral
/// could end, so a token that does not fit ends the numeral instead of failing it.
struct NumberParser {
    let text: UnsafeBufferPointer<Unicode.Scalar>

    func parse(at start: Int) -> ParsedNumber? {
        guard start < text.count else { return nil }
        if let lone = loneChineseDigit(at: start) { return lone }
        if let positional = positionalChinese(at: start) { return positional }
        var accumulator = NumeralAccumulator()
        var form = Form()
        var best: ParsedNumber?
        var i = start
        while i < text.count, let next = step(&accumulator, &form, at: i, start: start) {
            i = next
            if let value = accumulator.value {
                best = number(start: start, end: i, value: value, accumulator: accumulator, form: form)
            }
        }
        // 四万万 (an old way of writing 4亿, always in Chinese numerals) is not read, rather than
        // read as 四万 and a stray 万; 50万万科 is 50万 before a name.
        if form.arabicNumbers == 0, i > start, i < text.count, text[i] == text[i - 1], text[i] == "万" || text[i] == "亿" {
            return nil
        }
        return best
    }

    /// A Chinese digit that nothing after it can continue, as in 一些, 一起, 一定: read as the
    /// loop below would read it, without the loop (~1,000 instructions a numeral), and built as
    /// the accumulator would leave it, without the accumulator.
    private func loneChineseDigit(at start: Int) -> ParsedNumber? {
        guard case .chineseDigit(let digit, let financial)? = NumeralCharacter(text[start]) else { return nil }
        if start + 1 < text.count {
            // 点 may start a decimal part, 多 and 余 an inner qualifier, 个 a spoken 亿 (两个亿), a
            // numeral character anything.
            let next = text[start + 1]
            guard NumeralCharacter(next) == nil, next != "点", next != "點", next != "多", next != "余",
                  !isSpokenYi(at: start + 1) else { return nil }
        }
        // A financial digit (壹, 伍) is a financial numeral, a plain one is not.
        return ParsedNumber(
            start: start, end: start + 1, value: Bounds(exactly: ExactDecimal(Int(digit))), isArabic: false,
            isPositional: false, integerDigits: 0, hasDecimalPoint: false, hasLeadingZero: false,
            isBareMagnitude: false, isSingleChineseDigit: true, isFinancial: financial,
            trailingMagnitude: nil, innerQualifier: .exact)
    }

    /// What the tokens read so far say about how the numeral is written.
    private struct Form {
        var firstArabic: ArabicNumeral?
        var arabicNumbers = 0
        var magnitudes = 0
        var innerQualifier = Qualifier.exact
    }

    private func step(_ acc: inout NumeralAccumulator, _ form: inout Form, at i: Int, start: Int) -> Int? {
        let scalar = text[i]
        switch NumeralCharacter(scalar) {
        case .arabicDigit?:
            guard let arabic = ArabicNumeral(in: text, at: i), !arabic.looksLikeCode || i == start,
                  acc.applyNumber(Bounds(exactly: arabic.value), isChineseDigit: false) else { return nil }
            if form.firstArabic == nil { form.firstArabic = arabic }
            form.arabicNumbers += 1
            return arabic.end
        case .chineseDigit(let digit, _)?:
            return chineseDigit(digit, at: i, &acc)
        case .smallMagnitude(let power)?:
            if acc.sawAnything, UnitLexicon.shared.unitStarts(in: text, at: i) { return nil }
            form.magnitudes += 1
            guard acc.applySmallMagnitude(power) else { return nil }
            if let (fraction, end) = chineseFraction(at: i + 1), acc.applyDecimalFraction(fraction) { return end }
            return i + 1
        case .largeMagnitude(let power)?:
            form.magnitudes += 1
            return acc.applyLargeMagnitude(power) ? i + 1 : nil
        case .tens(let value)?:
            return acc.applyTens(value) ? i + 1 : nil
        case .someDigit?:
            // 20几趟, 30几万: 几 after tens written in digits adds a digit, as in 二十几.
            if let arabic = form.firstArabic, arabic.end == i, Self.isWholeTens(arabic) {
                return acc.applySomeUnits() ? i + 1 : nil
            }
            return acc.applyNumber(Bounds(ExactDecimal(2), ExactDecimal(9)), isChineseDigit: true, isVague: true)
                ? i + 1 : nil
        case nil:
            return nonNumeral(scalar, at: i, start: start, &acc, &form)
        }
    }

    /// A Chinese digit: alone, as the first of a vague pair (三四十, 一两千), as the 零 that
    /// holds a place (一千零十), or followed by a decimal part (三点五).
    private func chineseDigit(_ digit: Int64, at i: Int, _ acc: inout NumeralAccumulator) -> Int? {
        if let second = chineseDigitValue(at: i + 1), Self.isVaguePair(digit, second),
           chineseDigitValue(at: i + 2) == nil {
            let pair = Bounds(ExactDecimal(Int(digit)), ExactDecimal(Int(second)))
            return acc.applyNumber(pair, isChineseDigit: true) ? i + 2 : nil
        }
        if digit == 0, acc.lastMagnitude != nil {
            return acc.applyZeroPlaceholder() ? i + 1 : nil
        }
        if digit == 1, acc.endsWithMagnitude, acc.lastMagnitude! >= 3, text[i - 1] != "零", opensWord(at: i + 1) { return nil }
        guard acc.applyNumber(Bounds(exactly: ExactDecimal(Int(digit))), isChineseDigit: true) else { return nil }
        if let (fraction, end) = chineseFraction(at: i + 1), acc.applyDecimalFraction(fraction) {
            return end
        }
        return i + 1
    }

    /// 个 before 亿, as speech and some reports count hundred millions: 投入两个亿, 3个多亿 (3亿
    /// and more). Not before 亿元 or a class such as 亿吨级: 1680个亿元以上项目 and 10个亿吨级油田
    /// count projects and oil fields; but a number with a decimal part counts no projects (花了
    /// 1.5个亿元), so `afterDecimal` lets 亿元 follow.
    private func isSpokenYi(at i: Int, afterDecimal: Bool = false) -> Bool {
        guard i + 1 < text.count, text[i] == "个" else { return false }
        var yi = i + 1
        if text[yi] == "多" || text[yi] == "余" { yi += 1 }
        guard yi < text.count, text[yi] == "亿" else { return false }
        if yi + 1 < text.count, text[yi + 1] == "级" || (text[yi + 1] == "元" && !afterDecimal) { return false }
        return !(yi + 2 < text.count && text[yi + 2] == "级")
    }

    /// 数 before a magnitude (数十, 数万), 多/余 before 万 or 亿 (20余万, 三十多万) and the 个 of 两个亿.
    private func nonNumeral(_ scalar: Unicode.Scalar, at i: Int, start: Int,
                            _ acc: inout NumeralAccumulator, _ form: inout Form) -> Int? {
        guard i + 1 < text.count else { return nil }
        let next = NumeralCharacter(text[i + 1])
        if scalar == "数", i == start, case .smallMagnitude? = next {
            return acc.applyNumber(Bounds(ExactDecimal(2), ExactDecimal(9)), isChineseDigit: true, isVague: true)
                ? i + 1 : nil
        }
        if scalar == "数", i == start, case .largeMagnitude? = next {
            return acc.applyNumber(Bounds(ExactDecimal(2), ExactDecimal(9)), isChineseDigit: true, isVague: true)
                ? i + 1 : nil
        }
        if isSpokenYi(at: i, afterDecimal: form.firstArabic?.hasDecimalPoint == true), acc.sawAnything, acc.lastMagnitude.map({ $0 < 4 }) ?? true {
            return i + 1
        }
        if scalar == "多" || scalar == "余", acc.value != nil, !acc.endsWithMagnitude || acc.lastMagnitude! < 4,
           case .largeMagnitude? = next {
            form.innerQualifier = .over
            return i + 1
        }
        return nil
    }

    /// True when the 一 before `i`, after 千, 万 or 亿, opens a word (3万一线职工) rather than ending
    /// a numeral as shorthand (两万一 is 21000; 一千零一号, and after 十 and 百, 二十一世纪, are numbers):
    /// an ideograph follows that is no numeral, unit, qualifier, 的 or the 点 of a decimal.
    private func opensWord(at i: Int) -> Bool {
        guard i < text.count, text[i].isIdeograph, NumeralCharacter(text[i]) == nil, text[i] != "的", text[i] != "点" else {
            return false
        }
        return UnitLexicon.shared.match(in: text, at: i) == nil && !QualifierLexicon.mayStartSuffix(text[i])
    }

    /// 点 and the digits after it, when they are a decimal part and not a clock time (九点三十分).
    private func chineseFraction(at i: Int) -> (ExactDecimal, Int)? {
        guard i + 1 < text.count, text[i] == "点" || text[i] == "點" else { return nil }
        var significand: Int64 = 0, exponent = 0, j = i + 1
        while j < text.count, let d = chineseDigitValue(at: j), exponent > -12 {
            significand = significand * 10 + d
            exponent -= 1
            j += 1
        }
        guard exponent < 0 else { return nil }
        if j < text.count {
            if case .smallMagnitude? = NumeralCharacter(text[j]) { return nil }
            if text[j] == "分" || text[j] == "秒" || text[j] == "刻" { return nil }
        }
        return (ExactDecimal(significand: significand, exponent: exponent), j)
    }

    /// A run of two or more Chinese digits read one by one: years (二〇二〇), names (七四九, 五一).
    private func positionalChinese(at start: Int) -> ParsedNumber? {
        guard let first = chineseDigitValue(at: start), let second = chineseDigitValue(at: start + 1) else {
            return nil
        }
        var i = start + 2
        while chineseDigitValue(at: i) != nil { i += 1 }
        let count = i - start
        if count == 2, Self.isVaguePair(first, second) || first == second { return nil }
        if count > 18 { return nil }
        let value = (start..<i).reduce(Int64(0)) { $0 * 10 + chineseDigitValue(at: $1)! }
        return ParsedNumber(
            start: start, end: i, value: Bounds(exactly: ExactDecimal(significand: value)), isArabic: false,
            isPositional: true, integerDigits: count, hasDecimalPoint: false, hasLeadingZero: false,
            isBareMagnitude: false, isSingleChineseDigit: false, isFinancial: isFinancial(start, i),
            trailingMagnitude: nil, innerQualifier: .exact)
    }

    private func number(start: Int, end: Int, value: Bounds, accumulator: NumeralAccumulator,
                        form: Form) -> ParsedNumber {
        let arabic = form.firstArabic
        let isArabic = arabic != nil && NumeralCharacter.isArabicDigit(text[start])
        let plainArabic = isArabic && form.arabicNumbers == 1 && form.magnitudes == 0
        return ParsedNumber(
            start: start, end: end, value: value, isArabic: isArabic,
            isPositional: plainArabic && !(arabic?.hasDecimalPoint ?? false),
            integerDigits: plainArabic ? arabic!.integerDigits : 0,
            hasDecimalPoint: (arabic?.hasDecimalPoint ?? false) || accumulator.sawDecimalPoint,
            hasLeadingZero: isArabic && arabic!.looksLikeCode,
            isBareMagnitude: accumulator.startsWithBareMagnitude,
            isSingleChineseDigit: end - start == 1 && chineseDigitValue(at: start) != nil,
            isFinancial: isFinancial(start, end),
            trailingMagnitude: accumulator.endsWithMagnitude ? accumulator.lastMagnitude : nil,
            innerQualifier: form.innerQualifier)
    }

    private func chineseDigitValue(at i: Int) -> Int64? {
        guard i < text.count, case .chineseDigit(let d, _)? = NumeralCharacter(text[i]) else { return nil }
        return d
    }

    /// Financial numerals only (壹佰元); a lone 伍 or 拾 is usually part of a word (队伍, 收拾).
    private func isFinancial(_ start: Int, _ end: Int) -> Bool {
        text[start..<end].allSatisfy(Self.isFinancialNumeral)
    }

    /// A switch rather than a `Set`: no hashing for every numeral read.
    private static func isFinancialNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟": return true
        default: return false
        }
    }

    /// Two digits ending in 0 (10 … 90): the tens 几 may follow.
    private static func isWholeTens(_ arabic: ArabicNumeral) -> Bool {
        // Trailing zeros live in the exponent: 20 is 2 × 10¹.
        arabic.integerDigits == 2 && !arabic.hasDecimalPoint && arabic.value.exponent == 1
    }

    /// Neighbouring digits that name a range: 三四 (3–4), 一两 (1–2), 两三 (2–3).
    static func isVaguePair(_ a: Int64, _ b: Int64) -> Bool {
        a >= 1 && b == a + 1 && a <= 8
    }
}
