import Glibc
import Normalise
import TongjiCore

/// The aggregate stage: groups normalised figures and sums each group exactly.
///
/// Duplicates (reprints) and parts (其中 …, already inside a total) are kept in their group's id
/// lists but never counted or summed; figures that do not add up (FigureGroup.addsUp) are counted
/// but not summed. Groups come out in a stable order: categories in the order of the
/// definition (unknown ones, `other` included, after them by name), then province, period and
/// unit, each in code-point order with the empty value first.
public struct Aggregator: Sendable {
    /// Category names in reporting order.
    public let categoryOrder: [String]

    public init(categoryOrder: [String]) {
        self.categoryOrder = categoryOrder
    }

    public init(categories: [CategoryDefinition]) {
        self.init(categoryOrder: categories.map(\.name))
    }

    public func groups(of figures: [NormalisedFigure]) -> [FigureGroup] {
        var accumulator = accumulator()
        for item in figures.sorted(by: { $0.id < $1.id }) { accumulator.add(item) }
        return accumulator.groups
    }

    /// An empty accumulator, to aggregate figures one at a time as they stream past (a whole
    /// archive's figures never need to be in memory at once).
    public func accumulator() -> Accumulator {
        Accumulator(aggregator: self)
    }

    /// Groups built up one figure at a time; feed figures in id order.
    public struct Accumulator: Sendable {
        let aggregator: Aggregator
        private var byKey: [FigureGroup.Key: FigureGroup] = [:]

        init(aggregator: Aggregator) {
            self.aggregator = aggregator
        }

        public mutating func add(_ item: NormalisedFigure) {
            add(id: item.id, figure: item.figure, meaning: item.meaning, duplicate: item.duplicate)
        }

        /// `add(NormalisedFigure(id:figure:meaning:duplicate:))`, without copying the figure and
        /// its meaning into one (a retain and a release for each of their strings).
        public mutating func add(id: Int, figure: Figure, meaning: Meaning, duplicate: Bool) {
            let key = FigureGroup.Key(
                category: meaning.category, province: meaning.region?.province ?? "",
                period: meaning.period?.label ?? "", unit: figure.unit)
            // One hash per figure, and the group changed in place rather than copied out and back.
            guard let index = byKey.index(forKey: key) else {
                var group = FigureGroup(key: key, kind: figure.kind)
                group.add(id: id, figure: figure, isPart: meaning.isPart, duplicate: duplicate)
                byKey[key] = group
                return
            }
            byKey.values[index].add(id: id, figure: figure, isPart: meaning.isPart, duplicate: duplicate)
        }

        /// The groups so far, in reporting order.
        public var groups: [FigureGroup] {
            // Each group's rank is computed once, not at every comparison; and the sort moves
            // orders and indices, not the groups, which are three times their size.
            let groups = Array(byKey.values)
            return groups.indices.map { (aggregator.order(of: groups[$0].key), $0) }.sorted { $0.0 < $1.0 }
                .map { groups[$0.1] }
        }
    }

    func order(of key: FigureGroup.Key) -> GroupOrder {
        let rank = categoryOrder.firstIndex(of: key.category)
        return GroupOrder(rank: rank ?? categoryOrder.count, key: key, rankNamesCategory: rank != nil)
    }
}

/// Where a group stands in the reports: by its category's rank, then category, province, period
/// and unit in code-point order. Compared as UTF-8 bytes, whose order is the code points' order:
/// `String`'s own `<` and `!=` normalise Unicode first, and sorting a year's groups spent most of
/// its time there. The keys are tongji's own spellings (category names, the gazetteer's
/// provinces, period labels, the lexicon's units), which differ exactly where their bytes do.
struct GroupOrder: Comparable {
    let rank: Int
    let key: FigureGroup.Key
    /// Whether the rank names the category, one of the definition's: then groups of one rank
    /// are of one category, which need not be compared.
    let rankNamesCategory: Bool

    static func < (left: GroupOrder, right: GroupOrder) -> Bool {
        if left.rank != right.rank { return left.rank < right.rank }
        var order = left.rankNamesCategory ? 0 : compare(left.key.category, right.key.category)
        if order == 0 { order = compare(left.key.province, right.key.province) }
        if order == 0 { order = compare(left.key.period, right.key.period) }
        if order == 0 { order = compare(left.key.unit, right.key.unit) }
        return order < 0
    }

    /// Negative, zero or positive as `left`'s bytes sort before, with or after `right`'s: memcmp
    /// on the strings' own storage, where walking the two UTF8Views cost 400 instructions a
    /// comparison.
    private static func compare(_ left: String, _ right: String) -> Int {
        let order = left.utf8.withContiguousStorageIfAvailable { left in
            right.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
        }
        if let order = order ?? nil { return order }
        return left.utf8.lexicographicallyPrecedes(right.utf8) ? -1 : left.utf8.elementsEqual(right.utf8) ? 0 : 1
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order != 0 ? Int(order) : left.count - right.count
    }

    static func == (left: GroupOrder, right: GroupOrder) -> Bool {
        left.rank == right.rank && left.key == right.key
    }
}

extension FigureGroup {
    /// Counts figure `id` in (and sums it, where figures of its kind add up), or lists it as a
    /// duplicate or a part.
    mutating func add(id: Int, figure: Figure, isPart: Bool, duplicate: Bool) {
        if duplicate {
            duplicates.append(Int32(id))
        } else if isPart {
            parts.append(Int32(id))
        } else {
            let value = figure.value
            if addsUp {
                sum = sum?.adding(value)
                bound = bound.adding(figure.qualifier, isRange: figure.upper != nil)
            }
            minimum = minimum.map { min($0, value) } ?? value
            maximum = maximum.map { max($0, value) } ?? value
            counted.append(Int32(id))
        }
    }
}
