import TongjiCore

/// The HTML page for one pipeline run: a header about the run, figures counted by kind, and a
/// table of every figure with its sentence. Self-contained: inline CSS, no scripts, nothing fetched.
public struct HTMLReport: Sendable {
    /// Writes the values in the figure table.
    public var formatter: ChineseNumberFormatter

    /// A report whose values are written by `formatter`.
    public init(formatter: ChineseNumberFormatter = ChineseNumberFormatter()) {
        self.formatter = formatter
    }

    /// The page as UTF-8 bytes: `<!DOCTYPE html>`, `lang="zh-CN"`, Chinese written raw.
    public func bytes(for run: ReportInput) -> [UInt8] {
        HTMLDocument(root: page(run)).serialized()
    }

    func page(_ run: ReportInput) -> HTMLNode {
        .element("html", [("lang", "zh-CN")], [head(run), body(run)])
    }

    private func head(_ run: ReportInput) -> HTMLNode {
        .element("head", [], [
            .element("meta", [("charset", "utf-8")]),
            .element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("title", text: run.title),
            .element("style", text: ReportStyle.css),
        ])
    }

    private func body(_ run: ReportInput) -> HTMLNode {
        let tables = FigureTables(records: run.records, formatter: formatter)
        return .element("body", [], [
            header(run),
            .element("main", [], [tables.countsByKind(), tables.allFigures()]),
        ])
    }

    private func header(_ run: ReportInput) -> HTMLNode {
        let time = ReportLabels.time(run.runTime, in: run.timeZone)
        var children: [HTMLNode] = [
            .element("h1", text: run.title),
            .element("dl", [("class", "run")], [
                .element("dt", text: "生成时间"),
                .element("dd", [], [.element("time", [("datetime", time.machine)], text: time.display)]),
                .element("dt", text: "输入文件"),
                .element("dd", [], [list(run.inputs)]),
                .element("dt", text: "数字总数"),
                .element("dd", text: String(run.records.count)),
            ]),
        ]
        if !run.failures.isEmpty { children.append(diagnostics("处理失败的输入", run.failures, class: "failures")) }
        if !run.warnings.isEmpty { children.append(diagnostics("警告", run.warnings, class: "warnings")) }
        return .element("header", [], children)
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
