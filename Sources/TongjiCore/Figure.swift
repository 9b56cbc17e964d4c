/// What a figure counts, decided by its unit.
public enum FigureKind: String, Sendable, Hashable, CaseIterable {
    /// Persons: 名, 人, 位.
    case people
    /// Attendances: 人次.
    case visits
    /// An amount of money in 元 or another currency.
    case money
    /// Anything counted with another measure word: 项, 个, 场, 家 …
    case count
    /// A percentage, a percentage point or a share (成).
    case percent
    /// A multiple: 倍.
    case multiple
    /// A length of time: 17年, 3个月.
    case duration
    /// A physical measure: 公里, 吨, 平方米 …
    case measure
    /// An age: 岁.
    case age
    /// A bare number with no unit (only with `--include numbers`).
    case number
}

/// How the text hedges a figure.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    case exact = ""
    /// A lower bound: 多, 余, 超, 逾, 以上, 超过.
    case over
    /// An upper bound: 近, 将近, 接近, 不到, 不足, 以下, 以内.
    case nearly
    /// Approximate: 约, 左右, 上下.
    case approx

    /// The bound a negation makes of this one: 不得超过 (not over) is at most, 不高于 too.
    public var negated: Qualifier {
        switch self {
        case .over: .nearly
        case .nearly: .over
        case .exact, .approx: self
        }
    }
}

/// One statistical figure found in a text.
///
/// `start` and `length` count Unicode code points in the text the extractor was given, so a
/// caller can map them back to a line and column of the input.
public struct Figure: Sendable, Hashable {
    /// The figure as written, qualifier characters included: `近5万名`, `1464万余元`.
    public var span: String
    /// Offset of the span's first code point in the scanned text.
    public var start: Int
    /// Length of the span in code points.
    public var length: Int
    /// The value in base units (万 and 亿 applied, money in 元); the lower bound of a range.
    public var value: ExactDecimal
    /// The upper bound of a range (三四十人, 3至5万人); nil for a single value.
    public var upper: ExactDecimal?
    /// `元` for yuan, an ISO code for other money, `%`, `倍`, `百分点`, or the measure word.
    public var unit: String
    public var kind: FigureKind
    public var qualifier: Qualifier

    public init(span: String, start: Int, length: Int, value: ExactDecimal, upper: ExactDecimal? = nil,
                unit: String, kind: FigureKind, qualifier: Qualifier = .exact) {
        self.span = span
        self.start = start
        self.length = length
        self.value = value
        self.upper = upper
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
    }
}
