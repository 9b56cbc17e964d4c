/// One column of a CSV table.
public struct CSVColumn: Sendable, Hashable {
    /// The header text.
    public var name: String
    /// True for text from outside tongji's own rules: the input's titles and sentences, file
    /// names, the pipeline's labels. The formula guard applies only to these, so numbers, units
    /// and the words tongji writes are never altered.
    public var isFreeText: Bool

    /// A column named `name`; `isFreeText` marks text from outside tongji.
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
