import TongjiCore

/// The HTML page for one pipeline run: a header about the run, one section per category (key
/// totals, charts by region and period, a table of its figures), and the source articles with
/// every figure marked in place. Self-contained: inline CSS and SVG, no script, nothing fetched.
public struct HTMLReport: Sendable {
    /// Writes the values in the tables, cards and charts.
    public var formatter: ChineseNumberFormatter

    /// A report whose values are written by `formatter`.
    public init(formatter: ChineseNumberFormatter = ChineseNumberFormatter()) {
        self.formatter = formatter
    }

    /// The page as UTF-8 (`<!DOCTYPE html>`, `lang="zh-CN"`, Chinese written raw), handed to
    /// `output` piece by piece: the sections of `<main>` are made and
    /// written one at a time (see `HTMLDocument`), unless `main` holds them already.
    public func write<Failure: Error>(_ run: ReportInput, main: MainSections? = nil,
                                      to output: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let categories = ReportCategory.all(in: run)
        let shell = shell(run, categories: categories)
        if let main {
            try HTMLDocument.write(shell, main: main.bytes, to: output)
        } else {
            try HTMLDocument.write(shell, main: mainSections(run, categories: categories), to: output)
        }
    }

    /// The sections of the page's `<main>`, the bulk of it, made ahead: they read only the
    /// figures, totals and articles (with their text) of `run`, and not what else the page's
    /// header shows (counts, warnings, the run time), which may still be growing.
    public func mainSections(of run: ReportInput) -> MainSections {
        var bytes: [UInt8] = []
        for part in mainSections(run, categories: ReportCategory.all(in: run)) {
            bytes += HTMLDocument.serialized(part)
        }
        return MainSections(bytes: bytes)
    }

    /// The sections of a page's `<main>`, written.
    public struct MainSections: Sendable {
        fileprivate let bytes: [UInt8]
    }

    /// The page with an empty `<main>`.
    private func shell(_ run: ReportInput, categories: [ReportCategory]) -> HTMLNode {
        .element("html", [("lang", "zh-CN")], [head(run), body(run, categories: categories, main: [])])
    }

    private func head(_ run: ReportInput) -> HTMLNode {
        .element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("title", text: run.title),
            .element("style", text: ReportStyle.css),
        ])
    }

    private func body(_ run: ReportInput, categories: [ReportCategory], main: [HTMLNode]) -> HTMLNode {
        .element("body", [], [
            RunHeader(run: run, categories: categories).node(),
            .element("main", [], main),
        ])
    }

    /// One section per category, then the sources, each made when it is called.
    private func mainSections(_ run: ReportInput, categories: [ReportCategory]) -> [(HTMLTreeBuilder) -> Void] {
        let sections = categories.map { category in
            { (main: HTMLTreeBuilder) in
                CategorySection(
                    category: category, figures: run.figures,
                    ids: run.figures.indices.filter { run.figures[$0].meaning.category == category.name },
                    groups: run.groups, formatter: formatter
                ).build(into: main)
            }
        }
        let labels = Dictionary(categories.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        return sections + [{ SourcesSection(figures: run.figures, articles: run.articles, categoryLabels: labels).build(into: $0) }]
    }
}
