/// The fragment ids that link the page together: a table row and its mark in the sources point
/// at each other, and the header links to each category. Ids come from figure indices, so they
/// are unique and stable across runs of the same input.
enum PageAnchors {
    /// The figure's `<mark>` in the sources: `f-12`.
    static func mark(_ figureID: Int) -> String { "f-\(figureID)" }
    /// The figure's row in its category table: `row-12`.
    static func row(_ figureID: Int) -> String { "row-\(figureID)" }
    /// A category's section: `cat-funding`.
    static func category(_ name: String) -> String { "cat-\(name)" }
    /// An article in the sources: `article-3` (its index among the run's articles).
    static func article(_ index: Int) -> String { "article-\(index + 1)" }
    /// The sources section.
    static let sources = "sources"

    /// `#id`, for `href`.
    static func link(_ id: String) -> String { "#" + id }
}
