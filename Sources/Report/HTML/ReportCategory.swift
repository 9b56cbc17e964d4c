import Normalise

/// A category the page has a section for: the pipeline's categories in their order, then any
/// category a figure names that the pipeline does not list (so no figure is left without a table).
struct ReportCategory: Sendable, Hashable {
    let name: String
    let label: String

    /// The sections of `run`, in order.
    static func all(in run: ReportInput) -> [ReportCategory] {
        var result = run.categories.map { ReportCategory(name: $0.name, label: $0.label) }
        var known = Set(result.map(\.name))
        for figure in run.figures where !known.contains(figure.meaning.category) {
            let name = figure.meaning.category
            known.insert(name)
            result.append(ReportCategory(name: name, label: name == CategoryDefinition.otherName ? "其他" : name))
        }
        return result
    }
}
