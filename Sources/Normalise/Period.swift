/// The time a figure refers to, as far as the text says.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One calendar year: 2020年, 今年 with a known article date.
        case year
        /// From a year until the article: 2020年以来, “十三五”以来.
        case since
        /// A stock at the end of a year, or of a month of it: 截至2020年底, 截至2020年9月.
        case endOfYear
        /// Several whole years: 十三五期间, 2019—2020年.
        case span
        /// A rate per year: 每年, 年均; years set when the sentence also gives a period.
        case perYear
        /// The state at the time of writing: 目前, 截至目前, and a running total (累计) that names
        /// no other period. Years set when the article's date is known.
        case current
        /// A relative word that could not be resolved because the article date is unknown, or
        /// recent years (近5年), with the article's year as `lastYear` when it is known.
        case relative
    }

    public var kind: Kind
    /// First year covered, nil when unknown.
    public var firstYear: Int?
    /// Last year covered; nil for open periods (since) and unknown ones.
    public var lastYear: Int?
    /// The words of the text that gave the period: `2020年以来`, `“十三五”以来`, `今年`.
    public var words: String {
        didSet { (months, undatedPart) = Self.parts(of: words) }
    }
    /// The months of the year the words end with (上半年 1–6, 一季度 1–3, 1至9月 1–9), nil for
    /// a whole year: told by the words, since the store keeps them and not the months.
    public private(set) var months: ClosedRange<Int>?
    /// The one spelling of the words when they are an undated part of a year or stock (今年前三季度,
    /// 截至11月) or a holiday (春节期间 for 春节假期): worked out once here, not for every figure a
    /// label is written for.
    private var undatedPart: String?

    public init(kind: Kind, firstYear: Int? = nil, lastYear: Int? = nil, words: String) {
        self.kind = kind
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.words = words
        (months, undatedPart) = Self.parts(of: words)
    }

    private static func parts(of words: String) -> (ClosedRange<Int>?, String?) {
        let months = PartOfYear.months(endingWords: words)
        let closes = words.unicodeScalars.last == "底" || words.unicodeScalars.last == "末"
        if months != nil || closes { return (months, PartOfYear.relativeLabel(words)) }
        return (nil, Holiday.name(in: words).map { "\($0)期间" })
    }

    /// A label that is the same for the same period however it was written: `2020年`,
    /// `2020年1—8月` (前8个月, 1至8月份), `2020年上半年` (1—6月), `2016年以来`, `截至2020年底`,
    /// `截至2020年9月` (9月底, 三季度末), `2016—2020年`, `每年`, `2016年以来每年`, `目前（2021年）`,
    /// `近5年（2021年）` (五年来, 过去5年), `今年一季度` with no article date.
    public var label: String {
        switch kind {
        case .year:
            guard let year = firstYear else { return words }
            // 2021年一季度, 2021年春节期间.
            return "\(year)年\(months.map(PartOfYear.label) ?? undatedPart ?? "")"
        case .since: return firstYear.map { "\($0)年以来" } ?? words
        case .endOfYear:
            guard let year = firstYear else { return words }
            // 截至2020年12月20日 stands before the year's end; 12月底 and 四季度末 at it.
            guard let last = months?.upperBound, last < 12 || !endsAtClose else { return "截至\(year)年底" }
            return "截至\(year)年\(last)月"
        case .span:
            guard let first = firstYear, let last = lastYear else { return words }
            return first == last ? "\(first)年" : "\(first)—\(last)年"
        case .perYear:
            guard let first = firstYear else { return "每年" }
            if let last = lastYear { return first == last ? "\(first)年" : "\(first)—\(last)年每年" }
            return "\(first)年以来每年"
        case .current: return firstYear.map { "\(Self.currentLabel)（\($0)年）" } ?? Self.currentLabel
        case .relative:
            if let year = lastYear { return "\(words)（\(year)年）" }
            // 今年1至9月份, 截止11月底 with no date: the part written one way. A label read back
            // (2021年上半年, from a figure file) is one already and stays as it is.
            return undatedPart ?? words
        }
    }

    public var description: String { label }

    /// The words end with 底 or 末: the very end of the month, quarter or year.
    private var endsAtClose: Bool { words.unicodeScalars.last == "底" || words.unicodeScalars.last == "末" }

    /// The word that marks a running total; with no other period named it makes the period `current`.
    public static let runningTotalWords = "累计"

    /// A running total that names no period of its own: a period of the sentence before may
    /// scope over it (2020年以来，…。累计服务职工3万人次).
    public var isRunningTotalOnly: Bool { kind == .current && words == Self.runningTotalWords }

    /// How the label of a `current` period starts: `目前`, `目前（2020年）`.
    private static let currentLabel = "目前"

    /// True for the label of a `current` period: a level at the time of writing. Told by the
    /// label, since figure files carry the label alone.
    public static func isCurrent(label: String) -> Bool { label.hasPrefix(currentLabel) }
}
