import TongjiCore

/// Parts of a year (一季度, 1至9月份, 截至6月底) and recent years (五年来, 近三年) with no year of
/// their own before them.
extension PeriodFinder {
    /// A part of the year or recent years, looked for only when 年, 月 or 季 stands within the
    /// next few code points: most numerals of a sentence with figures start neither, and reading
    /// both at each of them cost 4 % of all extraction. Neither starts inside a number (the 0 of
    /// 2020, the 十 of 三十).
    func partOrRecentYearsMention(in text: ScalarText, at start: Int, year: Int?, date: CalendarDate?) -> Mention? {
        if start > 0, isDigit(text.scalars[start - 1]) || Self.yearCountScalars.contains(text.scalars[start - 1]) {
            return nil
        }
        var index = start
        while index < min(text.count, start + 6) {
            switch text.scalars[index] {
            case "年", "月", "季":
                return partMention(in: text, at: start, year: year, date: date) ?? recentYearsMention(in: text, at: start, date: date)
            default: index += 1
            }
        }
        return nil
    }

    /// The end of a part of a year at `start` (with its 份) and its months, a single month too after
    /// 截至 or before 底, 末 or 以来 (截至9月底, 截至2020年4月, 去年8月以来), with the part of the
    /// month between (截至9月下旬, 5月中旬以来). 截至3月13日 is labelled by its month: a period has no
    /// days.
    func readPart(in text: ScalarText, at start: Int, asOf: Bool) -> (end: Int, months: ClosedRange<Int>)? {
        // Read once, single months admitted; a stretch or a month before 份 stands as it is.
        guard let part = PartOfYear.read(text.scalars, at: start, singleMonth: .endOfStock) else { return nil }
        if part.months.count > 1 || text.scalars[part.end - 1] == "份" { return part }
        var end = part.end
        if let tenDays = PartOfYear.partOfMonthLength(text.scalars, at: end) { end += tenDays }
        let closes = text.matches(["底"], at: end) || text.matches(["末"], at: end) || text.matches(Self.since, at: end)
        return asOf || closes ? (end, part.months) : nil
    }

    /// A part of the year with no year before it (一季度, 上半年, 1至9月份, 截至6月底): of `year`,
    /// the last the sentence named, else of the article's year or, for a part still to come in it,
    /// the year before.
    private func partMention(in text: ScalarText, at start: Int, year namedYear: Int?, date: CalendarDate?) -> Mention? {
        let asOf = Self.asOf.firstMatch(at: start, in: text).map { Self.asOf.length(of: $0) }
        guard let (end, months) = readPart(in: text, at: start, asOf: asOf != nil) else { return nil }
        // A part still to come in the article's year is last year's: 12月份 in a January article.
        let year = namedYear ?? date.map { months.lowerBound > $0.month ? $0.year - 1 : $0.year }
        // 一季度以来, 5月以来: since the year.
        if text.matches(Self.since, at: end) {
            let range = start..<(end + Self.since.count)
            return Mention(range: range, period: Period(kind: year == nil ? .relative : .since, firstYear: year,
                                                        words: text.string(range)))
        }
        let closesStock = text.matches(["底"], at: end) || text.matches(["末"], at: end)
        let isStock = asOf != nil || closesStock
        let range = (start - (asOf ?? 0))..<(closesStock ? end + 1 : end)
        let words = text.string(range)
        guard let year else { return Mention(range: range, period: Period(kind: .relative, words: words)) }
        return Mention(range: range, period: Period(kind: isStock ? .endOfYear : .year, firstYear: year, lastYear: year,
                                                    words: words))
    }

    /// 五年来, 近三年, 近十年来, 过去5年, 三年以来, 几十年来: the last few years, written one way
    /// (近5年) with the article's year when it is known, since whether they end with it or the year
    /// before is not said.
    private func recentYearsMention(in text: ScalarText, at start: Int, date: CalendarDate?) -> Mention? {
        var end = start
        let hasPrefix = text.matches(Self.near, at: end) || text.matches(Self.past, at: end)
        if hasPrefix { end += text.matches(Self.near, at: end) ? Self.near.count : Self.past.count }
        let numeralStart = end
        while end < text.count, end - numeralStart < 3, isDigit(text.scalars[end]) || Self.yearCountScalars.contains(text.scalars[end]) {
            end += 1
        }
        // 三十多年来: a vague count, written as it stands.
        if end > numeralStart, text.matches(["多"], at: end), text.matches(["年"], at: end + 1) { end += 1 }
        guard end > numeralStart, text.matches(["年"], at: end) else { return nil }
        let count = text.scalars[end - 1] == "多" ? nil : Self.yearCount(text.scalars[numeralStart..<end])
        end += 1
        let hasSince = text.matches(["来"], at: end) || text.matches(Self.since, at: end)
        guard hasPrefix || hasSince else { return nil }
        if hasSince { end += text.matches(["来"], at: end) ? 1 : Self.since.count }
        if count == 0 { return nil }
        let range = start..<end
        let words = count.map { "近\($0)年" } ?? text.string(range)
        return Mention(range: range, period: Period(kind: .relative, lastYear: date?.year, words: words))
    }

    /// The number of years 3, 十, 十五, 二十 or 5 stands for; nil for a vague count (几, 十几, 数十);
    /// 0 for none.
    private static func yearCount(_ numerals: ArraySlice<Unicode.Scalar>) -> Int? {
        if numerals.allSatisfy({ ("0"..."9").contains($0) }) { return Int(String(String.UnicodeScalarView(numerals))) }
        var value = 0, digit = 0
        for numeral in numerals {
            switch numeral {
            case "十": value += (digit == 0 ? 1 : digit) * 10; digit = 0
            case "两": digit = 2
            default:
                guard let found = chineseDigits.firstIndex(of: numeral) else { return nil }
                digit = found
            }
        }
        return value + digit
    }

    static let yearCountScalars = ScalarTable(members: yearCountNumerals + ["数"])
    /// 〇 to 九, by value.
    private static let chineseDigits = Array("〇一二三四五六七八九".unicodeScalars)
    static let near = "近".scalarArray
    static let past = "过去".scalarArray
}
