import TongjiCore

/// A figure with its place and its meaning: what the normalise stage hands to aggregate and
/// report, and what `tongji extract` prints.
public struct NormalisedRecord: Sendable, Hashable {
    public var record: FigureRecord
    public var meaning: Meaning
    /// The index, among the run's records, of the total this figure is a part of (其中…).
    public var partOf: Int?

    public init(record: FigureRecord, meaning: Meaning, partOf: Int? = nil) {
        self.record = record
        self.meaning = meaning
        self.partOf = partOf
    }
}
