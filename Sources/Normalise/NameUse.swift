/// How a name from the gazetteer is used where it stands: as the place of what the sentence
/// reports, as no place at all, or for the whole country. Each rule comes from names that set
/// thousands of figures' regions wrongly in a year of national news.
enum NameUse {
    case place
    /// 北京时间 (a time zone), 上海合作组织, 南京军区, 酒泉卫星发射中心, 佛罗里达州's 达州, and
    /// the peoples of China named after a country (朝鲜族, 俄罗斯族).
    case noPlace
    /// 除湖北以外 (everywhere but Hubei), and 新疆生产建设兵团 closing the national list of
    /// statistical reports (31个省（自治区、直辖市）和新疆生产建设兵团).
    case wholeCountry

    /// How the name at `range` is used; `isAbroad` for a name of a place outside China.
    init(of range: Range<Int>, in text: ScalarText, isAbroad: Bool) {
        if Self.namesSomethingElse(range, in: text)
            || isAbroad && range.upperBound < text.count && text.scalars[range.upperBound] == "族" {
            self = .noPlace
        } else if range.lowerBound > 0, text.scalars[range.lowerBound - 1] == "除" || Self.closesNationalList(range, in: text) {
            self = .wholeCountry
        } else {
            self = .place
        }
    }

    /// Words after a place name that make it part of another name: an organisation (上海合作组织),
    /// a military region (南京军区), a launch site named after a city it is not in (酒泉卫星发射中心).
    private static let otherNames = ["合作组织", "军区", "卫星发射中心"].map { Array($0.unicodeScalars) }
    /// Beijing's time zone, in every report from abroad; 张家界时间 (the time to get there) is a place.
    private static let beijingTime = Array("北京时间".unicodeScalars)

    /// Characters of transcribed foreign names that end in a Chinese city's short name:
    /// 佛罗里达州 (达州), 马里兰州 (兰州), 格兰德州 (德州), 车里雅宾斯克州 (克州), 内华达州. Not 苏
    /// (明尼苏达州), which 江苏徐州 and 江苏常州 would lose.
    private static let transcription = Set("里兰罗斯华尔格宾亚".unicodeScalars)

    private static func namesSomethingElse(_ range: Range<Int>, in text: ScalarText) -> Bool {
        if text.matches(beijingTime, at: range.lowerBound) || otherNames.contains(where: { text.matches($0, at: range.upperBound) }) {
            return true
        }
        return range.count == 2 && text.scalars[range.upperBound - 1] == "州" && range.lowerBound > 0
            && transcription.contains(text.scalars[range.lowerBound - 1])
    }

    private static let productionCorps = Array("新疆生产建设兵团".unicodeScalars)
    private static let listJoiners: Set<Unicode.Scalar> = ["和", "及", "、"]
    private static let clauseEnds: Set<Unicode.Scalar> = ["，", "。", "；", "：", ",", ";"]

    /// 新疆生产建设兵团 after 和, 及 or 、 with a province (省) earlier in the same clause: 31个省
    /// （区、市）和新疆生产建设兵团, 各省区市、计划单列市和新疆生产建设兵团.
    private static func closesNationalList(_ range: Range<Int>, in text: ScalarText) -> Bool {
        guard text.matches(productionCorps, at: range.lowerBound), range.lowerBound > 0,
              listJoiners.contains(text.scalars[range.lowerBound - 1]) else { return false }
        var index = range.lowerBound - 1
        while index >= 0, !clauseEnds.contains(text.scalars[index]) {
            if text.scalars[index] == "省" { return true }
            index -= 1
        }
        return false
    }
}
