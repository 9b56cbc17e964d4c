import TongjiCore

/// A figure decided but not yet turned into a `Figure`: where its span lies and what it says.
struct MeasuredFigure {
    var start: Int
    var end: Int
    var value: Bounds
    var unit: UnitEntry
    var qualifier: Qualifier
}

/// What a numeral turned out to be.
enum Reading {
    case figure(MeasuredFigure)
    /// A numeral with a unit that is still no statistic (第一届, 2020年, 一批); go on at `resumeAt`.
    case notFigure(resumeAt: Int)
    /// A numeral with no unit after it.
    case bare
}

extension FigureScanner {
    /// The unit after the number, the qualifiers around it, and the rules that keep ordinals,
    /// years, set phrases and the indefinite 一 out.
    func measure(_ number: ParsedNumber, range: ParsedNumber?) -> Reading {
        var position = number.end
        var qualifier = number.innerQualifier
        if position + 1 < text.count, text[position] == " " || text[position] == "\u{3000}",
           units.match(in: text, at: position + 1) != nil {
            position += 1
        }
        if position + 1 < text.count, let inner = QualifierLexicon.inner(text[position]),
           units.match(in: text, at: position + 1) != nil {
            qualifier = inner
            position += 1
        }
        guard let (matched, unitEnd, half) = unit(at: position, after: number, range: range) else { return .bare }
        var unit = matched
        if isExcluded(number, range: range, unit: unit, unitEnd: unitEnd, half: half) { return .notFigure(resumeAt: unitEnd) }
        let prefix = prefixQualifier(before: number.start, isBareMagnitude: number.isBareMagnitude)
            ?? passedMark(before: number, unit: unit)
        // 百万职工 and 千人计划 name things; 百余人 and 千多名 count, and so does an amount or a
        // measure reached (日产天然气达千万立方米, 首次突破千亿元; not 每百元收入, 万吨大桥, 百米).
        if number.isBareMagnitude && prefix == nil && qualifier == .exact && !isMagnitudeReached(number, unit: unit, unitEnd: unitEnd) {
            return .notFigure(resumeAt: unitEnd)
        }
        if unit.wordScalar == "块", !isMoneyBlock(after: unitEnd) {
            unit = UnitEntry(word: unit.word, unit: "块", kind: .count, scale: nil, qualifier: .exact)
        } else if unit.wordScalar == "块" {
            unit = UnitEntry(word: unit.word, unit: "元", kind: .money, scale: nil, qualifier: .exact)
        }
        let value = half ? number.value.low.adding(Self.oneHalf).map { Bounds(exactly: $0) } ?? number.value : number.value
        let approximateShare = prefix == nil && sharesApproximately(before: number.start, unit: unit)
        var figure = MeasuredFigure(
            start: prefix?.start ?? number.start, end: unitEnd, value: value, unit: unit,
            qualifier: prefix?.qualifier ?? (approximateShare ? .approx : qualifier != .exact ? qualifier : unit.qualifier))
        addSmallChange(to: &figure)
        addSuffixQualifier(to: &figure)
        return .figure(figure)
    }

    private static let oneHalf = ExactDecimal(significand: 5, exponent: -1)

    /// True when 约占 or 约为 gives a share or a multiple with its base between (约占职工总数的60%,
    /// 约为2019年同期的1.5倍): the figure is approximate, though 约 does not stand next to it. Not
    /// past a clause break or another figure.
    private func sharesApproximately(before start: Int, unit: UnitEntry) -> Bool {
        guard unit.kind == .percent || unit.kind == .multiple, scalar(at: start - 1) == "的" else { return false }
        let first = max(0, start - Self.longestShareBase, lastFigure.map { $0.start + $0.length } ?? 0)
        var verb = start - 2
        while verb > first {
            let character = text[verb]
            if ClausePunctuation.isClauseBreak(character) { return false }
            if character == "占" || character == "为", text[verb - 1] == "约" {
                return !(scalar(at: verb - 2).map { QualifierLexicon.isPartOfWord(prefix: "约", after: $0) } ?? false)
            }
            verb -= 1
        }
        return false
    }

