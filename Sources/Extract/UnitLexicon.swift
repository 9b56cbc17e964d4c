import TongjiCore

/// A measure word or unit that may follow a number.
///
/// A class, so that a unit looked up or handed on costs one reference count, not one for each
/// of its arrays and strings: units are looked up at every numeral.
final class UnitEntry: Sendable {
    /// The word as written after the number: 人次, 万元 is 万 + 元, so only 元 is listed.
    let word: [Unicode.Scalar]
    /// The unit reported: the word itself, 元 or an ISO code for money, % for shares.
    let unit: String
    let kind: FigureKind
    /// Multiplies the value into the reported unit: 三成 is 30 %, 5角 is 0.5 元.
    let scale: ExactDecimal?
    /// A qualifier carried by the word itself: 3个多月.
    let qualifier: Qualifier
    /// `unit` when it is one code point (元, 年, %): the figure rules test units at every
    /// numeral, and comparing two `String`s that differ costs hundreds of instructions.
    let unitScalar: Unicode.Scalar?
    /// `word` when it is one code point (块, 位, 成): the rules test it at every figure, and
    /// comparing `word` with a one-element array literal made the array and compared the two.
    let wordScalar: Unicode.Scalar?

    init(word: [Unicode.Scalar], unit: String, kind: FigureKind, scale: ExactDecimal?, qualifier: Qualifier) {
        self.word = word
        wordScalar = word.count == 1 ? word[0] : nil
        self.unit = unit
        self.kind = kind
        self.scale = scale
        self.qualifier = qualifier
        var scalars = unit.unicodeScalars.makeIterator()
        let first = scalars.next()
        unitScalar = scalars.next() == nil ? first : nil
    }
}

/// Every unit tongji recognises, matched longest first (人次 before 人, 个百分点 before 个).
///
/// The vocabulary is data: one table per kind below. Words that are ambiguous in news text are
/// left out on purpose: 班 (三班 is a class), 线 (一线); others are units only where the words
/// around them say so (门, 面, 档, 届: FigureScanner+AmbiguousUnits).
///
/// A class: every scanner holds the lexicon, and a struct of three arrays was three reference
/// counts to keep for each sentence scanned.
final class UnitLexicon: Sendable {
    static let shared = UnitLexicon()

    /// The entries that start with one code point, longest first.
    private let candidates: [[UnitEntry]]
    /// For each code point of the Basic Multilingual Plane, 1 + the index in `candidates` of the
    /// units that start with it, or 0: a look-up instead of hashing the code point, at every
    /// numeral of the text.
    private let candidatesIndex: [UInt8]
    /// 个月, 个小时, 个星期.
    private let countedWithGe: [UnitEntry]

    private init() {
        var candidates: [[UnitEntry]] = []
        var candidatesIndex = [UInt8](repeating: 0, count: 0x10000)
        for entry in Self.allEntries {
            let first = Int(entry.word[0].value)
            precondition(first < candidatesIndex.count, "unit words start inside the Basic Multilingual Plane")
            if candidatesIndex[first] == 0 {
                candidates.append([])
                precondition(candidates.count <= UInt8.max, "at most 255 first characters of unit words")
                candidatesIndex[first] = UInt8(candidates.count)
            }
            candidates[Int(candidatesIndex[first]) - 1].append(entry)
        }
        self.candidates = candidates.map { $0.sorted { $0.word.count > $1.word.count } }
        self.candidatesIndex = candidatesIndex
        countedWithGe = Self.allEntries.filter { $0.word.first == "个" && $0.kind == .duration && $0.qualifier == .exact }
    }

