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

    /// 五、六件, 二、三十名, 六、七千万人, 十四、五公里: Chinese numerals whose last digits follow
    /// one another, with a list comma between, make a rough range, the upper end's magnitude
    /// applying to both (二、三十 is 20 to 30). Not a list (一、二、三等奖, 一、五年 of a list of
    /// parts), nor digits read one by one (入伍三、四个月, where 伍 is read as a digit, is no 53 to 54).
    private func readRoughRange(after number: inout ParsedNumber) -> ParsedNumber? {
        let comma = number.end
        guard !number.isArabic, !number.isPositional || number.end - number.start == 1, number.value.isExact,
              number.innerQualifier == .exact, scalar(at: number.start - 1) != "、",
              case .chineseDigit(let lowDigit, _)? = NumeralCharacter(text[comma - 1]),
              case .chineseDigit(let highDigit, _)? = scalar(at: comma + 1).flatMap(NumeralCharacter.init),
              highDigit == lowDigit + 1,
              let upper = parser.parse(at: comma + 1), !upper.isArabic, upper.value.isExact,
              upper.value.low.significand == highDigit, upper.value.low.exponent >= 0,
              scalar(at: upper.end) != "、",
              let next = number.value.low.adding(ExactDecimal(1)) else { return nil }
        let magnitude = upper.value.low.exponent
        number.value = Bounds(number.value.low.scaled(byPowerOfTen: magnitude), next.scaled(byPowerOfTen: magnitude))
        number.end = upper.end
        number.isPositional = false
        number.innerQualifier = upper.innerQualifier
        return upper
    }

    /// A rough range of digits alone that names places or parts, not an amount: 分获二、三名。,
    /// 争夺B组一二名, 二、三名的选手 (名 or 位 with no noun of people after), 一、二类水质 (grades), 播出
    /// 三、四集, 帛书二、三卷 (episodes and volumes).
    func isRankPair(_ number: ParsedNumber, range: ParsedNumber?, unit: UnitEntry, unitEnd: Int) -> Bool {
        if let range {
            guard scalar(at: range.start - 1) == "、", range.value.low.exponent == 0 else { return false }
            if number.value.low == ExactDecimal(1) || unit.word == ["集"] || unit.word == ["卷"] || unit.word == ["类"] {
                return true
            }
        } else {
            // 一二名, 三四名: two digits written together, read as one rough number.
            guard number.end - number.start == 2, !number.value.isExact,
                  case .chineseDigit? = NumeralCharacter(text[number.start]),
                  case .chineseDigit? = NumeralCharacter(text[number.start + 1]) else { return false }
        }
        guard unit.word == ["名"] || unit.word == ["位"] else { return false }
        guard let after = scalar(at: unitEnd) else { return true }
        return !after.isIdeograph || after == "的"
    }

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
