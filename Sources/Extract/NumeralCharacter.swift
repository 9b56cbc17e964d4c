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
    /// 1-based index of its class (0 for none). Filled from the numerals' list, not by asking
    /// about each code point, which cost 2.5 M instructions of start-up.
    static let (classes, table): ([NumeralCharacter], [UInt8]) = {
        var classes: [NumeralCharacter] = []
        var table = [UInt8](repeating: 0, count: 0x10000)
        func add(_ numeral: NumeralCharacter, at v: Int) {
            if let i = classes.firstIndex(of: numeral) {
                table[v] = UInt8(i + 1)
            } else {
                classes.append(numeral)
                table[v] = UInt8(classes.count)
            }
        }
        for digit in 0..<10 {
            add(.arabicDigit(Int64(digit)), at: 0x30 + digit)
            add(.arabicDigit(Int64(digit)), at: 0xFF10 + digit)
        }
        for (characters, numeral) in chineseNumerals {
            for scalar in characters.unicodeScalars { add(numeral, at: Int(scalar.value)) }
        }
        return (classes, table)
    }()

    /// The Chinese numeral characters, traditional forms beside simplified ones.
    private static let chineseNumerals: [(characters: String, numeral: NumeralCharacter)] = [
        ("〇零", .chineseDigit(0, financial: false)),
        ("一", .chineseDigit(1, financial: false)),
        ("二两俩兩倆", .chineseDigit(2, financial: false)),
        ("三", .chineseDigit(3, financial: false)),
        ("四", .chineseDigit(4, financial: false)),
        ("五", .chineseDigit(5, financial: false)),
        ("六", .chineseDigit(6, financial: false)),
        ("七", .chineseDigit(7, financial: false)),
        ("八", .chineseDigit(8, financial: false)),
        ("九", .chineseDigit(9, financial: false)),
        ("壹", .chineseDigit(1, financial: true)),
        ("贰貳", .chineseDigit(2, financial: true)),
        ("叁參", .chineseDigit(3, financial: true)),
        ("肆", .chineseDigit(4, financial: true)),
        ("伍", .chineseDigit(5, financial: true)),
        ("陆陸", .chineseDigit(6, financial: true)),
        ("柒", .chineseDigit(7, financial: true)),
        ("捌", .chineseDigit(8, financial: true)),
        ("玖", .chineseDigit(9, financial: true)),
        ("十拾", .smallMagnitude(1)),
        ("百佰", .smallMagnitude(2)),
        ("千仟", .smallMagnitude(3)),
        ("万萬", .largeMagnitude(4)),
        ("亿億", .largeMagnitude(8)),
        ("廿", .tens(20)),
        ("卅", .tens(30)),
        ("几", .someDigit),
    ]

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
