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
            let key = FigureGroup.Key(
                category: item.meaning.category, province: item.meaning.region?.province ?? "",
                period: item.meaning.period?.label ?? "", unit: item.figure.unit)
            // One hash per figure, and the group changed in place rather than copied out and back.
            guard let index = byKey.index(forKey: key) else {
                var group = FigureGroup(key: key, kind: item.figure.kind)
                group.add(item)
                byKey[key] = group
                return
            }
            byKey.values[index].add(item)
        }

        /// The groups so far, in reporting order.
        public var groups: [FigureGroup] {
            // Each group's rank is computed once, not at every comparison.
            byKey.values.map { (aggregator.order(of: $0.key), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    func order(of key: FigureGroup.Key) -> GroupOrder {
        GroupOrder(rank: categoryOrder.firstIndex(of: key.category) ?? categoryOrder.count, key: key)
    }
}

/// Where a group stands in the reports: by its category's rank, then category, province, period
/// and unit in code-point order. Compared as UTF-8 bytes, whose order is the code points' order:
/// `String`'s own `<` normalises Unicode first, and sorting a year's groups spent most of its
/// time there.
struct GroupOrder: Comparable {
    let rank: Int
    let key: FigureGroup.Key

    static func < (left: GroupOrder, right: GroupOrder) -> Bool {
        if left.rank != right.rank { return left.rank < right.rank }
        if left.key.category != right.key.category { return precedes(left.key.category, right.key.category) }
        if left.key.province != right.key.province { return precedes(left.key.province, right.key.province) }
        if left.key.period != right.key.period { return precedes(left.key.period, right.key.period) }
        return precedes(left.key.unit, right.key.unit)
    }

    private static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    static func == (left: GroupOrder, right: GroupOrder) -> Bool {
        left.rank == right.rank && left.key == right.key
    }
}

extension FigureGroup {
    /// Counts `item` in (and sums it, where figures of its kind add up), or lists it as a
    /// duplicate or a part.
    mutating func add(_ item: NormalisedFigure) {
        if item.duplicate {
            duplicates.append(Int32(item.id))
        } else if item.meaning.isPart {
            parts.append(Int32(item.id))
        } else {
            let value = item.figure.value
            if addsUp {
                sum = sum?.adding(value)
                bound = bound.adding(item.figure.qualifier, isRange: item.figure.upper != nil)
            }
            minimum = minimum.map { min($0, value) } ?? value
            maximum = maximum.map { max($0, value) } ?? value
            counted.append(Int32(item.id))
        }
    }
}
