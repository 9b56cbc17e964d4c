/// A part of a year that a reporting period names after its year, or alone, as the months it
/// covers: 上半年 (1–6), 一季度 (1–3), 前三季度 and 前三个季度 (1–9), 前8个月 and 1至8月份 (1–8),
/// 5月份 (5). Read from the text, and again from a period's words, so that a label says the same
/// part however it was written (1—6月, 前6个月 and 上半年 all give 上半年).
///
/// A single month is a period when 份 follows it (5月份, a month of reporting), or as the end of a
/// stock (截至9月底, 截至2020年4月); 2021年6月 and 2021年6月15日 date an event, whose figures
/// belong to the year.
enum PartOfYear {
    /// Where the single months may stand.
    enum SingleMonth {
        /// Only before 份.
        case reported
        /// Also at the end of a stock: before 底 or 末, or anywhere after 截至.
        case endOfStock
    }

    /// The months of the part that starts at `start` of `text`, and the offset after it (after a
    /// closing 份 too). 前 opens a part only after a word that is no 提前, 此前 or 之前 (提前三个
    /// 月 is a lead time), and counts two or more (前一季度 is the quarter before).
    static func read(_ text: [Unicode.Scalar], at start: Int, singleMonth: SingleMonth = .reported)
        -> (end: Int, months: ClosedRange<Int>)? {
        func scalar(_ index: Int) -> Unicode.Scalar? { text.indices.contains(index) ? text[index] : nil }
        func isQuarter(at index: Int) -> Bool { scalar(index) == "季" && scalar(index + 1) == "度" }
        func closing(_ end: Int, _ months: ClosedRange<Int>) -> (end: Int, months: ClosedRange<Int>) {
            (scalar(end) == "份" ? end + 1 : end, months)
        }
        if let half = scalar(start), half == "上" || half == "下", scalar(start + 1) == "半", scalar(start + 2) == "年" {
            return (start + 3, half == "上" ? 1...6 : 7...12)
        }
        if scalar(start) == "前" {
            guard !(scalar(start - 1).map(wordsEndingBeforeQian.contains) ?? false),
                  let (count, next) = number(text, at: start + 1), count >= 2 else { return nil }
            if isQuarter(at: next), count <= 3 { return (next + 2, 1...(3 * count)) }
            if scalar(next) == "个", isQuarter(at: next + 1), count <= 3 { return (next + 3, 1...(3 * count)) }
            if scalar(next) == "个", scalar(next + 1) == "月", count <= 11 { return closing(next + 2, 1...count) }
            return nil
        }
        let first = scalar(start) == "第" ? start + 1 : start
        // 两季度 counts two quarters (连续两季度下滑), a quarter's name says 二; after 前 the 前
        // decided (前一季度 is the quarter before).
        guard scalar(first) != "两", scalar(start - 1) != "前", let (value, next) = number(text, at: first), (1...12).contains(value) else { return nil }
        if isQuarter(at: next), value <= 4 { return (next + 2, (3 * value - 2)...(3 * value)) }
        guard first == start else { return nil }
        // 1至9月, 1—9月, 1月至9月.
        var joiner = next
        if scalar(joiner) == "月", let after = scalar(joiner + 1), monthJoiners.contains(after),
           scalar(joiner + 2).map(isNumeralStart) == true {
            joiner += 1
        }
        if let mark = scalar(joiner), monthJoiners.contains(mark), let (last, afterLast) = number(text, at: joiner + 1),
           scalar(afterLast) == "月", value < last, last <= 12 {
            return closing(afterLast + 1, value...last)
        }
        guard scalar(next) == "月" else { return nil }
        if scalar(next + 1) == "份" { return (next + 2, value...value) }
        if singleMonth == .endOfStock { return (next + 1, value...value) }
        return nil
    }

    /// The one spelling of the months: "" for the whole year, else 上半年, 下半年, 一季度 … 四季度,
    /// 前三季度, 5月, 1—8月.
    static func label(_ months: ClosedRange<Int>) -> String {
        switch (months.lowerBound, months.upperBound) {
        case (1, 12): ""
        case (1, 6): "上半年"
        case (7, 12): "下半年"
        case (1, 9): "前三季度"
        case let (first, last) where first % 3 == 1 && last == first + 2: "\(quarterNames[last / 3])季度"
        case let (first, last) where first == last: "\(first)月"
        case let (first, last): "\(first)—\(last)月"
        }
    }

