/// Names and set phrases that start with a numeral and a measure word but count nothing:
/// slogans (四个意识, 五位一体), rules (八项规定) and place names (七台河, 五家渠, 九台).
///
/// Names without a measure word (五一劳动奖章, 七四九电子) need no entry: with no unit after
/// the numeral they are never figures.
enum FixedPhrases {
    private static let phrases: [[Unicode.Scalar]] = [
        "四个全面", "四个意识", "四个自信", "四个服从", "四个现代化", "两个维护", "两个确立", "两个一百年",
        "两个大局", "两个务必", "两个毫不动摇", "三个代表", "三个有利于", "三个务必", "五位一体", "三位一体",
        "四位一体", "五个一", "八项规定", "四项基本原则", "七台河", "五家渠", "九台", "三门峡", "五台山",
        "一个中国", "两岸",
    ].map { Array($0.unicodeScalars) }

    /// The phrases' first and second code points (四, 两 …; 个, 位, 项 …): most numerals are
    /// neither, so a few comparisons settle most places without trying every phrase.
    private static let firsts = Array(Set(phrases.map { $0[0] }))
    private static let seconds = Array(Set(phrases.map { $0[1] }))

    /// The length of the fixed phrase that starts at `position`, if one does.
    static func length(in text: [Unicode.Scalar], at position: Int) -> Int? {
        guard position + 1 < text.count, firsts.contains(text[position]), seconds.contains(text[position + 1]) else {
            return nil
        }
        for phrase in phrases where position + phrase.count <= text.count {
            if phrase.indices.allSatisfy({ text[position + $0] == phrase[$0] }) { return phrase.count }
        }
        return nil
    }
}
