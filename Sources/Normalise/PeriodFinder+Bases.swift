import TongjiCore

/// Mentions of time that are no period of the figures around them: the base of a comparison
/// (比2020年增长8%) and the frame of a record (创2008年以来新高).
extension PeriodFinder {
    /// True when `mention` is the base of a comparison: 比 or 较 before it, with at most a few
    /// words of time between (比上年12月份, 比上一季度, 较去年同期).
    func isComparisonBase(_ mention: Mention, in text: ScalarText) -> Bool {
        var index = mention.range.lowerBound - 1
        while index >= 0, mention.range.lowerBound - index <= 3, Self.beforeComparedTime.contains(text.scalars[index]) {
            index -= 1
        }
        return index >= 0 && (text.scalars[index] == "比" || text.scalars[index] == "较")
    }

    /// True when `mention` frames a record rather than dates a figure: 创2008年以来新高, 50年来
    /// 的最大降雪, 百年来首次, 多年来罕见.
    func framesRecord(_ mention: Mention, in text: ScalarText) -> Bool {
        // Spans up to now only: …以来, …年来, 近…年 (not 今年新增).
        let range = mention.range
        guard text.scalars[range.upperBound - 1] == "来" || text.scalars[range.lowerBound] == "近"
                || text.matches(Self.past, at: range.lowerBound) else { return false }
        var next = mention.range.upperBound
        if text.matches(["的"], at: next) { next += 1 }
        if text.matches(["之"], at: next), text.matches(["最"], at: next + 1) { return true }
        return next < text.count && Self.superlativeStarts.contains(text.scalars[next])
    }

    /// 最, 首, 罕, 未, 新 after a span up to now make a superlative: 50年来最大, 百年来首次, 多年来罕见.
    private static let superlativeStarts = ScalarTable(members: "最首罕未新".unicodeScalars)
    /// What may stand between 比 and the time it compares with: 上年, 去年同期, 上一季度.
    private static let beforeComparedTime = ScalarTable(members: "上去年同期一".unicodeScalars)
}
