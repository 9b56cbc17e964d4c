import TongjiCore

/// Finds the period a figure refers to: years, 以来, 截至…年底, 每年, five-year plans, party
/// congresses (十八大以来), parts of a year (一季度, 1—9月), recent years (五年来, 近三年) and
/// relative words, in the figure's clause first, then in the rest of its sentence.
///
/// Within a scope the mention nearest before the figure wins, then the nearest after it. A rate
/// (每年) found in the clause takes its years from a period elsewhere in the sentence:
/// “十三五”以来，甘肃工会每年组织600多项大赛 → every year since 2016. A running total (累计 before
/// the figure in its clause) with no period named stands at the time of writing, as 目前 does:
/// 我国累计报告确诊病例440例; with one, it totals that period: 2020年以来，累计投入资金2.08亿元.
struct PeriodFinder: Sendable {
    struct Mention: Sendable {
        let range: Range<Int>
        let period: Period
    }

    /// Five-year plans by their ordinal: 十三五 is 2016–2020.
    static let plans: [(name: String, first: Int)] = [
        ("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026),
    ]
    static let planNames = WordList(plans.map(\.name))
    /// National party congresses by the year they met: 十八大以来 is since 2012.
    static let congresses: [(name: String, year: Int)] = [
        ("十六大", 2002), ("十七大", 2007), ("十八大", 2012), ("十九大", 2017), ("二十大", 2022),
    ]
    static let congressNames = WordList(congresses.map(\.name))

    /// Relative words with the kind of period they name and their offset from the article's year.
    static let words: [(word: String, kind: Period.Kind, offset: Int)] = [
        ("今年以来", .since, 0), ("今年", .year, 0), ("去年", .year, -1),
        ("前年", .year, -2), ("截至目前", .current, 0), ("目前", .current, 0),
        ("日前", .year, 0), ("近日", .year, 0), ("全年", .year, 0), ("每年", .perYear, 0), ("年均", .perYear, 0),
    ]
    static let relativeWords = WordList(words.map(\.word))

    /// The finders of mentions that start with other than a digit, as bits of `mentionStarts`.
    private struct Finders: OptionSet {
        let rawValue: Int
        static let plan = Finders(rawValue: 1)
        static let congress = Finders(rawValue: 2)
        static let word = Finders(rawValue: 4)
        static let holiday = Finders(rawValue: 8)
        static let part = Finders(rawValue: 16)
    }

    /// The finders that may find a mention starting with each code point but a digit; every other
    /// one is passed over at once (the normaliser scans every sentence that holds a figure, so
    /// this is a hot loop), and a numeral asks only for a part of a year, not for each word list.
    static let mentionStarts = ScalarTable(findersByStart.map { ($0.key, $0.value.rawValue) })
    private static let findersByStart: [Unicode.Scalar: Finders] = {
        var finders: [Unicode.Scalar: Finders] = [:]
        func add(_ words: [String], _ finder: Finders) {
            for word in words { finders[word.unicodeScalars.first!, default: []].insert(finder) }
        }
        add(plans.map(\.name), .plan)
        add(congresses.map(\.name), .congress)
        add(words.map(\.word), .word)
        add(Holiday.names.map(\.written) + ["“"], .holiday)
        add(partStarts.map(String.init), .part)
        return finders
    }()
    /// What a mention may start with, a digit or a key of `mentionStarts`: the scan passes over
    /// the rest by a bit test each, where the table hashes.
    private static let mayStartMention = ScalarBitmap(Array(findersByStart.keys) + Array("0123456789".unicodeScalars))
    /// What a part of a year or recent years may start with besides a digit: 上半年, 第一季度, 近三年,
    /// 过去五年, 数十年来, 截至6月底, 一季度, 五年来.
    private static let partStarts = Array("截上下第近过数前".unicodeScalars) + yearCountNumerals
    /// Chinese numerals that open a part of a year (一季度) or count recent years (五年来, 几十年来).
    static let yearCountNumerals = Array("一二两三四五六七八九十几".unicodeScalars)

    static let since = "以来".scalarArray
    private static let runningTotal = Period.runningTotalWords.scalarArray
    private static let planSuffixes = WordList(["期间", "时期", "规划"])
    static let asOf = WordList(["截至", "截止", "截止到"], anchor: .last)
    /// What may follow a year (and 年): the period it makes.
    private static let yearSuffixes: [(word: [Unicode.Scalar], kind: Period.Kind)] = [
        ("以来", .since), ("至今", .since), ("底", .endOfYear), ("末", .endOfYear), ("年底", .endOfYear), ("度", .year),
    ].map { ($0.scalarArray, $1) }

    /// The period of the figure at `figure`, whose clause is `clause`, from the mentions of its
    /// sentence (see `mentions(in:date:)`), written on `date`.
    func period(of figure: Range<Int>, in sentence: ScalarText, clause: Range<Int>, mentions: [Mention],
                date: CalendarDate?) -> Period? {
        let inClause = nearestMention(among: mentions, range: \.range, to: figure) { clause.contains($0.range.lowerBound) }
        let inSentence = nearestMention(among: mentions, range: \.range, to: figure) { $0.period.kind != .perYear }
            .map { mentions[$0].period }
        guard var found = inClause.map({ mentions[$0].period }) ?? inSentence else {
            guard isRunningTotal(before: figure.lowerBound, in: sentence, clause: clause) else { return nil }
            return Period(kind: .current, firstYear: date?.year, lastYear: date?.year, words: Period.runningTotalWords)
        }
        if found.kind == .perYear, let frame = inSentence, frame.kind == .since || frame.kind == .span || frame.kind == .year {
            found.firstYear = frame.firstYear
            found.lastYear = frame.kind == .since ? nil : frame.lastYear
            found.words = frame.words + found.words
        }
        return found
    }

    /// 累计 stands in the figure's clause before it, which starts at `figureStart`.
    private func isRunningTotal(before figureStart: Int, in sentence: ScalarText, clause: Range<Int>) -> Bool {
        var offset = clause.lowerBound
        while offset + Self.runningTotal.count <= figureStart {
            if sentence.matches(Self.runningTotal, at: offset) { return true }
            offset += 1
        }
        return false
    }

    /// Every period named in the sentence, left to right.
    func mentions(in text: ScalarText, date: CalendarDate?) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        let mentionStarts = Self.mentionStarts
        let mayStartMention = Self.mayStartMention
        // The year a part of a year with none of its own belongs to: the last one the sentence
        // named (2020年，…其中前三季度…); nil for the article's.
        var namedYear: Int?
        // Where the last base of a comparison ended: 比2021年全年 is one base.
        var baseEnd = -1
        while true {
            i = mayStartMention.firstMember(in: text.scalars, among: i..<text.count)
            guard i < text.count else { break }
            let scalar = text.scalars[i]
            // Years start with a digit, plans and words never do.
            let found = if isDigit(scalar) {
                yearMention(in: text, at: i) ?? partOrRecentYearsMention(in: text, at: i, year: namedYear, date: date)
            } else if let starts = mentionStarts[scalar] {
                find(at: i, in: text, with: Finders(rawValue: starts), year: namedYear, date: date)
            } else {
                Mention?.none
            }
            if let mention = found {
                // 比2020年增长8%, 较2015年末, 比上年12月份加快: the base of a comparison, not the
                // figure's own period; 创2008年以来新高, 50年来的最大降雪: the frame of a record.
                if isComparisonBase(mention, in: text) || mention.range.lowerBound == baseEnd {
                    baseEnd = mention.range.upperBound
                } else if !framesRecord(mention, in: text) {
                    result.append(mention)
                    if let last = mention.period.lastYear, mention.period.kind != .relative { namedYear = last }
                }
                i = mention.range.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// The mention starting at `start` that the first of `finders` finds, in the order plan,
    /// congress, word, holiday, part of a year.
    private func find(at start: Int, in text: ScalarText, with finders: Finders, year: Int?,
                      date: CalendarDate?) -> Mention? {
        (finders.contains(.plan) ? planMention(in: text, at: start) : nil)
            ?? (finders.contains(.congress) ? congressMention(in: text, at: start) : nil)
            ?? (finders.contains(.word) ? wordMention(in: text, at: start, year: year, date: date) : nil)
            ?? (finders.contains(.holiday) ? holidayMention(in: text, at: start, year: year, date: date) : nil)
            ?? (finders.contains(.part) ? partOrRecentYearsMention(in: text, at: start, year: year, date: date) : nil)
    }

    /// 2020年, 2020年以来, 截至2020年底, 2019—2020年, 2019年至2020年, 2020年度, 2020年一季度,
    /// 2020年1—9月, 截至2020年4月; four digits not inside a longer number.
    private func yearMention(in text: ScalarText, at start: Int) -> Mention? {
        guard let (first, afterFirst) = year(in: text, at: start) else { return nil }
        var end = afterFirst
        var last = first
        if end < text.count, Self.isYearRangeDash(text.scalars[end]),
           let (second, afterSecond) = year(in: text, at: end + 1), second >= first {
            last = second
            end = afterSecond
        }
        guard text.matches(["年"], at: end) else { return nil }
        end += 1
        if first == last, end < text.count, Self.isYearRangeDash(text.scalars[end]),
           let (second, afterSecond) = year(in: text, at: end + 1), second > first, text.matches(["年"], at: afterSecond) {
            last = second
            end = afterSecond + 1
        }
        var lower = start
        let prefix = Self.asOf.firstMatch(at: start, in: text)
        if let prefix { lower -= Self.asOf.length(of: prefix) }
        if first == last, let part = readPart(in: text, at: end, asOf: prefix != nil) { end = part.end }
        for (suffix, kind) in Self.yearSuffixes where text.matches(suffix, at: end) {
            let range = lower..<(end + suffix.count)
            if kind == .since, text.matches(["自"], at: lower - 1) || text.matches(["从"], at: lower - 1) {
                return Mention(range: (lower - 1)..<range.upperBound,
                               period: Period(kind: .since, firstYear: first, words: text.string((lower - 1)..<range.upperBound)))
            }
            return Mention(range: range, period: Period(kind: kind, firstYear: kind == .endOfYear ? last : first,
                                                        lastYear: kind == .since ? nil : last, words: text.string(range)))
        }
        let range = start..<end
        if prefix != nil {
            return Mention(range: lower..<end, period: Period(kind: .endOfYear, firstYear: last, lastYear: last, words: text.string(lower..<end)))
        }
        // 自2001年制定以来, 从2015年起至今: since the year, with a few words between.
        if text.matches(["自"], at: start - 1) || text.matches(["从"], at: start - 1), let close = sinceClose(in: text, after: end) {
            let since = (start - 1)..<close
            return Mention(range: since, period: Period(kind: .since, firstYear: first, words: text.string(since)))
        }
        return Mention(range: range, period: Period(kind: first == last ? .year : .span, firstYear: first, lastYear: last,
                                                    words: text.string(range)))
    }

    /// The end of the 以来 or 至今 that closes 自… or 从… within the next few words of its clause.
    private func sinceClose(in text: ScalarText, after start: Int) -> Int? {
        var index = start
        while index < min(text.count, start + 8), !ClausePunctuation.isClauseBreak(text.scalars[index]) {
            if text.matches(Self.since, at: index) || text.matches(Self.untilNow, at: index) { return index + 2 }
            index += 1
        }
        return nil
    }

    /// A four-digit year in 1900–2099 at `start` and the offset after it.
    private func year(in text: ScalarText, at start: Int) -> (Int, Int)? {
        guard start + 4 <= text.count, start == 0 || !isDigit(text.scalars[start - 1]) else { return nil }
        var value = 0
        for i in start..<(start + 4) {
            guard isDigit(text.scalars[i]) else { return nil }
            value = value * 10 + Int(text.scalars[i].value - 48)
        }
        guard (1900...2099).contains(value), start + 4 == text.count || !isDigit(text.scalars[start + 4]) else { return nil }
        return (value, start + 4)
    }

    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// —–-至到: what joins the years of a span, 2019—2020年.
    private static func isYearRangeDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "—", "–", "-", "至", "到": true
        default: false
        }
    }

    /// ”’"'』」: what may close a quoted plan name, “十三五”.
    private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "\"", "'", "』", "」": true
        default: false
        }
    }

    /// 十三五 with or without quotes: 以来 → since its first year; otherwise its five years.
    private func planMention(in text: ScalarText, at start: Int) -> Mention? {
        // Every name ends in 五: one look spares the word list at each numeral of the text.
        if text.matches(["五"], at: start + 2), let index = Self.planNames.firstMatch(at: start, in: text) {
            let plan = Self.plans[index]
            var end = start + Self.planNames.length(of: index)
            if end < text.count, Self.isClosingQuote(text.scalars[end]) { end += 1 }
            if text.matches(Self.since, at: end) {
                let range = start..<(end + 2)
                return Mention(range: range, period: Period(kind: .since, firstYear: plan.first, words: text.string(range)))
            }
            if let suffix = Self.planSuffixes.firstMatch(at: end, in: text) { end += Self.planSuffixes.length(of: suffix) }
            return Mention(range: start..<end, period: Period(kind: .span, firstYear: plan.first, lastYear: plan.first + 4,
                                                             words: text.string(start..<end)))
        }
        return nil
    }

    /// 春节期间, “五一”假期, 国庆黄金周: a holiday of the year the sentence names, else of the
    /// article's.
    private func holidayMention(in text: ScalarText, at start: Int, year namedYear: Int?, date: CalendarDate?) -> Mention? {
        let quoted = text.scalars[start] == "“"
        let nameStart = quoted ? start + 1 : start
        guard let index = Holiday.writtenNames.firstMatch(at: nameStart, in: text) else { return nil }
        var end = nameStart + Holiday.writtenNames.length(of: index)
        if quoted {
            guard text.matches(["”"], at: end) else { return nil }
            end += 1
        }
        guard let stretch = Holiday.stretches.firstMatch(at: end, in: text) else { return nil }
        let range = start..<(end + Holiday.stretches.length(of: stretch))
        let words = text.string(range)
        guard let year = namedYear ?? date?.year else { return Mention(range: range, period: Period(kind: .relative, words: words)) }
        return Mention(range: range, period: Period(kind: .year, firstYear: year, lastYear: year, words: words))
    }

    /// 十八大以来: since the year the congress met. The name alone (十八大报告) is no period.
    private func congressMention(in text: ScalarText, at start: Int) -> Mention? {
        // Every name ends in 大: one look spares the word list at each 十 and 二 of the text.
        guard text.matches(["大"], at: start + 2), let index = Self.congressNames.firstMatch(at: start, in: text) else {
            return nil
        }
        var end = start + Self.congressNames.length(of: index)
        // 党的十八大召开以来.
        if text.matches(Self.convened, at: end) { end += Self.convened.count }
        guard text.matches(Self.since, at: end) else { return nil }
        let range = start..<(end + Self.since.count)
        return Mention(range: range, period: Period(kind: .since, firstYear: Self.congresses[index].year, words: text.string(range)))
    }

    /// Relative words, resolved against the article date when it is known (全年 against the year
    /// the sentence names, else the article's), with a part of the year after 今年, 去年 or 前年
    /// (今年一季度, 去年1至9月, 今年6月底). 目前 means the time of writing whether or not its date is
    /// known.
    private func wordMention(in text: ScalarText, at start: Int, year namedYear: Int?, date: CalendarDate?) -> Mention? {
        if let index = Self.relativeWords.firstMatch(at: start, in: text) {
            let (word, wordKind, offset) = Self.words[index]
            var range = start..<(start + Self.relativeWords.length(of: index))
            var kind = wordKind
            if kind == .perYear { return Mention(range: range, period: Period(kind: .perYear, words: word)) }
            if kind == .current {
                return Mention(range: range, period: Period(kind: .current, firstYear: date?.year, lastYear: date?.year, words: word))
            }
            let asOf = Self.asOf.firstMatch(at: start, in: text).map { Self.asOf.length(of: $0) }
            // 今年底, 截至今年年底: the stock at the year's end.
            if kind == .year, text.scalars[range.upperBound - 1] == "年", let close = Self.yearEnd.firstMatch(at: range.upperBound, in: text) {
                range = (start - (asOf ?? 0))..<(range.upperBound + Self.yearEnd.length(of: close))
                kind = .endOfYear
            } else if kind == .year, text.scalars[range.upperBound - 1] == "年",
               let end = readPart(in: text, at: range.upperBound, asOf: asOf != nil)?.end {
                range = start..<end
                // 去年8月以来: since the year.
                if text.matches(Self.since, at: end) {
                    range = start..<(end + Self.since.count)
                    kind = .since
                } else if asOf != nil || text.matches(["底"], at: end) || text.matches(["末"], at: end) {
                    if text.matches(["底"], at: end) || text.matches(["末"], at: end) { range = start..<(end + 1) }
                    range = (start - (asOf ?? 0))..<range.upperBound
                    kind = .endOfYear
                }
            }
            let words = text.string(range)
            // 2014年全年: the whole of the year the sentence names.
            let base = word == Self.wholeYear ? namedYear : date?.year
            guard let base else { return Mention(range: range, period: Period(kind: .relative, words: words)) }
            let year = base + offset
            return Mention(range: range, period: Period(kind: kind, firstYear: year, lastYear: kind == .since ? nil : year,
                                                        words: words))
        }
        return nil
    }

    private static let wholeYear = "全年"
    private static let untilNow = "至今".scalarArray
    private static let convened = "召开".scalarArray
    /// What closes a year word into the year's end: 今年底, 今年末, 今年年底.
    private static let yearEnd = WordList(["年底", "年末", "底", "末"])
}
