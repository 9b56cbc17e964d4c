/// A part of a year that a reporting period names after its year, or alone: 上半年, 一季度,
/// 前三季度 (前三个季度), 前8个月, 1—9月 (1至9月份). Read from the text, and again from a period's
/// words, with one spelling each, so that a label says the same part however it was written.
///
/// A single month counts only as the end of a stock (截至2020年9月底): 2021年6月 and 2021年6月15日
/// date an event, whose figures belong to the year, while a stretch of months (1—9月) or a quarter
/// is a period that statistics are given for.
enum PartOfYear {
    /// The part that starts at `start` of `text`: the offset after it and its one spelling;
    /// `endOfMonth` admits a single month followed by 底 or 末 (9月底), without them.
    static func read(_ text: [Unicode.Scalar], at start: Int, endOfMonth: Bool = false) -> (end: Int, part: String)? {
        func scalar(_ index: Int) -> Unicode.Scalar? { text.indices.contains(index) ? text[index] : nil }
        func isQuarter(at index: Int) -> Bool { scalar(index) == "季" && scalar(index + 1) == "度" }
        if let half = scalar(start), half == "上" || half == "下", scalar(start + 1) == "半", scalar(start + 2) == "年" {
            return (start + 3, "\(half)半年")
        }
        if scalar(start) == "前" {
            guard let (count, next) = number(text, at: start + 1) else { return nil }
            if isQuarter(at: next), (1...3).contains(count) { return (next + 2, "前\(chineseNumerals[count])季度") }
            if scalar(next) == "个", isQuarter(at: next + 1), (1...3).contains(count) {
                return (next + 3, "前\(chineseNumerals[count])季度")
            }
            if scalar(next) == "个", scalar(next + 1) == "月", (1...11).contains(count) { return (next + 2, "前\(count)个月") }
            return nil
        }
        let first = scalar(start) == "第" ? start + 1 : start
        guard let (value, next) = number(text, at: first) else { return nil }
        if isQuarter(at: next), (1...4).contains(value) { return (next + 2, "\(chineseNumerals[value])季度") }
        if endOfMonth, first == start, scalar(next) == "月", (1...12).contains(value),
           let close = scalar(next + 1), close == "底" || close == "末" {
            return (next + 1, "\(value)月")
        }
        guard first == start, let joiner = scalar(next), "—–-至到".unicodeScalars.contains(joiner),
              let (last, afterLast) = number(text, at: next + 1), scalar(afterLast) == "月",
              value < last, last <= 12 else { return nil }
        // 1—12月 is the whole year.
        return (afterLast + 1, value == 1 && last == 12 ? "" : "\(value)—\(last)月")
    }

    /// The part a period's words end with (今年1至9月 → 1—9月, 截至2020年三季度末 → 三季度), or
    /// "" for a whole year. What closes the words (底, 末, 份, 以来) is passed over.
    static func part(endingWords words: String) -> String {
        // Most words name a whole year (2020年, 今年, 2016年以来): no part holds none of these.
        guard words.utf8.contains(where: { $0 == 0x88 || $0 == 0xA3 || $0 == 0x8A }) else { return "" }
        let scalars = Array(words.unicodeScalars)
        var end = scalars.count
        let endsStock = end > 0 && (scalars[end - 1] == "底" || scalars[end - 1] == "末")
        while end > 0, "底末份".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        if end >= 2, scalars[end - 2] == "以", scalars[end - 1] == "来" { end -= 2 }
        for start in 0..<end {
            if let (partEnd, part) = read(scalars, at: start, endOfMonth: endsStock), partEnd == end { return part }
        }
        return ""
    }

    /// 一 (两) … 十二 or 1 … 12 at `start`, and the offset after it.
    private static func number(_ text: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        guard text.indices.contains(start) else { return nil }
        if let digit = arabicDigit(text[start]) {
            guard start + 1 < text.count, let second = arabicDigit(text[start + 1]) else { return (digit, start + 1) }
            return (digit * 10 + second, start + 2)
        }
        if text[start] == "两" { return (2, start + 1) }
        guard let digit = chineseNumerals.firstIndex(of: text[start]), digit > 0 else { return nil }
        // 十, 十一, 十二.
        if digit == 10, start + 1 < text.count, let ones = chineseNumerals.firstIndex(of: text[start + 1]), (1...2).contains(ones) {
            return (10 + ones, start + 2)
        }
        return (digit, start + 1)
    }

    private static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value) - 48 : nil
    }

    /// The Chinese numerals 〇 to 十, by value.
    private static let chineseNumerals: [Unicode.Scalar] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
}
