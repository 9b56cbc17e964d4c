import TongjiCore

/// The report's two tables: figures counted by kind, and every figure with its sentence.
struct FigureTables {
    let records: [FigureRecord]
    let formatter: ChineseNumberFormatter

    /// One row per kind present, in `FigureKind` order, with how many of them are duplicates.
    func countsByKind() -> HTMLNode {
        let rows = FigureKind.allCases.compactMap { kind -> HTMLNode? in
            let ofKind = records.filter { $0.figure.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return .element("tr", [], [
                .element("th", [("scope", "row")], text: ReportLabels.kind(kind)),
                .element("td", [("class", "count")], text: String(ofKind.count)),
                .element("td", [("class", "count")], text: String(ofKind.filter(\.duplicate).count)),
            ])
        }
        return .element("section", [("class", "kinds")], [
            .element("h2", text: "按类型统计"),
            table(caption: "各类数字的个数", columns: ["类型", "个数", "其中重复"], rows: rows),
        ])
    }

    /// One row per figure, duplicates included and labelled, each sentence with its span marked.
    func allFigures() -> HTMLNode {
        let ranges = SpanLocator.ranges(for: records)
        let rows = zip(records, ranges).map { row($0, span: $1) }
        return .element("section", [("class", "figures")], [
            .element("h2", text: "全部数字"),
            table(caption: "从原文中找到的全部数字（共\(records.count)个）",
                  columns: ["数值", "单位", "类型", "限定", "来源", "原句"], rows: rows),
        ])
    }

    private func row(_ record: FigureRecord, span: Range<Int>?) -> HTMLNode {
        let figure = record.figure
        var source: [HTMLNode] = [.text("\(record.location.file):\(record.location.line)")]
        if record.duplicate { source.append(.element("span", [("class", "label")], text: "重复")) }
        return .element("tr", record.duplicate ? [("class", "figure duplicate")] : [("class", "figure")], [
            .element("td", [("class", "value"), ("title", exactValue(figure))], text: formatter.string(for: figure)),
            .element("td", text: figure.unit),
            .element("td", text: ReportLabels.kind(figure.kind)),
            .element("td", text: ReportLabels.qualifier(figure.qualifier)),
            .element("td", [("class", "source")], source),
            .element("td", [("class", "sentence")], highlighted(record.sentence, span: span)),
        ])
    }

    /// The exact value for the hover text: `14064600 元`, `30000至50000 人`.
    private func exactValue(_ figure: Figure) -> String {
        let range = figure.value.description + (figure.upper.map { "至" + $0.description } ?? "")
        return "\(range) \(figure.unit)"
    }

    private func highlighted(_ sentence: String, span: Range<Int>?) -> [HTMLNode] {
        guard let span else { return [.text(sentence)] }
        let scalars = Array(sentence.unicodeScalars)
        func text(_ part: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(part)) }
        let before = text(scalars[..<span.lowerBound]), after = text(scalars[span.upperBound...])
        return (before.isEmpty ? [] : [.text(before)]) + [.element("mark", text: text(scalars[span]))]
            + (after.isEmpty ? [] : [.text(after)])
    }

    private func table(caption: String, columns: [String], rows: [HTMLNode]) -> HTMLNode {
        .element("table", [], [
            .element("caption", text: caption),
            .element("thead", [], [.element("tr", [], columns.map { .element("th", [("scope", "col")], text: $0) })]),
            .element("tbody", [], rows),
        ])
    }
}
