import Aggregate
import Normalise

/// One category's part of the page: its key totals as cards, its sums charted by region and by
/// period, and the table of its figures.
struct CategorySection: Sendable {
    let category: ReportCategory
    /// The run's figures, and the ids of this category's among them, in input order: ids, not
    /// copies of the records, which cost 700 instructions each to make and drop.
    let figures: [NormalisedRecord]
    let ids: [Int]
    let groups: [FigureGroup]
    let formatter: ChineseNumberFormatter

    func build(into main: HTMLTreeBuilder) {
        let totals = CategoryTotals(category: category.name, groups: groups)
        main.element("section", ["class": "category", "id": PageAnchors.category(category.name)]) { section in
            section.element("h2", text: "\(category.label)（\(ids.count)个数字）")
            let keyTotals = totals.keyTotals()
            if !keyTotals.isEmpty {
                section.append(KeyTotalCards(totals: keyTotals, formatter: formatter).node())
            }
            let charts = self.charts(totals).filter(\.isWorthDrawing)
            if !charts.isEmpty {
                section.append(.element("div", [("class", "charts")], charts.map { $0.node() }))
            }
            if ids.isEmpty {
                section.element("p", ["class": "empty"], text: "这一类没有找到数字。")
            } else {
                CategoryFigureTable(category: category, figures: figures, ids: ids, formatter: formatter).build(into: section)
            }
        }
    }

    private func charts(_ totals: CategoryTotals) -> [BarChart] {
        guard let unit = totals.mainUnit else { return [] }
        let unitText = ChineseNumberFormatter.unitText(unit)
        return [
            BarChart(title: "\(category.label)：各地区合计（\(unitText)）",
                     bars: totals.byProvince().map { bar($0, label: $0.province.isEmpty ? "未注明地区" : $0.province) },
                     id: "chart-\(category.name)-region"),
            BarChart(title: "\(category.label)：各时期合计（\(unitText)）",
                     bars: totals.byPeriod().map { bar($0, label: $0.period.isEmpty ? "未注明时期" : $0.period) },
                     id: "chart-\(category.name)-period"),
        ]
    }

    private func bar(_ total: CategoryTotals.Total, label: String) -> BarChart.Bar {
        BarChart.Bar(label: label, magnitude: total.sum.doubleValue, text: ReportLabels.total(total, formatter: formatter))
    }
}
