import TongjiCore

/// The figures of one category, province, period and unit, and their sum.
public struct FigureGroup: Sendable, Hashable {
    /// What makes figures belong together.
    public struct Key: Sendable, Hashable {
        public var category: String
        /// Full name of the province, empty when the figures name no place.
        public var province: String
        /// `Period.label`, empty when the figures name no period.
        public var period: String
        public var unit: String

        public init(category: String, province: String, period: String, unit: String) {
            self.category = category
            self.province = province
            self.period = period
            self.unit = unit
        }
    }

    public var key: Key
    public var kind: FigureKind
    /// Sum of the summed figures in base units (元 for money); nil when it does not fit 64 bits.
    public var sum: ExactDecimal?
    public var bound: SumBound
    /// Smallest and largest summed value (a range counts with its lower bound); nil when none was summed.
    public var minimum: ExactDecimal?
    public var maximum: ExactDecimal?
    /// Ids of the figures in the sum.
    public var summedIDs: [Int]
    /// Ids of figures left out because they repeat earlier text.
    public var duplicateIDs: [Int]
    /// Ids of figures left out because they are part of a total (其中 …).
    public var partIDs: [Int]

    /// Number of figures in the sum.
    public var count: Int { summedIDs.count }

    /// The sum in 万元 for reading, for money in 元; nil otherwise.
    public var sumInTenThousandYuan: ExactDecimal? {
        guard kind == .money, key.unit == "元" else { return nil }
        return sum?.scaled(byPowerOfTen: -4)
    }
}
