import Normalise
import Report

/// Writes figures as JSON Lines, the output of `tongji extract`: the fields are the columns of
/// figures.csv, with the same names, order and text, so the two outputs never drift apart.
///
/// Written by hand rather than with `JSONEncoder`: the fields are few and fixed, the values are
/// already exact decimal text, and the encoder would cost more than the extraction itself.
enum FigureJSON {
    /// Columns written as JSON numbers; an empty one (`upper` of a single value) is left out.
    private static let numbers: Set<String> = ["line", "column", "article", "value", "upper", "part_of"]
    private static let booleans: Set<String> = ["duplicate", "is_part"]
    /// Text columns written as `null` when empty: no date is not an empty date.
    private static let nullable: Set<String> = ["date"]
    private static let names = FigureTable.columns.map(\.name)

    /// One JSON object, without the line break.
    static func line(for figure: NormalisedRecord) -> String {
        var out = "{"
        for (name, field) in zip(names, FigureTable.row(figure)) {
            let isNumber = numbers.contains(name)
            if isNumber && field.isEmpty { continue }
            if out.utf8.count > 1 { out += "," }
            out += "\"\(name)\":"
            if isNumber || booleans.contains(name) {
                out += field
            } else if field.isEmpty && nullable.contains(name) {
                out += "null"
            } else {
                JSONText.append(field, to: &out)
            }
        }
        out += "}"
        return out
    }
}
