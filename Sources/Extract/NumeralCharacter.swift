/// What one code point contributes to a number.
enum NumeralCharacter: Equatable {
    /// An Arabic digit, ASCII or full-width.
    case arabicDigit(Int64)
    /// A Chinese digit: 〇零一二三四五六七八九两俩, financial 壹贰叁…; `financial` marks the latter.
    case chineseDigit(Int64, financial: Bool)
    /// 十百千 (拾佰仟) as a power of ten below 万.
    case smallMagnitude(Int)
    /// 万 (4) and 亿 (8): they scale everything before them in the number.
    case largeMagnitude(Int)
    /// 廿 (20) and 卅 (30): a digit and 十 in one character.
    case tens(Int64)
    /// 几: an unknown digit, only meaningful next to a magnitude (几十, 十几, 几万).
    case someDigit

    /// Classifies a code point; nil when it is not part of a numeral.
    init?(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v >= 0x30, v <= 0x39 { self = .arabicDigit(Int64(v - 0x30)); return }
        if v >= 0xFF10, v <= 0xFF19 { self = .arabicDigit(Int64(v - 0xFF10)); return }
        guard v >= 0x3007 else { return nil }
        switch scalar {
        case "〇", "零": self = .chineseDigit(0, financial: false)
        case "一": self = .chineseDigit(1, financial: false)
        case "二", "两", "俩", "兩", "倆": self = .chineseDigit(2, financial: false)
        case "三": self = .chineseDigit(3, financial: false)
        case "四": self = .chineseDigit(4, financial: false)
        case "五": self = .chineseDigit(5, financial: false)
        case "六": self = .chineseDigit(6, financial: false)
        case "七": self = .chineseDigit(7, financial: false)
        case "八": self = .chineseDigit(8, financial: false)
        case "九": self = .chineseDigit(9, financial: false)
        case "壹": self = .chineseDigit(1, financial: true)
        case "贰", "貳": self = .chineseDigit(2, financial: true)
        case "叁", "參": self = .chineseDigit(3, financial: true)
        case "肆": self = .chineseDigit(4, financial: true)
        case "伍": self = .chineseDigit(5, financial: true)
        case "陆", "陸": self = .chineseDigit(6, financial: true)
        case "柒": self = .chineseDigit(7, financial: true)
        case "捌": self = .chineseDigit(8, financial: true)
        case "玖": self = .chineseDigit(9, financial: true)
        case "十", "拾": self = .smallMagnitude(1)
        case "百", "佰": self = .smallMagnitude(2)
        case "千", "仟": self = .smallMagnitude(3)
        case "万", "萬": self = .largeMagnitude(4)
        case "亿", "億": self = .largeMagnitude(8)
        case "廿": self = .tens(20)
        case "卅": self = .tens(30)
        case "几": self = .someDigit
        default: return nil
        }
    }

    /// Whether the code point is a digit of either script (for "a digit follows" checks).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch NumeralCharacter(scalar) {
        case .arabicDigit, .chineseDigit: return true
        default: return false
        }
    }

    /// Whether the code point is an ASCII or full-width Arabic digit.
    static func isArabicDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19)
    }
}

extension Unicode.Scalar {
    /// ASCII and full-width Latin letters: a digit next to one is part of a code (D07, 5G).
    var isLatinLetter: Bool {
        let v = value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// CJK unified ideographs (the common and extension A blocks).
    var isIdeograph: Bool {
        let v = value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
    }
}
