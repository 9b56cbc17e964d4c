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
        // Rows and cells told apart by their place in the style sheet, not by a class each (a
        // reprint's row alone has one): 80,000 attributes fewer on a page of 10,000 figures,
        // each made, written and freed. ReportStyle's `nth-child` rules count on `columns`'
        // order: 2 is the value, 7 the organisation.
        let attributes: KeyValuePairs<StaticString, String> = record.duplicate
            ? ["id": PageAnchors.row(id), "class": "duplicate"] : ["id": PageAnchors.row(id)]
        body.element("tr", attributes) { row in
            row.element("th", ["scope": "row"]) { subject in
                subject.text(meaning.subject.isEmpty ? "—" : meaning.subject)
                if meaning.isPart {
                    subject.element("span", ["class": "label part", "title": "前面合计的一部分，不计入合计"], text: "其中")
                }
            }
            row.element("td", ["title": ReportLabels.exactValue(figure)], text: formatter.string(for: figure))
            row.element("td", text: ChineseNumberFormatter.unitText(figure.unit))
            row.element("td", text: ReportLabels.qualifier(figure.qualifier))
            row.element("td", text: meaning.period?.label ?? "")
            row.element("td", text: meaning.region?.description ?? "")
            row.element("td", text: meaning.organisation)
            row.element("td") { source in
                source.element("a", ["href": PageAnchors.link(PageAnchors.mark(id))], text: "第\(record.location.line)行")
                if record.duplicate {
                    source.element("span", ["class": "label duplicate", "title": "重复刊登的文字，不计入合计"], text: "重复")
                }
            }
        }
    }
}
