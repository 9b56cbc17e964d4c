import TongjiCore

/// Finds the noun phrase saying what a figure counts.
///
/// The words right after the measure word come first (8998名参赛职工 → 参赛职工); when there are
/// none, or the figure is a share or multiple, the words right before the number
/// (投入资金1406.46万元 → 投入资金). A phrase stops at clause punctuation, quotes, function words
/// and the verbs that end a predicate before its object (完成, 培养, 举办 …), and is at most
/// twelve code points long.
struct SubjectFinder: Sendable {
    static let maximumLength = 12

    /// Characters that never belong to a counted noun phrase's edge.
    static let functionCharacters = ScalarTable(members: "的了在被将已都也为是和与及像从由对向达共等把按有约计".unicodeScalars)
    /// Words after the measure word that start a predicate, not the noun: 1100多名职工参赛.
    static let predicateStarts = WordList([
        "参赛", "参加", "参与", "现场", "进入", "通过", "获得", "来自", "先后", "没有", "进行", "理赔", "聆听",
        "吸收", "受聘", "被聘", "已", "分别",
        // Adverbs and verbs that open the predicate after a counted noun (工人实行闭环作业,
        // 产业链加快建设, 期权品种今天同步上市, 北斗卫星正在…).
        "正在", "正", "今天", "昨天", "目前", "同步", "首次", "不再", "仍", "还", "也", "都", "可以", "纷纷", "开始",
        "陆续", "共同", "实行", "实现", "加快", "申请", "进驻", "入选", "获评", "出台", "反映", "退到", "做",
        "列阵", "设展", "上市", "落户", "签订", "签约", "完成", "得到", "受到", "集中",
        // A change after a level: 由4800元提高到6200元.
        "提高", "增加", "增长", "下降", "减少", "上升", "降低", "降至", "降到", "升至", "增至", "扩大", "缩小",
    ])
    /// Words that hold a function character or end in another word's opener but belong to a
    /// noun: 一等奖, 从业人员, 中共党员, 慰问金 (not 慰问 + 金), 农民工会员 (not 农民工会 + 员),
    /// 计划生育家庭 (not 计划 + 生育家庭); looked up by their start after a figure, by their end
    /// before one.
    static let wholeWordList = ["一等奖", "二等奖", "三等奖", "特等奖", "从业", "中共", "为民", "慰问金", "慰问品",
                                "慰问款", "会员", "计划生育", "计划单列", "公共", "生还者"]
    static let wholeWords = WordList(wholeWordList)
    static let wholeWordsByEnd = WordList(wholeWordList, anchor: .last)
    /// Predicates between a measured noun and its share or multiple: 数量分别增长2.5倍.
    static let changeWords = WordList(["分别", "增长", "提高", "上升", "下降", "增加", "减少", "达到", "占", "同比", "环比"],
                                      anchor: .last)
    /// Adverbs and verbs between a noun and its number, no part of the noun: 城镇新增就业人数每年都
    /// 保持在1100万人以上, 粮食单产平均每年提高, 当天仅约20%.
    static let adverbsBeforeFigure = WordList([
        "每年", "每月", "每周", "每天", "每日", "年均", "平均", "当天", "仅", "还", "现", "保持在", "稳定在", "保持", "稳定",
        "可以", "有望", "连续", "超过", "突破", "最高达", "最多达", "高达", "多达", "一直", "持续", "约为", "实现", "首次",
    ], anchor: .last)
    /// Words that open a comparison: a phrase starting with one is the base compared with
    /// (比上年同期增长5.9%), not what is counted.
    static let comparisonOpeners = WordList(["比", "较", "同比", "环比"])
    /// True for measure words that are nouns themselves: 五部门印发意见 counts 部门, 12个省份 counts
    /// 省份. A switch after a length test and a test of the last code point: hashing every
    /// figure's unit into a Set cost 3 % of extraction, and comparing every 万元 with each word
    /// 0.5 %.
    static func isNounUnit(_ unit: String) -> Bool {
        guard unit.utf8.count >= 6, let last = unit.unicodeScalars.last else { return false }
        switch last {
        case "门", "委", "市", "区", "份", "县", "州": break
        default: return false
        }
        switch unit {
        case "部门", "部委", "省市", "省区", "省份", "省区市", "地市", "县区", "市县", "区县", "市州", "县市": return true
        default: return false
        }
    }

