import TongjiCore

/// Words that hedge a figure, before or after it, and the rules that keep look-alike words out.
enum QualifierLexicon {
    /// Before the number, longest first: 将近 before 近, 超过 before 超. 超过了 and 接近了 put the
    /// particle 了 between word and number (订单量超过了100艘).
    static let prefixes: [(word: [Unicode.Scalar], qualifier: Qualifier)] = ([
        ("超过了", .over), ("接近了", .nearly), ("将近", .nearly), ("接近", .nearly), ("不到", .nearly), ("不足", .nearly), ("不超过", .nearly),
        ("最多", .nearly), ("大约", .approx), ("大概", .approx), ("约合", .approx), ("约合人民币", .approx), ("超过", .over),
        // 约 before the verb that gives the share or the count: 约占93%, 约有300名, 约为500万元.
        ("约占", .approx), ("约有", .approx), ("约为", .approx), ("约达", .approx),
        ("大约占", .approx), ("大约有", .approx), ("大约为", .approx),
        ("逾", .over), ("至少", .over), ("不少于", .over), ("不低于", .over), ("多达", .exact),
        ("低于", .nearly), ("少于", .nearly), ("高于", .over), ("多于", .over),
        ("近", .nearly), ("约", .approx), ("超", .over), ("上", .over),
    ] as [(String, Qualifier)]).map { (Array($0.0.unicodeScalars), $0.1) }
        .sorted { $0.word.count > $1.word.count }

    /// The last code points of the prefixes: one test rules out most numerals, which have none.
    private static let prefixEnds = Set(prefixes.map { $0.word.last! }).sorted { $0.value < $1.value }

    static func mayEndPrefix(_ scalar: Unicode.Scalar) -> Bool {
        prefixEnds.contains(scalar)
    }

    /// After the number, the magnitude or the unit: 以上, 左右, 有余 …
    static let suffixes: [(word: [Unicode.Scalar], qualifier: Qualifier)] = ([
        ("以上", .over), ("有余", .over), ("开外", .over), ("以下", .nearly), ("以内", .nearly),
        ("左右", .approx), ("上下", .approx),
    ] as [(String, Qualifier)]).map { (Array($0.0.unicodeScalars), $0.1) }

    /// The first code points of the suffixes: one test rules out most figures, which have none.
    private static let suffixStarts = Set(suffixes.map { $0.word[0] }).sorted { $0.value < $1.value }

    static func mayStartSuffix(_ scalar: Unicode.Scalar) -> Bool {
        suffixStarts.contains(scalar)
    }

    /// Between the number and its unit: 150多场, 3500余人, 20来人.
    static func inner(_ scalar: Unicode.Scalar) -> Qualifier? {
        switch scalar {
        case "多", "余": return .over
        case "来": return .approx
        default: return nil
        }
    }

    /// The characters that turn a one-character prefix into another word: 最近, 节约, 赶超.
    static func isPartOfWord(prefix: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        switch prefix {
        case "近": return "最附邻靠贴亲临就远将接".unicodeScalars.contains(previous)
        case "约": return "节制公签契条预相邀隐简婚履违特合租规盟誓赴之".unicodeScalars.contains(previous)
        case "超": return "赶高反追".unicodeScalars.contains(previous)
        case "上": return "成以之向早晚马线路台楼身手会千".unicodeScalars.contains(previous)
        default: return false
        }
    }
}
