import Normalise
import TongjiCore

/// The top of the page: what was read, when, how many figures each category got, and everything
/// that went wrong (inputs that failed, figures no category claimed, duplicates left out), so a
/// reader knows how far to trust the numbers below before reading them.
struct RunHeader: Sendable {
    let run: ReportInput
    let categories: [ReportCategory]

    func node() -> HTMLNode {
        let time = ReportLabels.time(run.runTime, in: run.timeZone)
        var children: [HTMLNode] = [
            .element("h1", text: run.title),
            .element("dl", [("class", "run")], [
                .element("dt", text: "生成时间"),
                .element("dd", [], [.element("time", [("datetime", time.machine)], text: time.display)]),
                .element("dt", text: "输入文件"),
                .element("dd", [], [list(run.inputs)]),
                .element("dt", text: "文章"),
                .element("dd", [], [.element("a", [("href", PageAnchors.link(PageAnchors.sources))], text: "\(run.articles.count)篇")]),
                .element("dt", text: "日期范围"),
                .element("dd", text: dateRange),
                .element("dt", text: "数字"),
                .element("dd", text: "\(run.figures.count)个，其中重复\(duplicates)个"),
            ]),
            countsByCategory(),
        ]
        if !run.failures.isEmpty { children.append(diagnostics("处理失败的输入", run.failures, class: "failures")) }
        if !run.warnings.isEmpty { children.append(diagnostics("警告", run.warnings, class: "warnings")) }
        let notices = self.notices
        if !notices.isEmpty {
            children.append(.element("section", [("class", "notices")], [
                .element("h2", text: "需要留意"),
                .element("ul", [], notices),
            ]))
        }
        return .element("header", [], children)
    }

    private var duplicates: Int { run.figures.count(where: \.record.duplicate) }

    /// `2021-06-01 至 2021-06-15`, one date, or a note that the sources give none.
    private var dateRange: String {
        let dates = run.articles.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return "原文未注明日期" }
        let undated = run.articles.count - dates.count
        let range = first == last ? first.description : "\(first) 至 \(last)"
        return undated > 0 ? "\(range)（\(undated)篇未注明日期）" : range
    }

    /// A table with one row per category, linking to its section.
    private func countsByCategory() -> HTMLNode {
        let rows = categories.map { category -> HTMLNode in
            var figures = 0, duplicates = 0
            for figure in run.figures where figure.meaning.category == category.name {
                figures += 1
                if figure.record.duplicate { duplicates += 1 }
            }
            return .element("tr", [], [
                .element("th", [("scope", "row")], [
                    .element("a", [("href", PageAnchors.link(PageAnchors.category(category.name)))], text: category.label),
                ]),
                .element("td", [("class", "count")], text: String(figures)),
                .element("td", [("class", "count")], text: String(duplicates)),
            ])
        }
        return .element("section", [("class", "categories")], [
            .element("table", [], [
                .element("caption", text: "各类数字的个数"),
                .element("thead", [], [.element("tr", [], ["类别", "个数", "其中重复"].map {
                    .element("th", [("scope", "col")], text: $0)
                })]),
                .element("tbody", [], rows),
            ]),
        ])
    }

    /// Figures no category claimed, and duplicates left out of every sum.
    private var notices: [HTMLNode] {
        var items: [HTMLNode] = []
        let rest = CategoryDefinition.restName(in: run.categories)
        let other = run.figures.count { $0.meaning.category == rest }
        if other > 0 {
            let label = run.categories.first { $0.name == rest }?.label ?? "其他"
            items.append(.element("li", [], [
                .text("\(other)个数字未能归入任何类别，列在"),
                .element("a", [("href", PageAnchors.link(PageAnchors.category(rest)))], text: label),
                .text("。"),
            ]))
        }
        if duplicates > 0 {
            items.append(.element("li", text: "\(duplicates)个数字出自重复刊登的文字，已标为“重复”，不计入任何合计。"))
        }
        return items
    }

    private func diagnostics(_ heading: String, _ items: [Diagnostic], class name: String) -> HTMLNode {
        .element("section", [("class", name)], [
            .element("h2", text: heading),
            list(items.map(\.description)),
        ])
    }

    private func list(_ items: [String]) -> HTMLNode {
        .element("ul", [], items.map { .element("li", text: $0) })
    }
}
