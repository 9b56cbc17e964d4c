import Normalise
import TongjiCore

/// The table of one category's figures: what is counted, the value (readable, exact on hover),
/// unit, qualifier, period, region, organisation, and a link to the figure marked in its source.
///
/// Rows sit in a `<section class="figures">`, one per category, so that all of them together are
/// every figure of the run exactly once. Duplicates and parts (其中) are listed and labelled:
/// the sums leave them out, the table must not hide them.
struct CategoryFigureTable: Sendable {
    let category: ReportCategory
    /// The category's figures with their ids (indices into the run's figures), in input order.
    let figures: [(id: Int, figure: NormalisedRecord)]
    let formatter: ChineseNumberFormatter

    private static let columns = ["指标", "数值", "单位", "限定", "时期", "地区", "单位/组织", "原文"]

    func node() -> HTMLNode {
        .element("section", [("class", "figures")], [
            .element("div", [("class", "table-scroll")], [
                .element("table", [], [
                    .element("caption", text: "\(category.label)：全部数字（\(figures.count)个）"),
                    .element("thead", [], [.element("tr", [], Self.columns.map {
                        .element("th", [("scope", "col")], text: $0)
                    })]),
                    .element("tbody", [], figures.map { row(id: $0.id, $0.figure) }),
                ]),
            ]),
        ])
    }

    private func row(id: Int, _ normalised: NormalisedRecord) -> HTMLNode {
        let record = normalised.record, meaning = normalised.meaning, figure = record.figure
        var subject: [HTMLNode] = [.text(meaning.subject.isEmpty ? "—" : meaning.subject)]
        if meaning.isPart {
            subject.append(.element("span", [("class", "label part"), ("title", "前面合计的一部分，不计入合计")], text: "其中"))
        }
        var source: [HTMLNode] = [.element("a", [("href", PageAnchors.link(PageAnchors.mark(id)))],
                                           text: "第\(record.location.line)行")]
        if record.duplicate {
            source.append(.element("span", [("class", "label duplicate"), ("title", "重复刊登的文字，不计入合计")], text: "重复"))
        }
        return .element("tr", [("id", PageAnchors.row(id)), ("class", record.duplicate ? "figure duplicate" : "figure")], [
            .element("th", [("scope", "row"), ("class", "subject")], subject),
            .element("td", [("class", "value"), ("title", ReportLabels.exactValue(figure))], text: formatter.string(for: figure)),
            .element("td", [("class", "unit")], text: ChineseNumberFormatter.unitText(figure.unit)),
            .element("td", [("class", "qualifier")], text: ReportLabels.qualifier(figure.qualifier)),
            .element("td", [("class", "period")], text: meaning.period?.label ?? ""),
            .element("td", [("class", "region")], text: meaning.region?.description ?? ""),
            .element("td", [("class", "organisation")], text: meaning.organisation),
            .element("td", [("class", "source")], source),
        ])
    }
}
