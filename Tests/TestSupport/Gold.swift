import Foundation

/// One hand-annotated figure of ../shared/gold/seed-figures.jsonl (schema in GOLD-README.md).
public struct GoldFigure: Decodable, Sendable {
    public let line: Int
    public let span: String
    public let value: Double
    public let unit: String
    public let qualifier: String
    /// The categories the annotators accept.
    public let category: [String]
    /// Borderline: finding it or not is not scored.
    public let optional: Bool
}

/// A number of the gold sentences that is not a statistic (seed-not-figures.jsonl).
public struct GoldNotFigure: Decodable, Sendable {
    public let line: Int
    public let span: String
}

public extension Fixtures {
    /// The figures of the development set.
    static func goldFigures() throws -> [GoldFigure] { try jsonLines("seed-figures.jsonl") }

    /// The numbers of the development set that are no figures.
    static func goldNotFigures() throws -> [GoldNotFigure] { try jsonLines("seed-not-figures.jsonl") }

    private static func jsonLines<T: Decodable>(_ name: String) throws -> [T] {
        try text(name).split(separator: "\n").map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }
}
