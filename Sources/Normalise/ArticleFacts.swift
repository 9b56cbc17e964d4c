import TongjiCore

/// What every sentence of one article shares, worked out once per article rather than once per
/// sentence: its place, date and opening organisation, and what its title says of categories.
struct ArticleFacts: Sendable {
    var region: Region?
    var date: CalendarDate?
    /// The organisation of the first sentence, for figures whose sentence names none.
    var organisation: String
    /// The category the title's keyword nearest its end gives, nil when it has none.
    var titleDecision: CategoryClassifier.Decision?
}