    /// Words before the number that end the phrase: the verb or the actor before the counted noun.
    static let phraseOpeners = WordList([
        "完成", "培养", "举办", "组织", "开展", "创建", "命名了", "带动", "支持", "实现", "创造", "提供", "发布",
        "刊发", "评选出", "评出", "选出", "授予", "工会", "各级", "推荐", "慰问", "走访", "观看", "发放", "其中",
        "计划", "然而", "一直", "还", "并", "报告", "首批", "已有", "共有", "坚持", "确保", "筹集",
    ], anchor: .last)

    /// The subjects of all figures of a sentence, whose `clauses` are the clauses around them. A
    /// figure coordinated with the one before it (增长2.5倍和4.1倍, 一等奖2名、二等奖3名 aside) shares
    /// its subject when it has none of its own.
    func subjects(of figures: [Figure], in text: ScalarText, clauses: [Range<Int>]) -> [String] {
        var result = figures.indices.map { subject(of: figures, at: $0, in: text, clause: clauses[$0]) }
        // The figure's fields, not a copy of it: a Figure holds Strings, retained on a copy.
        for index in figures.indices {
            let range = figures[index].range
            let kind = figures[index].kind
            var end = range.lowerBound
            while end > 0, Self.isConjunction(text.scalars[end - 1]) { end -= 1 }
            if end < range.lowerBound, let previous = figures.firstIndex(where: { $0.range.upperBound == end }) {
                if result[index].count < 2 { result[index] = result[previous] }
                continue
            }
            // 由4800元提高到6200元, 从3万人增加到5万人: the level reached is a level of the same thing.
            if let link = Self.changeLinks.firstMatch(at: range.lowerBound, in: text),
               let previous = figures.firstIndex(where: {
                   $0.range.upperBound == range.lowerBound - Self.changeLinks.length(of: link) && $0.unit == figures[index].unit
               }) {
                result[index] = result[previous]
                continue
            }
            // 实现利润总额66268.6亿元，同比增长0.1%: a rate, or an amount in the same unit, with no
            // noun of its own is the change of the figure just before it (比上年增产28.7亿斤).
            if result[index].isEmpty,
               let previous = figures.indices.filter({ figures[$0].range.upperBound <= range.lowerBound })
                   .max(by: { figures[$0].range.upperBound < figures[$1].range.upperBound }),
               kind == .percent || kind == .multiple || figures[previous].unit == figures[index].unit,
               range.lowerBound - figures[previous].range.upperBound <= Self.maximumLength {
                result[index] = result[previous]
            }
        }
        return result
    }

    /// What joins a level and the level it changed to, or leads to a level or a total: 提高到,
    /// 增加至, 降至, 到, 达到, 累计, 已经.
    static let changeLinks = WordList(["达到", "累计", "共计", "合计", "总计", "已经", "提高到", "提高至", "增加到", "增加至",
                                       "增长到", "增长至", "上升到", "上升至", "下降到", "下降至", "减少到", "减少至", "扩大到",
                                       "扩大至", "缩小到", "缩小至", "降到", "降至", "升到", "升至", "增至", "减至", "到", "至"],
                                      anchor: .last)

    /// The subject of figure `index` of `figures`, whose clause is `clause`. Read from the array
    /// rather than given a copy of the figure, whose Strings a copy retains.
    func subject(of figures: [Figure], at index: Int, in text: ScalarText, clause: Range<Int>) -> String {
        if Self.isNounUnit(figures[index].unit) { return figures[index].unit }
        let range = figures[index].range
        let kind = figures[index].kind
        if kind == .people, figures[index].unit == "人", let noun = nounInSpan(range, in: text) { return text.string(noun) }
        if kind != .percent, kind != .multiple {
            let after = phrase(after: range.upperBound, in: text, clause: clause)
            if after.count >= 2 { return text.string(after) }
        } else if range.upperBound < clause.upperBound, text.scalars[range.upperBound] == "的" {
            // 约20%的铁路列车: a share of the noun after it.
            let after = phrase(after: range.upperBound + 1, in: text, clause: clause)
            if after.count >= 2 { return text.string(after) }
        }
        var before = phraseBefore(range, kind: kind, in: text, clause: clause)
        // 2021年城镇就业人员占比: the tail of a date is no part of the noun; 比2012年提高了13.8个百分点,
        // 上升至2021年的98.62%: a date's tail or a comparison's base alone says nothing of what is
        // counted, and the figure before may.
        if before.lowerBound > 0, ("0"..."9").contains(text.scalars[before.lowerBound - 1]) {
            while let tail = Self.dateTails.firstMatch(at: before.lowerBound, in: text, within: before) {
                before = (before.lowerBound + Self.dateTails.length(of: tail))..<before.upperBound
            }
            if before.count < 2 { return "" }
        }
        if Self.comparisonOpeners.matches(at: before.lowerBound, in: text) { return "" }
        return text.string(before)
    }