    /// How far before the share its verb may stand: 约占全国城镇就业人员总数的 takes twelve.
    private static let longestShareBase = 16

    /// An amount or a measure given by its magnitude alone after a verb of reaching: 达千万立方米,
    /// 达到百万元, 增加到千亿元, 突破千亿元. Not a class it names (吞吐量达到亿吨的港口), 到 as
    /// "arrive" or "from … to" (来到百度, 从深空到万米深海), nor the 100 m race (破百米纪录).
    private func isMagnitudeReached(_ number: ParsedNumber, unit: UnitEntry, unitEnd: Int) -> Bool {
        let start = number.start
        guard unit.kind == .money || unit.kind == .measure, unit.wordScalar != "度", start > 0 else { return false }
        let after = scalar(at: unitEnd)
        if after == "的" || (unit.wordScalar == "米" && after.map(Self.afterRace.contains) == true) { return false }
        switch text[start - 1] {
        case "达", "破": return true
        case "到": return start > 1 && Self.beforeReachingTo.contains(text[start - 2])
        default: return false
        }
    }

    /// 达到, and verbs of change before 到: 增加到, 提高到, 提升到, 增长到, 扩大到, 降到.
    private static let beforeReachingTo = Set("达加高升长大降涨".unicodeScalars)
    /// 百米纪录, 百米全国纪录, 百米十秒, 百米赛跑.
    private static let afterRace = Set("纪全十赛跑".unicodeScalars)

    /// The unit at `position`, where it ends, and whether half a unit more follows an integer:
    /// 两年半, 1倍半, 三斤半, and 一个半小时 with 半 inside the unit.
    private func unit(at position: Int, after number: ParsedNumber,
                      range: ParsedNumber?) -> (unit: UnitEntry, end: Int, half: Bool)? {
        let mayHaveHalf = range == nil && number.value.isExact && !number.hasDecimalPoint
        if mayHaveHalf, position + 2 < text.count, text[position] == "个", text[position + 1] == "半",
           let unit = units.matchCountedWithGe(in: text, at: position + 2) {
            let end = position + unit.word.count + 1
            if endsHalf(at: end) { return (unit, end, true) }
        }
        guard let unit = units.match(in: text, at: position) else { return nil }
        let end = position + unit.word.count
        if mayHaveHalf, scalar(at: end) == "半", takesHalf(unit), endsHalf(at: end + 1) {
            return (unit, end + 1, true)
        }
        return (unit, end, false)
    }

    /// Units that are divided in halves: time, multiples, measures, ages and 成 (九成半).
    private func takesHalf(_ unit: UnitEntry) -> Bool {
        switch unit.kind {
        case .duration, .multiple, .measure, .age: true
        case .percent: unit.wordScalar == "成"
        default: false
        }
    }

    /// True when 半 ends at `end` rather than opening a word (5米半径, 三天半夜): the
    /// text ends or a particle, a time word or no ideograph follows.
    private func endsHalf(at end: Int) -> Bool {
        guard let next = scalar(at: end), next.isIdeograph else { return true }
        return "的时前后以内之左就才来里多不".unicodeScalars.contains(next)
    }

