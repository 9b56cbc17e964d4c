import Aggregate
import Normalise

/// The columns of `summary.csv`: one row per group of figures with the same category, province,
/// period and unit.
public enum SummaryTable {
    public static let columns: [CSVColumn] = [
        CSVColumn("category"), CSVColumn("category_label"), CSVColumn("region"), CSVColumn("period"),
        CSVColumn("unit"), CSVColumn("kind"), CSVColumn("figures"), CSVColumn("sum"), CSVColumn("sum_bound"),
        CSVColumn("sum_wan_yuan"), CSVColumn("minimum"), CSVColumn("maximum"), CSVColumn("duplicates_excluded"),
        CSVColumn("parts_excluded"), CSVColumn("figure_rows"),
    ]

    /// `sum_bound` is `exact`, `atLeast` (多, 余, 超 or a range among the terms) or
    /// `approximately` (近, 约); `sum` and `sum_bound` are empty for figures that do not add up
    /// (shares, multiples, ages, temperatures, levels at the time of writing: see
    /// `FigureGroup.addsUp`); `sum_wan_yuan` only for money in 元; `figure_rows`
    /// lists the 1-based rows of figures.csv in the group (summed, where they add up), separated
    /// by spaces.
    ///
    /// The rows, made one at a time as they are written: a group of a large archive lists
    /// millions of rows in `figure_rows`.
    public static func rows(for groups: [FigureGroup], categories: [CategoryDefinition]) -> some Sequence<[String]> {
        let labels = Dictionary(categories.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        return groups.lazy.map { group in
            [
                group.key.category, labels[group.key.category] ?? group.key.category, group.key.province,
                group.key.period, group.key.unit, group.kind.rawValue, String(group.count),
                group.sum?.description ?? "", group.addsUp ? group.bound.rawValue : "",
                group.sumInTenThousandYuan?.description ?? "",
                group.minimum?.description ?? "", group.maximum?.description ?? "",
                String(group.duplicateCount), String(group.partCount),
                figureRows(group.countedIDs),
            ]
        }
    }

    /// The 1-based rows of `ids`, separated by spaces, written digit by digit into the string's
    /// own storage: a String for each row joined into one cost 800 instructions a figure of the
    /// archive.
    static func figureRows(_ ids: [Int]) -> String {
        // A row has at most 19 digits, and a space before it.
        String(unsafeUninitializedCapacity: ids.count * 20) { buffer in
            var end = 0
            for id in ids {
                if end > 0 {
                    buffer[end] = UInt8(ascii: " ")
                    end += 1
                }
                var row = id + 1, rest = row / 10
                end += 1
                while rest > 0 {
                    end += 1
                    rest /= 10
                }
                var at = end
                repeat {
                    at -= 1
                    buffer[at] = UInt8(ascii: "0") + UInt8(row % 10)
                    row /= 10
                } while row > 0
            }
            return end
        }
    }
}
