import Normalise
import TongjiCore

/// The aggregate stage: groups normalised figures and sums each group exactly.
///
/// Duplicates (reprints) and parts (其中 …, already inside a total) are kept in their group's id
/// lists but never summed. Groups come out in a stable order: categories in the order of the
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
            var group = byKey.removeValue(forKey: key) ?? FigureGroup(
                key: key, kind: item.figure.kind, sum: .zero, bound: .exact, minimum: nil, maximum: nil,
                summedIDs: [], duplicateIDs: [], partIDs: [])
            if item.duplicate {
                group.duplicateIDs.append(item.id)
            } else if item.meaning.isPart {
                group.partIDs.append(item.id)
            } else {
                let value = item.figure.value
                group.sum = group.sum?.adding(value)
                group.bound = group.bound.adding(item.figure.qualifier, isRange: item.figure.upper != nil)
                group.minimum = group.minimum.map { min($0, value) } ?? value
                group.maximum = group.maximum.map { max($0, value) } ?? value
                group.summedIDs.append(item.id)
            }
            byKey[key] = group
        }

        /// The groups so far, in reporting order.
        public var groups: [FigureGroup] {
            byKey.values.sorted { aggregator.order(of: $0.key) < aggregator.order(of: $1.key) }
        }
    }

    func order(of key: FigureGroup.Key) -> (Int, String, String, String, String) {
        let rank = categoryOrder.firstIndex(of: key.category) ?? categoryOrder.count
        return (rank, key.category, key.province, key.period, key.unit)
    }
}
