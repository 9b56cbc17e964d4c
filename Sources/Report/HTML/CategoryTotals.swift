import Aggregate
import TongjiCore

/// The numbers a category's section leads with, taken from the aggregate stage's groups: the key
/// totals shown as cards and the sums drawn as charts by region and by period.
///
/// Sums of different units cannot be compared, so the charts use the category's main unit: the
/// one with the most figures summed. Duplicates and parts (其中) are never in a group's sum, so
/// nothing here counts a figure twice.
struct CategoryTotals: Sendable {
    /// One sum as shown: its value with its bound, and what it adds up.
    struct Total: Sendable, Hashable {
        let sum: ExactDecimal
        let bound: SumBound
        let unit: String
        let kind: FigureKind
        let figures: Int
        let duplicatesLeftOut: Int
        let partsLeftOut: Int
        let province: String
        let period: String
    }

    /// The groups of the category whose sum is known (so whose figures add up) and that count
    /// at least one figure.
    let groups: [FigureGroup]
    /// Units ordered by how many figures their groups sum (the first unit seen wins a tie):
    /// worked out once, where every chart and card asked again (a unit's hash normalises its
    /// Chinese text first).
    private let units: [String]

    init(category: String, groups: [FigureGroup]) {
        self.groups = groups.filter { $0.key.category == category && $0.sum != nil && $0.count > 0 }
        units = Self.units(of: self.groups)
    }

    /// The largest group of each unit, units with the most figures first, at most `limit`.
    func keyTotals(limit: Int = 4) -> [Total] {
        units.prefix(limit).compactMap { unit in
            groups.filter { $0.key.unit == unit }.max { ($0.sum ?? .zero) < ($1.sum ?? .zero) }.map(Self.total)
        }
    }

    /// The category's main unit, or nil when nothing was summed.
    var mainUnit: String? { units.first }

    /// Sums of the main unit by province, largest first; figures naming no place under "".
    func byProvince() -> [Total] { sums(of: \.province) }

    /// Sums of the main unit by period, largest first; figures naming no period under "".
    func byPeriod() -> [Total] { sums(of: \.period) }

    private static func units(of groups: [FigureGroup]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for group in groups {
            if counts[group.key.unit] == nil { order.append(group.key.unit) }
            counts[group.key.unit, default: 0] += group.count
        }
        return order.enumerated().sorted { a, b in
            (counts[a.element] ?? 0, -a.offset) > (counts[b.element] ?? 0, -b.offset)
        }.map(\.element)
    }

    private func sums(of key: KeyPath<FigureGroup.Key, String>) -> [Total] {
        guard let unit = mainUnit else { return [] }
        var order: [String] = []
        var merged: [String: Total] = [:]
        for group in groups where group.key.unit == unit {
            let name = group.key[keyPath: key]
            let total = Self.total(group)
            if let earlier = merged[name] {
                merged[name] = Self.merge(earlier, total)
            } else {
                order.append(name)
                merged[name] = total
            }
        }
        return order.compactMap { merged[$0] }.enumerated()
            .sorted { ($0.element.sum, -$0.offset) > ($1.element.sum, -$1.offset) }.map(\.element)
    }

    private static func total(_ group: FigureGroup) -> Total {
        Total(sum: group.sum ?? .zero, bound: group.bound, unit: group.key.unit, kind: group.kind,
              figures: group.count, duplicatesLeftOut: group.duplicateCount, partsLeftOut: group.partCount,
              province: group.key.province, period: group.key.period)
    }

    /// Two totals of one unit added; the looser bound wins (≈ over ≥ over exact), as in `SumBound`.
    /// A sum too large for 64 bits keeps the larger term, marked approximate.
    private static func merge(_ a: Total, _ b: Total) -> Total {
        let added = a.sum.adding(b.sum)
        let bounds = [a.bound, b.bound]
        let bound: SumBound = added == nil || bounds.contains(.approximately) ? .approximately
            : bounds.contains(.atLeast) ? .atLeast : .exact
        return Total(sum: added ?? max(a.sum, b.sum), bound: bound, unit: a.unit, kind: a.kind,
                     figures: a.figures + b.figures, duplicatesLeftOut: a.duplicatesLeftOut + b.duplicatesLeftOut,
                     partsLeftOut: a.partsLeftOut + b.partsLeftOut,
                     province: a.province == b.province ? a.province : "",
                     period: a.period == b.period ? a.period : "")
    }
}