    /// The longest unit written at `position`, if any.
    func match(in text: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> UnitEntry? {
        guard position < text.count else { return nil }
        let first = Int(text[position].value)
        guard first < candidatesIndex.count, candidatesIndex[first] > 0 else { return nil }
        return candidates[Int(candidatesIndex[first]) - 1].first { entry in
            position + entry.word.count <= text.count
                && entry.word.indices.allSatisfy { text[position + $0] == entry.word[$0] }
        }
    }

    /// The unit counted with 个 (个月, 个小时, 个星期) whose word after 个 stands at `position`:
    /// 一个半月 writes 半 between the two.
    func matchCountedWithGe(in text: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> UnitEntry? {
        countedWithGe.first { entry in
            position + entry.word.count - 1 <= text.count
                && entry.word.indices.dropFirst().allSatisfy { text[position + $0 - 1] == entry.word[$0] }
        }
    }

    /// Whether a unit word starts here (千米 and 百分点 start with magnitude characters).
    func unitStarts(in text: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> Bool {
        guard let entry = match(in: text, at: position) else { return false }
        return entry.word.count > 1
    }

    private static var allEntries: [UnitEntry] {
        var entries: [UnitEntry] = []
        func add(_ words: [String], unit: String? = nil, _ kind: FigureKind, scale: ExactDecimal? = nil,
                 qualifier: Qualifier = .exact) {
            for word in words {
                entries.append(UnitEntry(word: Array(word.unicodeScalars), unit: unit ?? word, kind: kind,
                                         scale: scale, qualifier: qualifier))
            }
        }
        add(["名", "人", "位"], .people)
        // People counted with no measure word: 10万职工, 53万群众, 9000多万党员.
        add(peopleNouns, unit: "人", .people)
        add(["农户", "贫困户"], unit: "户", .count)
        add(["人次"], .visits)
        add(countWords, .count)
        for (words, code) in currencies { add(words, unit: code, .money) }
        add(["角", "毛", "角钱", "毛钱"], unit: "元", .money, scale: ExactDecimal(significand: 1, exponent: -1))
        add(["分钱"], unit: "元", .money, scale: ExactDecimal(significand: 1, exponent: -2))
        add(["%", "％"], unit: "%", .percent)
        add(["‰"], unit: "%", .percent, scale: ExactDecimal(significand: 1, exponent: -1))
        add(["个百分点", "百分点"], unit: "百分点", .percent)
        add(["个多百分点"], unit: "百分点", .percent, qualifier: .over)
        add(["成"], unit: "%", .percent, scale: ExactDecimal(10))
        add(["倍"], .multiple)
        add(["年", "周年", "天", "小时", "分钟", "秒钟", "周"], .duration)
        add(["个月"], unit: "月", .duration)
        add(["个多月"], unit: "月", .duration, qualifier: .over)
        add(["个小时"], unit: "小时", .duration)
        add(["个多小时"], unit: "小时", .duration, qualifier: .over)
        add(["个星期"], unit: "周", .duration)
        // 连续两个季度: a length of time; 三季度 alone names a quarter (a period, not a figure).
        add(["个季度"], unit: "季度", .duration)
        add(["个多星期"], unit: "周", .duration, qualifier: .over)
        add(["岁", "周岁"], .age)
        add(measureWords, .measure)
        return entries
    }

    private static let countWords = [
        "个", "项", "场", "场次", "家", "户", "篇", "次", "张", "件", "所", "座", "台", "辆", "套", "条",
        "份", "本", "部", "支", "队", "批", "期", "轮", "类", "种", "处", "栋", "幢", "架", "艘", "只",
        "头", "株", "棵", "间", "节", "课时", "学时", "堂", "组", "对", "双", "副", "箱", "包", "枚",
        "幅", "首", "集", "册", "卷", "页", "字", "串", "杯", "瓶", "袋", "盒", "桶", "根", "颗", "粒",
        "笔", "单", "宗", "起", "例", "口", "户次", "家次", "批次", "架次", "班次", "车次", "航次", "列次", "艘次",
        "辆次", "台次", "款",
        "层", "遍", "趟", "道", "片", "块", "盏", "匹", "把", "顶", "床", "床位", "尾", "段", "门", "门次",
        "封", "桌", "面", "档", "届",
        // Doses and test kits: 接种疫苗3亿剂次, 日检测能力484万人份 (not 484万 people).
        "剂", "剂次", "人份",
        // Medals (20金14银9铜), votes (以272票赞成).
        "金", "银", "铜", "票",
        // Trains (加开列车890列), provinces and other divisions (5省, 9省（区、市）, 16市州), classes (16大类).
        "列", "省", "省市", "省区", "省区市", "省份", "市县", "县市", "市州", "地市", "县区", "区县", "大类",
        // 人社部等9部门联合印发: departments, not 9 works (部).
        "部门", "部委",
    ]

    /// Nouns of people that follow a number with no 名 or 人 between: reported in 人.
    private static let peopleNouns = [
        "职工", "困难职工", "一线职工", "一线工人", "农民工", "工人", "员工", "会员", "党员", "群众", "困难群众", "农民", "市民", "居民", "民众",
        "游客", "观众", "旅客", "干部", "干部职工", "村民", "农牧民", "老年人", "妇女", "劳动者",
        "务工人员", "外来务工人员", "医务人员", "医护人员", "教师", "师生", "毕业生", "高校毕业生",
        "儿童", "学生", "志愿者", "残疾人", "平民", "网民", "患者", "官兵", "人口", "贫困人口",
    ]

    private static let currencies: [([String], String)] = [
        (["元", "圆", "块钱", "元钱", "人民币", "元人民币"], "元"),
        (["美元", "美金", "美刀"], "USD"), (["港元", "港币"], "HKD"), (["欧元"], "EUR"),
        (["日元", "日圆"], "JPY"), (["英镑"], "GBP"), (["韩元"], "KRW"), (["卢布"], "RUB"),
        (["澳元", "澳币"], "AUD"), (["加元", "加币"], "CAD"), (["新台币", "台币"], "TWD"),
        (["泰铢"], "THB"), (["新加坡元", "新币", "新元"], "SGD"), (["瑞士法郎", "法郎", "瑞郎"], "CHF"),
        (["卢比", "印度卢比"], "INR"), (["叙镑", "叙利亚镑"], "SYP"), (["埃镑", "埃及镑"], "EGP"), (["澳门元", "澳门币"], "MOP"), (["比特币"], "比特币"),
        (["雷亚尔"], "BRL"), (["兰特"], "ZAR"), (["福林"], "HUF"), (["越南盾"], "VND"), (["坚戈"], "KZT"),
        (["土耳其里拉", "里拉"], "TRY"), (["沙特里亚尔"], "SAR"), (["林吉特"], "MYR"), (["兹罗提"], "PLN"),
        (["格里夫纳"], "UAH"), (["迪拉姆"], "AED"),
    ]

    private static let measureWords = [
        "公里", "千米", "米", "厘米", "毫米", "平方米", "平方公里", "平方千米", "平米", "立方米", "亩",
        "亩次", "公顷", "吨", "千克", "公斤", "克", "斤", "升", "毫升", "千瓦", "千瓦时", "兆瓦", "瓦", "度",
        "摄氏度", "℃", "海里", "英里", "标准箱", "标箱", "立方",
        // A rating, never reported (FigureScanner+AmbiguousUnits), but a unit so that 800千伏 is
        // not read as 800,000.
        "千伏",
    ]
}
