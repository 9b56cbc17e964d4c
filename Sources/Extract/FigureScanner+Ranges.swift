import TongjiCore

/// Ranges: two ends joined by 至, 到, a dash or a tilde, with the unit written once (3至5万人)
/// or on both ends (3万元至5万元), told apart from a change written the same way (从3万人到5万人,
/// 环比下降0.7%至46.5%).
extension FigureScanner {
    /// A second numeral after a joiner makes a range; a magnitude written only on the upper end
    /// applies to both (3至5万人, 20—30万元, 三到五千人), and so does a 万 or 亿 after a lower end
    /// that ends in 十, 百 or 千 (一百二十到一百五十万元, 一千到两千万元), unless the lower end
    /// would then pass the upper (5千到2万人). A lone digit takes no 十 (一到二十名 is 1 to 20).
    /// Returns the upper numeral, with the bounds merged into `number`.
    func readRange(after number: inout ParsedNumber) -> ParsedNumber? {
        let at = number.end
        if scalar(at: at) == "、" { return readRoughRange(after: &number) }
        guard let joiner = rangeJoinerLength(at: at), number.value.isExact, !number.hasLeadingZero,
              let upper = parser.parse(at: at + joiner), upper.value.isExact, !upper.hasLeadingZero,
              upper.isArabic == number.isArabic else { return nil }
        var low = number.value.low
        if let magnitude = upper.trailingMagnitude,
           number.trailingMagnitude == nil || number.trailingMagnitude! < 4 && magnitude >= 4,
           !(number.isSingleChineseDigit && magnitude == 1),
           low.scaled(byPowerOfTen: magnitude) < upper.value.low {
            low = low.scaled(byPowerOfTen: magnitude)
        }
        // Not tested for a change as `rangeWithLastFigure` is: with the unit written once, the
        // ends after 从 and 由 are mostly a range (由3到4颗卫星组成, 由两到三天缩短为半天).
        guard low < upper.value.low else { return nil }
        number.value = Bounds(low, upper.value.high)
        number.end = upper.end
        number.isPositional = number.isPositional && upper.isPositional
        number.innerQualifier = upper.innerQualifier
        return upper
    }

    /// 五、六件, 二、三十名, 六、七千万人, 十四、五公里, 三千五、六百元: Chinese numerals whose last
    /// digits follow one another, with a list comma between, make a rough range. The upper end
    /// replaces the lower's last digit (三千五、六百 is 3500 to 3600), or its magnitude applies to a
    /// lone digit (二、三十 is 20 to 30) or to a number before 万 or 亿 (二十五、六万). Not the items of
    /// a list (一、二、三等奖; 一、五年 of a list of parts; 分别提高三、四个百分点), nor digits read one
    /// by one (入伍三、四个月, where 伍 is read as a digit, is no 53 to 54).
    private func readRoughRange(after number: inout ParsedNumber) -> ParsedNumber? {
        let comma = number.end
        guard !number.isArabic, !number.isPositional || number.end - number.start == 1, number.value.isExact,
              number.innerQualifier == .exact, !pairIsSeparate(at: number.start),
              case .chineseDigit(let lowDigit, _)? = NumeralCharacter(text[comma - 1]),
              case .chineseDigit(let highDigit, _)? = scalar(at: comma + 1).flatMap(NumeralCharacter.init),
              highDigit == lowDigit + 1,
              let upper = parser.parse(at: comma + 1), !upper.isArabic, upper.value.isExact,
              upper.value.low.significand == highDigit, scalar(at: upper.end) != "、" else { return nil }
        let magnitude = upper.value.low.exponent
        let low: ExactDecimal
        if number.value.low.exponent == magnitude {
            low = number.value.low
        } else if number.trailingMagnitude == nil, number.isSingleChineseDigit || magnitude >= 4 {
            low = number.value.low.scaled(byPowerOfTen: magnitude)
        } else {
            return nil
        }
        guard let high = low.adding(ExactDecimal(significand: 1, exponent: magnitude)) else { return nil }
        number.value = Bounds(low, high)
        number.end = upper.end
        number.isPositional = false
        // The range is no lone digit: 五、六十道 and 三、四台 count, as 六十道 and 四台 do.
        number.isSingleChineseDigit = false
        number.innerQualifier = upper.innerQualifier
        return upper
    }

