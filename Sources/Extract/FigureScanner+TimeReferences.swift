/// Lengths of time that place an event in time instead of measuring how long it lasted: they
/// are dates, not statistics. 今年前8个月 (January to August), 两年前 and 三个月后 (a relative
/// date), 近两年来 and 五年来 (the last years up to now), 这两天 (these days), 今明两天 (today
/// and tomorrow).
extension FigureScanner {
    func isTimeReference(_ number: ParsedNumber, unit: UnitEntry, unitEnd: Int) -> Bool {
        guard unit.kind == .duration else { return false }
        // The words before a range stand before its first end: 未来5年至10年 as 未来5年.
        let start = startOfRange(endingWith: number.start) ?? number.start
        let before = scalar(at: start - 1)
        // 前8个月, 前两年: the first or last stretch of a period. Not after a word ending in 前
        // (提前3天 is 3 days early, 此前两年), as with the ranks of 前三名.
        if before == "前", start < 2 || !Self.endsWordWithQian(text[start - 2]) { return true }
        // 两年前, 三个月后, 十年以前, 五天之后; not 三年前后 (around three years), nor 前 or 后
        // opening a word: 驱车3个多小时前往, 5年后续. (前来, 前进 and 前提 are no such word in
        // 十年前来到, 两周前进入, 10年前提高.)
        if let mark = scalar(at: unitEnd), mark == "前" || mark == "后" {
            let next = scalar(at: unitEnd + 1)
            if !(next.map { (mark == "前" ? Self.afterQianInWord : Self.afterHouInWord).contains($0) } ?? false) {
                return true
            }
        }
        if Self.relativeDateWords.contains(where: { hasWord($0, at: unitEnd) }) { return true }
        // 五年来, 建交30年来, 两个月来 (五年来看得见的变化): up to now; not 从运行十多天来看，
        // (judging by). 这两天, 那几年: these or those days.
        if scalar(at: unitEnd) == "来", !isJudgingBy(at: unitEnd + 1) { return true }
        if before == "这" || before == "那" { return true }
        // 近两年来, 近三年里, 最近五年: the last years up to now. 历时近两年 and 将近三年 are nearly
        // that long: 近 must open its clause or follow 最, or 来, 以来, 里, 中 or 间 must follow.
        if before == "近", start < 2 || !Self.beforeNearly.contains(text[start - 2]) {
            let opensClause = start < 2 || text[start - 2] == "最" || !text[start - 2].isIdeograph
            if opensClause || scalar(at: unitEnd).map(Self.afterRecentStretch.contains) == true { return true }
        }
        // 过去两年, 未来5年, 今后五年: the years just past or ahead. Not 过去 as a verb (地震已经过去
        // 35个小时), nor a time it once took (由过去4小时缩短至1.5小时, 从过去1个多小时缩短到30分钟).
        if Self.dayPairs.contains(where: { hasWord($0, endingAt: start) }) { return true }
        guard let word = Self.stretchWords.first(where: { hasWord($0, endingAt: start) }) else { return false }
        let wordStart = start - word.count
        guard word == Self.past, wordStart > 0 else { return true }
        let previous = text[wordStart - 1]
        if Self.beforePastAsVerb.contains(previous) { return false }
        return !((previous == "由" || previous == "从") && (unit.unit == "小时" || unit.unit == "分钟"))
    }

    /// Where the first end of a range starts when `start` opens its second end after a joiner
    /// and a length of time (5年至10年, 两到三天): digits or numerals, then a unit of time.
    private func startOfRange(endingWith start: Int) -> Int? {
        guard start > 2, "至到—-~～".unicodeScalars.contains(text[start - 1]) else { return nil }
        var index = start - 2
        while index >= 0, "年个月天日周小时".unicodeScalars.contains(text[index]) { index -= 1 }
        let unitStart = index
        while index >= 0, NumeralCharacter(text[index]) != nil { index -= 1 }
        return index < unitStart ? index + 1 : nil
    }

    /// The characters that end a word with 前 before a length of time (提前3天, 此前两年, 向前).
    /// Not 年 or 月, which the rank rule's list holds (see `precededByWordWithQian`). A switch
    /// rather than a string's `contains`: it runs at every length of time.
    private static func endsWordWithQian(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "提", "此", "目", "之", "以", "当", "日", "眼", "空", "超", "事", "向", "跟", "面", "生": true
        default: false
        }
    }

    /// 前后 (around), 前往.
    private static let afterQianInWord = Set("后往".unicodeScalars)
    /// 后续, 后勤, 后备, 后劲.
    private static let afterHouInWord = Set("续勤备劲".unicodeScalars)
    private static let relativeDateWords = ["以前", "以后", "之前", "之后"].map { Array($0.unicodeScalars) }
    /// 将近, 接近 and 临近 mean nearly; the 近 of 近两年来 stands alone or after 最.
    private static let beforeNearly = Set("将接临".unicodeScalars)
    private static let afterRecentStretch = Set("来以里中间".unicodeScalars)
    private static let stretchWords = ["过去", "未来", "今后"].map { Array($0.unicodeScalars) }
    private static let past = Array("过去".unicodeScalars)
    /// 已经过去, 刚过去, 都过去.
    private static let beforePastAsVerb = Set("已经刚都".unicodeScalars)

    /// 来看 ending a phrase (从运行十多天来看，): "judging by", not the 来 of 五年来.
    private func isJudgingBy(at position: Int) -> Bool {
        guard scalar(at: position) == "看" else { return false }
        return scalar(at: position + 1)?.isIdeograph != true
    }
    /// 今明两天, 明后两天, 今明两年.
    private static let dayPairs = ["今明", "明后"].map { Array($0.unicodeScalars) }
}