    /// What follows the digits of a date or a length of time: 2021年, 90年代中期, 2014年同期.
    /// Not 月 or 日 alone, which open 月均 and 日均.
    static let dateTails = WordList(["年代", "年底", "年初", "年末", "年间", "月份", "年", "中期", "同期", "上半年", "下半年"])

    /// The noun a count of people at `span`, in the measure word 人, holds after its number
    /// (30万医务人员, 3万群众), which 人 stands for; nil when the span ends in a measure word.
    private func nounInSpan(_ span: Range<Int>, in text: ScalarText) -> Range<Int>? {
        var start = span.upperBound
        while start > span.lowerBound, ScalarText.isHan(text.scalars[start - 1]),
              !Self.numeralsAndQualifiers.contains(text.scalars[start - 1]) {
            start -= 1
        }
        let noun = start..<span.upperBound
        // 人次 and 人以上 end a count of people in its measure word.
        return noun.count >= 2 && text.scalars[noun.lowerBound] != "人" ? noun : nil
    }

    /// The Chinese numerals and the qualifiers that stand in a count's number (三十多, 两千余).
    private static let numeralsAndQualifiers = ScalarTable(members: "〇零一二两三四五六七八九十百千万亿几多余近约超逾数".unicodeScalars)

    /// The noun phrase starting at `start`, right after a figure.
    private func phrase(after start: Int, in text: ScalarText, clause: Range<Int>) -> Range<Int> {
        var end = start
        let wholeWords = Self.wholeWords, functionCharacters = Self.functionCharacters
        let predicateStarts = Self.predicateStarts
        while end < clause.upperBound, end - start < Self.maximumLength {
            if let word = wholeWords.firstMatch(at: end, in: text) {
                end += wholeWords.length(of: word)
                continue
            }
            guard ScalarText.isHan(text.scalars[end]), !functionCharacters.contains(text.scalars[end]),
                  !predicateStarts.matches(at: end, in: text) else { break }
            end += 1
        }
        return start..<end
    }

    /// The noun phrase before the figure at `figure`, of `kind`.
    private func phraseBefore(_ figure: Range<Int>, kind: FigureKind, in text: ScalarText, clause: Range<Int>) -> Range<Int> {
        var end = figure.lowerBound
        // “推优入党”8998名: the quoted name is what is counted.
        if end > clause.lowerBound, Self.isClosingQuote(text.scalars[end - 1]) {
            var start = end - 1
            while start > clause.lowerBound, !Self.isOpeningQuote(text.scalars[start - 1]) { start -= 1 }
            if start > clause.lowerBound, end - 1 - start <= Self.maximumLength { return start..<(end - 1) }
        }
        let changeLinks = Self.changeLinks, adverbsBeforeFigure = Self.adverbsBeforeFigure
        let functionCharacters = Self.functionCharacters
        while end > clause.lowerBound {
            if let link = changeLinks.firstMatch(at: end, in: text) {
                // 投资达到500亿元, 增加到5万人, 用电量累计…: the verb before a level is no part of its noun.
                end -= changeLinks.length(of: link)
            } else if let adverb = adverbsBeforeFigure.firstMatch(at: end, in: text) {
                end -= adverbsBeforeFigure.length(of: adverb)
            } else if let opening = text.bracketPartner(of: end - 1), opening < end - 1, opening > clause.lowerBound {
                // 国内生产总值（GDP）增长2.1%: a name in brackets after the noun.
                end = opening
            } else if functionCharacters.contains(text.scalars[end - 1]) {
                end -= 1
            } else if kind == .percent || kind == .multiple,
                      let word = Self.changeWords.firstMatch(at: end, in: text) {
                end -= Self.changeWords.length(of: word)
            } else {
                break
            }
        }
        var start = end
        let wholeWordsByEnd = Self.wholeWordsByEnd, phraseOpeners = Self.phraseOpeners
        while start > clause.lowerBound, end - start < Self.maximumLength {
            if let word = wholeWordsByEnd.firstMatch(at: start, in: text) {
                start -= wholeWordsByEnd.length(of: word)
                continue
            }
            guard ScalarText.isHan(text.scalars[start - 1]), !functionCharacters.contains(text.scalars[start - 1]),
                  !phraseOpeners.matches(at: start, in: text) else { break }
            start -= 1
        }
        return start..<end
    }

    /// 和与及、: what joins coordinated figures.
    private static func isConjunction(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "和", "与", "及", "、": true
        default: false
        }
    }

    private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "\"": true
        default: false
        }
    }

    private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "‘", "「", "『", "\"": true
        default: false
        }
    }
}
