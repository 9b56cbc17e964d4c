/// The key totals of a category as a row of cards: the sum large, with its bound (≥, ≈) and the
/// region, period and number of figures it adds up beneath, so a reader can quote it correctly.
struct KeyTotalCards: Sendable {
    let totals: [CategoryTotals.Total]
    let formatter: ChineseNumberFormatter

    func node() -> HTMLNode {
        .element("ul", [("class", "cards")], totals.map(card))
    }

    private func card(_ total: CategoryTotals.Total) -> HTMLNode {
        let place = [total.province, total.period].filter { !$0.isEmpty }
        var note = total.figures == 1 ? "1个数字" : "\(total.figures)个数字之和"
        if total.duplicatesLeftOut > 0 { note += "，\(total.duplicatesLeftOut)个重复未计" }
        if total.partsLeftOut > 0 { note += "，\(total.partsLeftOut)个分项未计" }
        return .element("li", [("class", "card")], [
            .element("p", [("class", "card-value"), ("title", ReportLabels.exactTotal(total))],
                     text: ReportLabels.total(total, formatter: formatter)),
            .element("p", [("class", "card-place")], text: place.isEmpty ? "未注明地区和时期" : place.joined(separator: " · ")),
            .element("p", [("class", "card-note")], text: note),
        ])
    }
}
