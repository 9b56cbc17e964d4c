/// What one figure means: the output of the normalise stage for one figure.
public struct Meaning: Sendable, Hashable {
    /// The category's `name`, or `other`.
    public var category: String
    /// The keyword that decided the category, empty for `other`; `元` style fallbacks name the unit.
    public var categoryReason: String
    /// What is counted: `投入资金`, `参赛职工`, `创新工作室`; empty when no noun phrase was found.
    public var subject: String
    public var period: Period?
    public var region: Region?
    /// The organisation the figure is reported by or for: `甘肃省总工会`; empty when none.
    public var organisation: String
    /// True when the figure is part of a total given before it (其中, 包括, 含 …).
    public var isPart: Bool
    /// Index, in the article's figure list, of the total this part belongs to; nil when unknown
    /// or when the figure is no part.
    public var partOf: Int?

    public init(category: String, categoryReason: String = "", subject: String = "", period: Period? = nil,
                region: Region? = nil, organisation: String = "", isPart: Bool = false, partOf: Int? = nil) {
        self.category = category
        self.categoryReason = categoryReason
        self.subject = subject
        self.period = period
        self.region = region
        self.organisation = organisation
        self.isPart = isPart
        self.partOf = partOf
    }
}
