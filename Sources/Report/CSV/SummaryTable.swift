import Aggregate
import Normalise

/// The columns of `summary.csv`: one row per group of figures with the same category, province,
/// period and unit.
public enum SummaryTable {
    public static let columns: [CSVColumn] = [
        CSVColumn("category", isFreeText: true), CSVColumn("category_label", isFreeText: true), CSVColumn("region"), CSVColumn("period"),
        CSVColumn("unit"), CSVColumn("kind"), CSVColumn("figures"), CSVColumn("sum"), CSVColumn("sum_bound"),
        CSVColumn("sum_wan_yuan"), CSVColumn("minimum"), CSVColumn("maximum"), CSVColumn("duplicates_excluded"),
        CSVColumn("parts_excluded"), CSVColumn("figure_rows"),
    ]

    /// Each category's label by its name, as `write` takes them.
    static func labels(of categories: [CategoryDefinition]) -> [String: String] {
        Dictionary(categories.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// Writes the row of `group` into `csv`, field by field: no String for each number, nor for
    /// `figure_rows`, which lists millions of rows in a group of a large archive. `labels` are
    /// the categories', by name (`labels(of:)`).
    ///
    /// `sum_bound` is `exact`, `atLeast` (多, 余, 超 or a range among the terms) or
    /// `approximately` (近, 约); `sum` and `sum_bound` are empty for figures that do not add up
    /// (shares, multiples, ages, temperatures, levels at the time of writing: see
    /// `FigureGroup.addsUp`); `sum_wan_yuan` only for money in 元; `figure_rows`
    /// lists the 1-based rows of figures.csv in the group (summed, where they add up), separated
    /// by spaces.
    static func write(_ group: FigureGroup, labels: [String: String], to csv: inout CSVRecord) {
        csv.append(group.key.category, isFreeText: true)
        csv.append(labels[group.key.category] ?? group.key.category, isFreeText: true)
        csv.append(group.key.province)
        csv.append(group.key.period)
        csv.append(group.key.unit)
        csv.append(group.kind.rawValue)
        csv.append(group.count)
        csv.append(group.sum?.description)
        csv.append(group.addsUp ? group.bound.rawValue : nil)
        csv.append(group.sumInTenThousandYuan?.description)
        csv.append(group.minimum?.description)
        csv.append(group.maximum?.description)
        csv.append(group.duplicateCount)
        csv.append(group.partCount)
        csv.append(spaced: group.countedIDs.lazy.map { $0 + 1 })
    }
}
