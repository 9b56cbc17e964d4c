import TongjiCore

/// One topic figures are sorted into, as a pipeline definition declares it.
///
/// Categories are data, not code: the union-news list lives in `Pipelines/union-news.yaml`, so a
/// new domain only needs a new list.
public struct CategoryDefinition: Sendable, Hashable {
    /// The key written to outputs: `competitions`.
    public var name: String
    /// The heading readers see: `劳动竞赛`.
    public var label: String
    /// Words that put a figure in this category when they stand near it.
    public var keywords: [String]
    /// Kinds of figure that fall in this category when no keyword decides (money → funding).
    public var fallbackKinds: Set<FigureKind>

    public init(name: String, label: String, keywords: [String], fallbackKinds: Set<FigureKind> = []) {
        self.name = name
        self.label = label
        self.keywords = keywords
        self.fallbackKinds = fallbackKinds
    }

    /// The category of figures no definition claims, when the pipeline declares none.
    public static let otherName = "other"

    /// A category with neither keywords nor fallback kinds: it takes the figures no other claims.
    public var catchesTheRest: Bool { keywords.isEmpty && fallbackKinds.isEmpty }

    /// The name of the category that takes the figures no other claims: the one that catches
    /// the rest, else `other`.
    public static func restName(in categories: [CategoryDefinition]) -> String {
        categories.first(where: \.catchesTheRest)?.name ?? otherName
    }
}
