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
    /// The kinds of figure the category can hold; empty for any. Its keywords leave figures of
    /// other kinds to the next keyword or scope: 资金 makes a sum funding, not the people sent
    /// in the same breath (加大资金帮扶力度，选派9.6万名驻村队员).
    public var kinds: Set<FigureKind>
    /// Words that hold one of the keywords but say something else, where the keyword does not
    /// count: 会员国 and 会员服务 for 会员, 涉案资金 for 资金.
    public var exceptions: [String]

    public init(name: String, label: String, keywords: [String], fallbackKinds: Set<FigureKind> = [],
                kinds: Set<FigureKind> = [], exceptions: [String] = []) {
        self.name = name
        self.label = label
        self.keywords = keywords
        self.fallbackKinds = fallbackKinds
        self.kinds = kinds
        self.exceptions = exceptions
    }

    /// True when a figure of `kind` can be in this category.
    public func holds(_ kind: FigureKind) -> Bool {
        kinds.isEmpty || kinds.contains(kind)
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
