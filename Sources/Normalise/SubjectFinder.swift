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
        // A change after a level: 由4800元提高到6200元.
        "提高", "增加", "增长", "下降", "减少", "上升", "降低", "降至", "降到", "升至", "增至", "扩大", "缩小",
    ])
    /// Words that hold a function character or end in another word's opener but belong to a
    /// noun: 一等奖, 从业人员, 中共党员, 慰问金 (not 慰问 + 金), 农民工会员 (not 农民工会 + 员),
    /// 计划生育家庭 (not 计划 + 生育家庭); looked up by their start after a figure, by their end
    /// before one.
    static let wholeWordList = ["一等奖", "二等奖", "三等奖", "特等奖", "从业", "中共", "为民", "慰问金", "慰问品",
                                "慰问款", "会员", "计划生育", "计划单列"]
    static let wholeWords = WordList(wholeWordList)
    static let wholeWordsByEnd = WordList(wholeWordList, anchor: .last)
    /// Predicates between a measured noun and its share or multiple: 数量分别增长2.5倍.
    static let changeWords = WordList(["分别", "增长", "提高", "上升", "下降", "增加", "减少", "达到", "占", "同比", "环比"],
                                      anchor: .last)
    /// Words before the number that end the phrase: the verb or the actor before the counted noun.
    static let phraseOpeners = WordList([
        "完成", "培养", "举办", "组织", "开展", "创建", "命名了", "带动", "支持", "实现", "创造", "提供", "发布",
        "刊发", "评选出", "评出", "选出", "授予", "工会", "各级", "推荐", "慰问", "走访", "观看", "发放", "其中",
        "计划",
    ], anchor: .last)

    /// The subjects of all figures of a sentence. A figure coordinated with the one before it
    /// (增长2.5倍和4.1倍, 一等奖2名、二等奖3名 aside) shares its subject when it has none of its own.
    func subjects(of figures: [Figure], in text: ScalarText) -> [String] {
        var result = figures.map { subject(of: $0, in: text) }
        for (index, figure) in figures.enumerated() {
            var end = figure.range.lowerBound
            while end > 0, Self.isConjunction(text.scalars[end - 1]) { end -= 1 }
            if end < figure.range.lowerBound, let previous = figures.firstIndex(where: { $0.range.upperBound == end }) {
                if result[index].count < 2 { result[index] = result[previous] }
                continue
            }
            // 由4800元提高到6200元, 从3万人增加到5万人: the level reached is a level of the same thing.
            if let link = Self.changeLinks.firstMatch(at: figure.range.lowerBound, in: text),
               let previous = figures.firstIndex(where: {
                   $0.range.upperBound == figure.range.lowerBound - Self.changeLinks.length(of: link) && $0.unit == figure.unit
               }) {
                result[index] = result[previous]
                continue
            }
            // 实现利润总额66268.6亿元，同比增长0.1%: a rate with no noun of its own is the change of
            // the figure just before it.
            if result[index].isEmpty, figure.kind == .percent || figure.kind == .multiple,
               let previous = figures.indices.filter({ figures[$0].range.upperBound <= figure.range.lowerBound })
                   .max(by: { figures[$0].range.upperBound < figures[$1].range.upperBound }),
               figure.range.lowerBound - figures[previous].range.upperBound <= Self.maximumLength {
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

    func subject(of figure: Figure, in text: ScalarText) -> String {
        let clause = text.clause(around: figure.range)
        if figure.kind != .percent, figure.kind != .multiple {
            let after = phraseAfter(figure, in: text, clause: clause)
            if after.count >= 2 { return text.string(after) }
        }
        return text.string(phraseBefore(figure, in: text, clause: clause))
    }

    private func phraseAfter(_ figure: Figure, in text: ScalarText, clause: Range<Int>) -> Range<Int> {
        var end = figure.range.upperBound
        while end < clause.upperBound, end - figure.range.upperBound < Self.maximumLength {
            if let word = Self.wholeWords.firstMatch(at: end, in: text) {
                end += Self.wholeWords.length(of: word)
                continue
            }
            guard ScalarText.isHan(text.scalars[end]), !Self.functionCharacters.contains(text.scalars[end]),
                  !Self.predicateStarts.matches(at: end, in: text) else { break }
            end += 1
        }
        return figure.range.upperBound..<end
    }

    private func phraseBefore(_ figure: Figure, in text: ScalarText, clause: Range<Int>) -> Range<Int> {
        var end = figure.range.lowerBound
        // “推优入党”8998名: the quoted name is what is counted.
        if end > clause.lowerBound, Self.isClosingQuote(text.scalars[end - 1]) {
            var start = end - 1
            while start > clause.lowerBound, !Self.isOpeningQuote(text.scalars[start - 1]) { start -= 1 }
            if start > clause.lowerBound, end - 1 - start <= Self.maximumLength { return start..<(end - 1) }
        }
        while end > clause.lowerBound {
            if let link = Self.changeLinks.firstMatch(at: end, in: text) {
                // 投资达到500亿元, 增加到5万人, 用电量累计…: the verb before a level is no part of its noun.
                end -= Self.changeLinks.length(of: link)
            } else if Self.functionCharacters.contains(text.scalars[end - 1]) {
                end -= 1
            } else if figure.kind == .percent || figure.kind == .multiple,
                      let word = Self.changeWords.firstMatch(at: end, in: text) {
                end -= Self.changeWords.length(of: word)
            } else {
                break
            }
        }
        var start = end
        while start > clause.lowerBound, end - start < Self.maximumLength {
            if let word = Self.wholeWordsByEnd.firstMatch(at: start, in: text) {
                start -= Self.wholeWordsByEnd.length(of: word)
                continue
            }
            guard ScalarText.isHan(text.scalars[start - 1]), !Self.functionCharacters.contains(text.scalars[start - 1]),
                  !Self.phraseOpeners.matches(at: start, in: text) else { break }
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