    /// The months a period's words end with (今年1至9月, 截至2020年三季度末), or nil for a whole
    /// year. What closes the words (底, 末, 以来, 下旬) is passed over; a single month counts after
    /// 截至 or before 底 and 末.
    static func months(endingWords words: String) -> ClosedRange<Int>? {
        // Most words name a whole year (2020年, 今年, 2016年以来): a part holds 月, 季 or 半.
        guard words.unicodeScalars.contains(where: { $0 == "月" || $0 == "季" || $0 == "半" }) else { return nil }
        let scalars = Array(words.unicodeScalars)
        var end = scalars.count
        let isStock = scalars.first == "截" || (end > 0 && (scalars[end - 1] == "底" || scalars[end - 1] == "末"))
        while end > 0, scalars[end - 1] == "底" || scalars[end - 1] == "末" { end -= 1 }
        if end >= 2, scalars[end - 2] == "以", scalars[end - 1] == "来" { end -= 2 }
        // 9月下旬, 5月初: the month.
        if end >= 2, scalars[end - 1] == "旬", "上中下".unicodeScalars.contains(scalars[end - 2]) { end -= 2 }
        if end >= 2, scalars[end - 1] == "初", scalars[end - 2] == "月" { end -= 1 }
        for start in 0..<end {
            if let (partEnd, months) = read(scalars, at: start, singleMonth: isStock ? .endOfStock : .reported),
               partEnd == end {
                return months
            }
        }
        return nil
    }

    /// The one spelling of undated words that are a part of a year, alone or after 今年, 去年 or
    /// 前年 (今年1至9月份 → 今年前三季度), or a stock at a month's end (截止11月底, 截至11月下旬 →
    /// 截至11月); nil for other words, which keep their own spelling.
    static func relativeLabel(_ words: String) -> String? {
        var scalars = Array(words.unicodeScalars)
        var isStock = false
        if scalars.first == "截", scalars.count > 2 {
            scalars.removeFirst(scalars[2] == "到" ? 3 : 2)
            isStock = true
        }
        var yearWord = ""
        if scalars.count > 2, scalars[1] == "年", "今去前".unicodeScalars.contains(scalars[0]) {
            yearWord = String(String.UnicodeScalarView(scalars[..<2]))
            scalars.removeFirst(2)
        }
        let endsAtClose = scalars.last == "底" || scalars.last == "末"
        if endsAtClose {
            scalars.removeLast()
            isStock = true
        }
        // 今年底, 截至今年年底.
        if isStock, !yearWord.isEmpty, scalars.isEmpty || scalars == ["年"] { return "截至\(yearWord)底" }
        if scalars.count >= 2, scalars.last == "旬" { scalars.removeLast(2) }
        if scalars.count >= 2, scalars.last == "初" { scalars.removeLast() }
        guard let part = read(scalars, at: 0, singleMonth: isStock ? .endOfStock : .reported), part.end == scalars.count else {
            return nil
        }
        guard isStock else { return yearWord + label(part.months) }
        return part.months.upperBound == 12 && endsAtClose ? "截至\(yearWord.isEmpty ? "年" : yearWord)底"
            : "截至\(yearWord)\(part.months.upperBound)月"
    }

    /// The length of 上旬, 中旬, 下旬 or 初 at `start`, after a month.
    static func partOfMonthLength(_ text: [Unicode.Scalar], at start: Int) -> Int? {
        guard text.indices.contains(start) else { return nil }
        if text[start] == "初" { return 1 }
        guard start + 1 < text.count, "上中下".unicodeScalars.contains(text[start]), text[start + 1] == "旬" else { return nil }
        return 2
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

    private static func isNumeralStart(_ scalar: Unicode.Scalar) -> Bool {
        arabicDigit(scalar) != nil || chineseNumerals.contains(scalar)
    }

    private static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value) - 48 : nil
    }

    /// What joins the first and last month of a stretch: 1—9月, 1-9月, 1－9月, 1至9月, 1到9月.
    private static let monthJoiners = Set("—–-－~～至到".unicodeScalars)
    /// The last characters of 提前, 此前, 之前, 以前, 目前, 当前, 比前, 较前: no 前 of a part.
    private static let wordsEndingBeforeQian = Set("提此之以目当比较".unicodeScalars)
    /// The Chinese numerals 〇 to 十, by value.
    private static let chineseNumerals: [Unicode.Scalar] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    private static let quarterNames: [Unicode.Scalar] = ["〇", "一", "二", "三", "四"]
}