    /// Ordinals, ranks, years, dates told by a length of time, the indefinite 一, and numerals
    /// that only name things.
    private func isExcluded(_ number: ParsedNumber, range: ParsedNumber?, unit: UnitEntry, unitEnd: Int,
                            half: Bool) -> Bool {
        let before = scalar(at: number.start - 1)
        let after = scalar(at: unitEnd)
        if before == "第" || endsListOfRanks(at: number.start) || isRankPair(number, range: range, unit: unit, unitEnd: unitEnd) {
            return true
        }
        if before == "前", ["名", "位", "强"].contains(unit.unit), !precededByWordWithQian(number.start) { return true }
        // 排名跌至23位, 排名上升1位, 位次提高了5位: a place in a ranking, or a move in it, not people.
        if unit.wordScalar == "位", phraseBefore(number.start, within: 10, holdsAnyOf: Self.rankingNouns) { return true }
        if number.isPositional && !number.isArabic { return true }
        if number.isFinancial && number.end - number.start == 1 { return true }
        if number.isSingleChineseDigit {
            // A lone 一 or 二 is an article or part of a word (一批, 二手), not the lower end of a
            // range nor a whole before 半: 二至三万名 and 一年半 count, as 两至三万名 and 两年半 do.
            let digit = text[number.start]
            // 一成 is a tenth (增长一成多; 一成不变 and 一成员 are left to isShareInTenths), and 一倍
            // a multiple (增长近一倍, 翻了一倍以上).
            if digit == "一" || digit == "壹" || digit == "二", range == nil, !half, unit.wordScalar != "成",
               unit.wordScalar != "倍" {
                return true
            }
            // A lone 零 counts nothing: 零件 (parts), 零起步; 零度 is a temperature, 零个 a count.
            if digit == "零" || digit == "〇", unit.kind == .count || unit.kind == .people, unit.wordScalar != "个" {
                return true
            }
            // 一期, 三队, 一到四层: names of phases, teams and layers, in a range too. (八部 counts
            // works: 七部法律, 三部纪录片.)
            if "期队层头口道".unicodeScalars.contains(unit.word[0]) && unit.word.count == 1 { return true }
        }
        if namesSomething(number, range: range, unit: unit, unitEnd: unitEnd) { return true }
        if isTimeReference(number, unit: unit, unitEnd: unitEnd) { return true }
        if misreadsAmbiguousUnit(number, range: range, unit: unit, unitEnd: unitEnd) { return true }
        switch unit.unitScalar {
        case "年"?:
            return isYear(number) || range.map(isYear) == true || after == "代"
        case "%"? where unit.wordScalar == "成":
            return !isShareInTenths(number, after: after)
        case "位"?:
            return after == "数"
        default:
            return false
        }
    }

    /// 2020年, 二〇二〇年: four digits read one by one before 年 name a year.
    private func isYear(_ number: ParsedNumber) -> Bool {
        number.isPositional && number.integerDigits == 4
    }

    /// 三成, 九成以上 are shares; 一成不变, 两成员 are not.
    private func isShareInTenths(_ number: ParsedNumber, after: Unicode.Scalar?) -> Bool {
        guard number.value.high <= ExactDecimal(10), !number.hasDecimalPoint || number.isArabic else { return false }
        guard let after else { return true }
        return !"为立功果员本都长就绩不效型品熟交年人了规批套片群家".unicodeScalars.contains(after)
    }

    private static let rankingNouns = ["排名", "名次", "位次", "排位"].map { Array($0.unicodeScalars) }

    /// 此前, 目前, 之前 … end in 前 but do not make a rank; nor do 年前 and 月前, which end a date
    /// (十几年前一位村民). Not the list `isTimeReference` uses: 向 stays out here (向前十名靠近 is a
    /// rank), and 年 and 月 out there (今年前8个月 is the first eight months).
    func precededByWordWithQian(_ start: Int) -> Bool {
        start >= 2 && "此目之以当提日年月面".unicodeScalars.contains(text[start - 2])
    }

    /// 三块 is money when 钱, a digit or no noun follows (三块五, 三块钱); 三块奖牌 is a count.
    private func isMoneyBlock(after end: Int) -> Bool {
        guard end < text.count else { return true }
        return !text[end].isIdeograph || NumeralCharacter(text[end]) != nil
    }

