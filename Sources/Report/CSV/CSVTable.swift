/// One column of a CSV table.
public struct CSVColumn: Sendable, Hashable {
    /// The header text.
    public var name: String
    /// True for text copied from the input (titles, sentences): the formula guard applies only
    /// to these, so numbers, paths and units are never altered.
    public var isFreeText: Bool

    /// A column named `name`; `isFreeText` marks text that came from the input.
    public init(_ name: String, isFreeText: Bool = false) {
        self.name = name
        self.isFreeText = isFreeText
    }
}

/// A header and rows of fields, in a fixed column order.
public struct CSVTable: Sendable, Hashable {
    public var columns: [CSVColumn]
    /// Each row holds one field per column, already formatted as text.
    public var rows: [[String]]

    /// A table; every row must have one field per column.
    public init(columns: [CSVColumn], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one field per column")
        self.columns = columns
        self.rows = rows
    }
}
