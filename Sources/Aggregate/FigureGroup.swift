import Glibc
import Normalise
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

        // Equal and hashed by UTF-8 bytes, as `GroupOrder` orders them: the fields are tongji's
        // own spellings (category names, the gazetteer's provinces, period labels, the
        // lexicon's units), and String's hashing normalised each Chinese one first, 1,800
        // instructions a figure on its way into its group.
        public static func == (left: Key, right: Key) -> Bool {
            sameBytes(left.category, right.category) && sameBytes(left.province, right.province)
                && sameBytes(left.period, right.period) && sameBytes(left.unit, right.unit)
        }

        public func hash(into hasher: inout Hasher) {
            Self.hash(category, into: &hasher)
            Self.hash(province, into: &hasher)
            Self.hash(period, into: &hasher)
            Self.hash(unit, into: &hasher)
        }

        private static func sameBytes(_ left: String, _ right: String) -> Bool {
            guard left.utf8.count == right.utf8.count else { return false }
            let same = left.utf8.withContiguousStorageIfAvailable { left in
                right.utf8.withContiguousStorageIfAvailable { right in
                    left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
                }
            }
            return (same ?? nil) ?? left.utf8.elementsEqual(right.utf8)
        }

        private static func hash(_ field: String, into hasher: inout Hasher) {
            if field.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                for byte in field.utf8 { hasher.combine(byte) }
            }
            // Never a byte of UTF-8: ("ab", "c") and ("a", "bc") hash apart.
            hasher.combine(0xFF as UInt8)
        }
    }

    public var key: Key
    public var kind: FigureKind
    /// Sum of the counted figures in base units (元 for money); nil when they do not add up (see
    /// `addsUp`) or the sum does not fit 64 bits.
    public var sum: ExactDecimal?
    /// How far the sum can be trusted; `exact` and unused when the figures do not add up.
    public var bound: SumBound
    /// Smallest and largest counted value (a range counts with its lower bound); nil when none was counted.
    public var minimum: ExactDecimal?
    public var maximum: ExactDecimal?
    /// Ids of the figures counted (and summed, where they add up), of figures left out because
    /// they repeat earlier text, and of figures left out because they are part of a total (其中 …).
    /// Kept as 32 bits: over an archive of millions of figures these lists are the bulk of the
    /// totals' memory.
    var counted: [Int32] = [], duplicates: [Int32] = [], parts: [Int32] = []

    public var countedIDs: [Int] { counted.map(Int.init) }
    public var duplicateIDs: [Int] { duplicates.map(Int.init) }
    public var partIDs: [Int] { parts.map(Int.init) }

    /// Number of figures counted, and left out as repeats and as parts.
    public var count: Int { counted.count }
    public var duplicateCount: Int { duplicates.count }
    public var partCount: Int { parts.count }

    /// False for figures whose sum means nothing: shares and rates (18%, 三成, 2个百分点), multiples
    /// (增长2.5倍), ages, lengths of time (成立23年, 连续6天, 75周年) and 度, which is a temperature, an
    /// angle or electricity by turns; and levels at the time of writing (目前, 截至目前, a running
    /// total 累计 with no other period), since reports of different days give the same level
    /// again (累计确诊 every day). Their groups still count them and give their range.
    public let addsUp: Bool

    public init(key: Key, kind: FigureKind) {
        self.key = key
        self.kind = kind
        addsUp = Self.addsUp(kind: kind, unit: key.unit) && !Period.isCurrent(label: key.period)
        sum = addsUp ? .zero : nil
        bound = .exact
    }

    private static func addsUp(kind: FigureKind, unit: String) -> Bool {
        switch kind {
        case .percent, .multiple, .age, .duration: return false
        case .measure: return !["℃", "摄氏度", "度"].contains(unit)
        default: return true
        }
    }

    /// The sum in 万元 for reading, for money in 元; nil otherwise.
    public var sumInTenThousandYuan: ExactDecimal? {
        guard kind == .money, key.unit == "元" else { return nil }
        return sum?.scaled(byPowerOfTen: -4)
    }
}
