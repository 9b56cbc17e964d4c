/// The holidays and seasons news gives figures for: 春节期间, “五一”假期, 国庆黄金周, 春运期间.
/// A holiday names a period only with a word of its stretch after it (期间, 假期, 长假, 黄金周):
/// 欢度春节 and 春节联欢晚会 name the feast, not a time.
enum Holiday {
    /// The names, each with the one spelling a label gives it (国庆节 and “十一” are 国庆).
    static let names: [(written: String, name: String)] = [
        ("春节", "春节"), ("元旦", "元旦"), ("清明", "清明"), ("清明节", "清明"), ("五一", "五一"), ("劳动节", "五一"),
        ("端午", "端午"), ("端午节", "端午"), ("中秋", "中秋"), ("中秋节", "中秋"), ("国庆", "国庆"), ("国庆节", "国庆"),
        ("十一", "国庆"), ("春运", "春运"), ("暑运", "暑运"),
    ]
    static let writtenNames = WordList(names.map(\.written))
    /// What makes a holiday a stretch of time.
    static let stretches = WordList(stretchWords)

    /// The holiday that `words` (a period's) are, in its one spelling: a name, in quotes or not,
    /// and a stretch (“五一”假期 → 五一); nil for other words.
    static func name(in words: String) -> String? {
        // Most words end otherwise: every stretch ends in 间, 期, 假, 周 or 日.
        guard let last = words.unicodeScalars.last, "间期假周日".unicodeScalars.contains(last),
              let stretch = stretchWords.first(where: { words.hasSuffix($0) }) else { return nil }
        var written = words.dropLast(stretch.count)
        if written.first == "“", written.last == "”" { written = written.dropFirst().dropLast() }
        return names.first { $0.written == written }?.name
    }

    private static let stretchWords = ["小长假", "黄金周", "期间", "假期", "长假", "假日"]
}
