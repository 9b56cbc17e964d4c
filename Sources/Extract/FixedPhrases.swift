/// Names and set phrases that start with a numeral and a measure word but count nothing:
/// slogans (四个意识, 五位一体, 两个积极性), rules (八项规定, 和平共处五项原则), the calendar's 二十四节气,
/// place names (七台河, 五家渠, 九台) and idioms (十年磨一剑, 三天两头, 千家万户).
///
/// Names without a measure word (五一劳动奖章, 七四九电子) need no entry: with no unit after
/// the numeral they are never figures.
enum FixedPhrases {
    private static let phrases: [[Unicode.Scalar]] = [
        "四个全面", "四个意识", "四个自信", "四个服从", "四个现代化", "两个维护", "两个确立", "两个一百年",
        "两个大局", "两个务必", "两个毫不动摇", "三个代表", "三个有利于", "三个务必", "五位一体", "三位一体",
        "四位一体", "五个一", "八项规定", "四项基本原则", "七台河", "五家渠", "九台", "三门峡", "五台山",
        "一个中国", "两岸", "五项原则", "五项基本原则", "二十四节气", "两个积极性", "两个百年奋斗", "两个百年目标", "四个政治文件",
        "十年磨一剑", "十年九旱", "十年树木", "百年树人", "九天揽月", "三番五次", "三天两头", "三天打鱼", "两天晒网",
        "千家万户", "万家灯火", "三省吾身", "两金三制", "一千道一万", "十年冷", "十年功", "三部曲", "五花八门", "八段锦", "三省一市", "四省藏区",
    ].map { Array($0.unicodeScalars) }

    /// The phrases' first and second code points (四, 两 …; 个, 位, 项 …), a bit each in a map of
    /// the Basic Multilingual Plane: most numerals are neither, so a bit test settles most places
    /// without trying every phrase (a search of the code points took ten times as long).
    private static let firsts = bitmap(of: phrases.map { $0[0] })
    private static let seconds = bitmap(of: phrases.map { $0[1] })

    private static func bitmap(of scalars: [Unicode.Scalar]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in scalars {
            precondition(scalar.value < 0x10000, "fixed phrases open within the Basic Multilingual Plane")
            bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63)
        }
        return bits
    }

    private static func holds(_ bits: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && bits[Int(scalar.value >> 6)] & (1 << (scalar.value & 63)) != 0
    }

    /// Each phrase's first two code points, packed into one number.
    private static let openings = phrases.map { opening($0[0], $0[1]) }

    private static func opening(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    /// The length of the fixed phrase that starts at `position`, if one does.
    static func length(in text: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> Int? {
        guard position + 1 < text.count, holds(firsts, text[position]), holds(seconds, text[position + 1]) else {
            return nil
        }
        // 一个, 两个, 三个 … pass the test above: only the phrases that open with the same two
        // code points are compared in full.
        let opening = Self.opening(text[position], text[position + 1])
        for index in openings.indices where openings[index] == opening {
            let phrase = phrases[index]
            if position + phrase.count <= text.count, phrase.indices.allSatisfy({ text[position + $0] == phrase[$0] }) {
                return phrase.count
            }
        }
        return nil
    }
}
