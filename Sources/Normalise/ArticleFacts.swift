import TongjiCore

/// What every sentence of one article shares, worked out once per article rather than once per
/// sentence: its place, date and opening organisation, and the category keywords of its title.
struct ArticleFacts: Sendable {
    var region: Region?
    var date: CalendarDate?
    /// The organisation of the first sentence, for figures whose sentence names none.
    var organisation: String
    /// The category keywords of its title.
    var titleKeywords: CategoryClassifier.TitleKeywords
}
