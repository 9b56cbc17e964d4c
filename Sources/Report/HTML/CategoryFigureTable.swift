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
    /// The run's figures, and the ids (indices among them) of the category's, in input order.
    let figures: [NormalisedRecord]
    let ids: [Int]
    let formatter: ChineseNumberFormatter

    private static let columns = ["指标", "数值", "单位", "限定", "时期", "地区", "单位/组织", "原文"]

    func build(into section: HTMLTreeBuilder) {
        section.element("section", ["class": "figures"]) {
            $0.element("div", ["class": "table-scroll"]) {
                $0.element("table") { table in
                    table.element("caption", text: "\(category.label)：全部数字（\(ids.count)个）")
                    table.element("thead") {
                        $0.element("tr") { row in
                            for column in Self.columns { row.element("th", ["scope": "col"], text: column) }
                        }
                    }
                    table.element("tbody") { body in
                        for id in ids { row(id: id, figures[id], into: body) }
                    }
                }
            }
        }
    }

    private func row(id: Int, _ normalised: NormalisedRecord, into body: HTMLTreeBuilder) {
        let record = normalised.record, meaning = normalised.meaning, figure = record.figure
        body.element("tr", ["id": PageAnchors.row(id), "class": record.duplicate ? "figure duplicate" : "figure"]) { row in
            row.element("th", ["scope": "row", "class": "subject"]) { subject in
                subject.text(meaning.subject.isEmpty ? "—" : meaning.subject)
                if meaning.isPart {
                    subject.element("span", ["class": "label part", "title": "前面合计的一部分，不计入合计"], text: "其中")
                }
            }
            row.element("td", ["class": "value", "title": ReportLabels.exactValue(figure)], text: formatter.string(for: figure))
            row.element("td", ["class": "unit"], text: ChineseNumberFormatter.unitText(figure.unit))
            row.element("td", ["class": "qualifier"], text: ReportLabels.qualifier(figure.qualifier))
            row.element("td", ["class": "period"], text: meaning.period?.label ?? "")
            row.element("td", ["class": "region"], text: meaning.region?.description ?? "")
            row.element("td", ["class": "organisation"], text: meaning.organisation)
            row.element("td", ["class": "source"]) { source in
                source.element("a", ["href": PageAnchors.link(PageAnchors.mark(id))], text: "第\(record.location.line)行")
                if record.duplicate {
                    source.element("span", ["class": "label duplicate", "title": "重复刊登的文字，不计入合计"], text: "重复")
                }
            }
        }
    }
}
