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
    ///
    /// Running text is scanned one code point at a time, so this is a table look-up: a switch
    /// over the numeral characters cost a sixth of the whole extraction time.
    init?(_ scalar: Unicode.Scalar) {
        let v = Int(scalar.value)
        guard v < Self.table.count else { return nil }
        let index = Int(Self.table[v])
        guard index > 0 else { return nil }
        self = Self.classes[index - 1]
    }

    /// The distinct classes, and for each code point of the Basic Multilingual Plane the
    /// 1-based index of its class (0 for none).
    static let (classes, table): ([NumeralCharacter], [UInt8]) = {
        var classes: [NumeralCharacter] = []
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(v), let c = classify(scalar) else { continue }
            if let i = classes.firstIndex(of: c) {
                table[v] = UInt8(i + 1)
            } else {
                classes.append(c)
                table[v] = UInt8(classes.count)
            }
        }
        return (classes, table)
    }()

    private static func classify(_ scalar: Unicode.Scalar) -> NumeralCharacter? {
        let v = scalar.value
        if v >= 0x30, v <= 0x39 { return .arabicDigit(Int64(v - 0x30)) }
        if v >= 0xFF10, v <= 0xFF19 { return .arabicDigit(Int64(v - 0xFF10)) }
        guard v >= 0x3007 else { return nil }
        switch scalar {
        case "〇", "零": return .chineseDigit(0, financial: false)
        case "一": return .chineseDigit(1, financial: false)
        case "二", "两", "俩", "兩", "倆": return .chineseDigit(2, financial: false)
        case "三": return .chineseDigit(3, financial: false)
        case "四": return .chineseDigit(4, financial: false)
        case "五": return .chineseDigit(5, financial: false)
        case "六": return .chineseDigit(6, financial: false)
        case "七": return .chineseDigit(7, financial: false)
        case "八": return .chineseDigit(8, financial: false)
        case "九": return .chineseDigit(9, financial: false)
        case "壹": return .chineseDigit(1, financial: true)
        case "贰", "貳": return .chineseDigit(2, financial: true)
        case "叁", "參": return .chineseDigit(3, financial: true)
        case "肆": return .chineseDigit(4, financial: true)
        case "伍": return .chineseDigit(5, financial: true)
        case "陆", "陸": return .chineseDigit(6, financial: true)
        case "柒": return .chineseDigit(7, financial: true)
        case "捌": return .chineseDigit(8, financial: true)
        case "玖": return .chineseDigit(9, financial: true)
        case "十", "拾": return .smallMagnitude(1)
        case "百", "佰": return .smallMagnitude(2)
        case "千", "仟": return .smallMagnitude(3)
        case "万", "萬": return .largeMagnitude(4)
        case "亿", "億": return .largeMagnitude(8)
        case "廿": return .tens(20)
        case "卅": return .tens(30)
        case "几": return .someDigit
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