    /// The qualifier word right before the number (近5万名, 超30万人次), if any; 上 only before
    /// a bare magnitude (上万人).
    func prefixQualifier(before start: Int, isBareMagnitude: Bool) -> (start: Int, qualifier: Qualifier)? {
        guard start > 0, QualifierLexicon.mayEndPrefix(text[start - 1]) else { return nil }
        for (word, qualifier) in QualifierLexicon.prefixes where hasWord(word, endingAt: start) {
            let from = start - word.count
            // A one-character prefix that ends another word is none (节约, 赶超), nor is a 约 word
            // whose 约 does (签约为); 最高超过40摄氏度 still exceeds.
            if from > 0, word.count == 1 || word[0] == "约",
               QualifierLexicon.isPartOfWord(prefix: word[0], after: text[from - 1]) {
                continue
            }
            if word == ["上"] && !isBareMagnitude { continue }
            // 不得超过30人, 不高于40元, 均未超过1.2%: a bound negated turns over.
            if qualifier == .over || qualifier == .nearly,
               let negation = Self.negations.first(where: { hasWord($0, endingAt: from) }) {
                return (from - negation.count, qualifier.negated)
            }
            return (from, qualifier)
        }
        return nil
    }

    private static let upOrDown = Array("上下".unicodeScalars)
    private static let tenths: [Unicode.Scalar] = ["成"]

    /// True when the 上下 before `position` opens a word (九省区上下游, 五省市上下联动, 上下级)
    /// rather than saying "about" (两千人上下, 在3000例上下波动): an ideograph follows, other than
    /// 的 or the 波 and 浮 of 波动 and 浮动.
    private func opensWord(after position: Int) -> Bool {
        guard let next = scalar(at: position), next.isIdeograph else { return false }
        return !"的波浮".unicodeScalars.contains(next)
    }

    /// True when the 多 before `position` ends a measure (7米多, 2米多宽, 1吨多重的) rather than
    /// opening a word (几十公里多次, 120米多个, 284.7瓦多晶硅): a dimension, a particle or no
    /// ideograph follows.
    private func endsMeasureAfterDuo(_ position: Int) -> Bool {
        guard let next = scalar(at: position), next.isIdeograph else { return true }
        return Self.afterMeasureDuo.contains(next)
    }

    private static let afterMeasureDuo = Set("的深高宽长重厚远粗点了就才".unicodeScalars)

    /// 已过八成, 麦收过七成, 销量过亿: 过 before a share or a bare magnitude says it was passed.
    /// Not the 过 of 经过, 通过, 再过, 走过 or 不过 (no more than); before other figures 过 is
    /// mostly a verb's past (进行过两次, 度过15天).
    private func passedMark(before number: ParsedNumber, unit: UnitEntry) -> (start: Int, qualifier: Qualifier)? {
        let start = number.start
        guard unit.kind == .percent || number.isBareMagnitude, start > 0, text[start - 1] == "过",
              start < 2 || !Self.beforeVerbPast.contains(text[start - 2]) else { return nil }
        return (start - 1, .over)
    }

    private static let beforeVerbPast = Set("经通再走不".unicodeScalars)

    /// Negations before a bound, longest first: 不 with a modal verb (不得, 不会, 不宜 …), 未, 没有.
    private static let negations = (["不可能", "没有"] + "得能应可会宜要准许再致必".unicodeScalars.map { "不\($0)" } + ["未", "不"])
        .map { Array($0.unicodeScalars) }

    /// 以上, 左右, 有余 after the unit; 多 after a duration, an amount, a share in tenths, a multiple
    /// or a measure (一年多, 3元多, 两成多, 两倍多, 7米多).
    func addSuffixQualifier(to figure: inout MeasuredFigure) {
        guard figure.end < text.count else { return }
        if QualifierLexicon.mayStartSuffix(text[figure.end]) {
            for (word, qualifier) in QualifierLexicon.suffixes where hasWord(word, at: figure.end) {
                if word == Self.upOrDown, opensWord(after: figure.end + word.count) { return }
                if figure.qualifier == .exact { figure.qualifier = qualifier }
                figure.end += word.count
                return
            }
        }
        if text[figure.end] == "多", figure.qualifier == .exact,
           figure.unit.kind == .duration || figure.unit.kind == .money || figure.unit.kind == .multiple
            || figure.unit.word == Self.tenths || (figure.unit.kind == .measure && endsMeasureAfterDuo(figure.end + 1)) {
            figure.qualifier = .over
            figure.end += 1
        }
    }
}