    /// A rough range of digits alone that names places or parts, not an amount: 分获二、三名,
    /// 争夺B组一二名, 分别位列资格赛二、三名 (名 or 位 after a word of ranking, with no noun of people
    /// after), 一、二类水质 (grades), 播出三、四集, 帛书二、三卷, 大坝一、二期 (episodes, volumes and
    /// phases). 伤者有三四名 and 每隔一、两天 count.
    func isRankPair(_ number: ParsedNumber, range: ParsedNumber?, unit: UnitEntry, unitEnd: Int) -> Bool {
        let word = unit.word.count == 1 ? unit.word[0] : nil
        func isChineseDigit(at index: Int) -> Bool {
            guard let character = scalar(at: index), case .chineseDigit? = NumeralCharacter(character) else { return false }
            return true
        }
        if let range {
            guard scalar(at: range.start - 1) == "、", range.value.low.exponent == 0 else { return false }
            if word == "类" || word == "集" || word == "卷" || word == "期" { return true }
        } else if number.end - number.start == 1 {
            // 分别位列二、三名: a digit ending a pair that 分别 keeps apart.
            guard isChineseDigit(at: number.start), scalar(at: number.start - 1) == "、",
                  isChineseDigit(at: number.start - 2) else { return false }
        } else {
            // 一二名, 三四名: two digits written together, read as one rough number.
            guard number.end - number.start == 2, !number.value.isExact, isChineseDigit(at: number.start),
                  isChineseDigit(at: number.start + 1) else { return false }
        }
        guard word == "名" || word == "位" else { return false }
        if let after = scalar(at: unitEnd), after.isIdeograph, after != "的" { return false }
        return phraseBefore(number.start, within: 12, holdsAnyOf: Self.rankingWords)
    }

    /// Words of ranking before places: 分获, 分列, 位居, 争夺, 包揽, 排名, 名次.
    private static let rankingWords = ["获", "列", "居", "夺", "揽", "排名", "名次"].map { Array($0.unicodeScalars) }

    /// The last figure and `upper` as one range, when the unit is written on both ends:
    /// 3万元至5万元, 40%—50%, 500元到1000元 count once, as 3至5万元 does. Negative ends come in
    /// either order (-10℃到-15℃ is −15 to −10 ℃).
    func rangeWithLastFigure(to upper: Figure) -> Figure? {
        guard let lower = lastFigure, lower.upper == nil, upper.upper == nil,
              lower.unit == upper.unit, lower.kind == upper.kind else { return nil }
        let joiner = lower.start + lower.length
        guard let joinerLength = rangeJoinerLength(at: joiner), joiner + joinerLength == upper.start else { return nil }
        var (low, high) = (lower.value, upper.value)
        // -5%--3%: a dash joins the ends, the other is the upper end's minus sign.
        if joinerLength == 2, low < .zero, high > .zero { high = high.negated }
        if low < .zero, high < .zero, high < low { (low, high) = (high, low) }
        let end = upper.start + upper.length
        guard low < high, !isChange(from: low, to: high, lowerStart: lower.start, joiner: joiner, end: end) else {
            return nil
        }
        return Figure(span: spanText(lower.start, end), start: lower.start, length: end - lower.start,
                      value: low, upper: high, unit: lower.unit, kind: lower.kind,
                      qualifier: lower.qualifier != .exact ? lower.qualifier : upper.qualifier)
    }

    /// True when two amounts joined by 至 or 到 at `joiner` give a change rather than a range:
    /// after 从 or 由 (从3万人到5万人), unless 不等 follows (从3000元到100万元不等 is a range), or
    /// after a verb of change when the second is more than five times the first: 环比下降0.7%至46.5%
    /// and 扩大11万亿日元至91万亿日元 give the change and the level it reached, while ranges after
    /// such verbs stay close (增长2.8%至9.7%).
    private func isChange(from low: ExactDecimal, to high: ExactDecimal, lowerStart: Int, joiner: Int, end: Int) -> Bool {
        guard text[joiner] == "至" || text[joiner] == "到" else { return false }
        if lowerStart > 0, text[lowerStart - 1] == "从" || text[lowerStart - 1] == "由" {
            return !hasVaryAfter(end)
        }
        guard followsChangeVerb(lowerStart), low > .zero,
              let fiveTimes = low.multiplied(by: ExactDecimal(5)) else { return false }
        return high > fiveTimes
    }

    /// 不等 within the few characters after `end` that a unit takes (从3至5万元不等).
    private func hasVaryAfter(_ end: Int) -> Bool {
        (end..<min(end + 5, text.count)).contains { hasWord(Self.vary, at: $0) }
    }

    private static let vary = Array("不等".unicodeScalars)

    /// True when a verb of change, 了 after it or not, ends just before `start`.
    private func followsChangeVerb(_ start: Int) -> Bool {
        var end = start
        if end > 0, text[end - 1] == "了" { end -= 1 }
        guard end > 0 else { return false }
        return Self.oneCharacterChangeVerbs.contains(text[end - 1])
            || Self.changeVerbs.contains { hasWord($0, endingAt: end) }
    }

    /// Verbs of change: two characters each, so that 最高, 全长 and 最大 are none.
    private static let changeVerbs = ["增长", "增加", "减少", "下降", "上升", "上涨", "下跌", "提高", "降低", "回落",
                                      "萎缩", "扩大", "缩小", "下调", "上调"].map { Array($0.unicodeScalars) }

    /// 同比增5%, 环比降0.7%: the one-character forms (提升, 回升 and 上升 end in 升 too).
    private static let oneCharacterChangeVerbs: Set<Unicode.Scalar> = ["增", "降", "涨", "跌", "升", "减"]

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
}
