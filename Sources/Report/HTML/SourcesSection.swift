import Normalise
import TongjiCore

/// The articles as they were read, every figure marked in place: `<mark id="f-N">` with the exact
/// value on hover, linking back to the figure's row in its category table. A duplicate (a reprint
/// of earlier text, never counted) is marked differently and labelled 重复.
struct SourcesSection: Sendable {
    let figures: [NormalisedRecord]
    let articles: [ArticleSummary]
    let categoryLabels: [String: String]

    func build(into main: HTMLTreeBuilder) {
        let placement = FigurePlacement(figures: figures.map(\.record), articles: articles)
        main.element("section", ["class": "sources", "id": PageAnchors.sources]) { section in
            section.element("h2", text: "原文（\(articles.count)篇）")
            for index in articles.indices { article(index, placement: placement, into: section) }
            if !placement.orphans.isEmpty {
                section.element("article", ["class": "source unplaced"]) {
                    $0.element("h3", text: "找不到所属文章的数字")
                    unplacedList(placement.orphans, into: $0)
                }
            }
        }
    }

    private func article(_ index: Int, placement: FigurePlacement, into section: HTMLTreeBuilder) {
        let article = articles[index]
        let marks = placement.marks[index] ?? [:]
        var meta = ["\(article.file) 第\(article.startLine)–\(article.endLine)行"]
        if let date = article.date { meta.insert(date.description, at: 0) }
        if !article.byline.isEmpty { meta.append(article.byline) }
        section.element("article", ["class": "source", "id": PageAnchors.article(index)]) { node in
            node.element("h3", text: article.title.isEmpty ? "（无标题）" : article.title)
            node.element("p", ["class": "meta"], text: meta.joined(separator: " · "))
            for (number, text) in article.paragraphs.enumerated() {
                node.element("p") { marked(text, marks[number] ?? [], into: $0) }
            }
            if let unplaced = placement.unplaced[index], !unplaced.isEmpty {
                node.element("p", ["class": "meta"], text: "以下数字未能在正文中定位：")
                unplacedList(unplaced, into: node)
            }
        }
    }

    /// `text` with each mark's range wrapped; marks are sorted and never overlap.
    private func marked(_ text: String, _ marks: [FigurePlacement.Mark], into paragraph: HTMLTreeBuilder) {
        let utf8 = text.utf8
        func slice(_ range: Range<Int>) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        var position = 0
        for mark in marks {
            if mark.range.lowerBound > position { paragraph.text(slice(position..<mark.range.lowerBound)) }
            self.mark(mark.figureID, span: slice(mark.range), into: paragraph)
            position = mark.range.upperBound
        }
        if position < utf8.count { paragraph.text(slice(position..<utf8.count)) }
    }

    private func unplacedList(_ ids: [Int], into parent: HTMLTreeBuilder) {
        parent.element("ul", ["class": "unplaced"]) { list in
            for id in ids {
                list.element("li") {
                    mark(id, span: figures[id].record.figure.span, into: $0)
                    $0.text("：" + figures[id].record.sentence)
                }
            }
        }
    }

    /// The mark for one figure, then its 重复 label when it is a duplicate.
    private func mark(_ id: Int, span: some StringProtocol, into parent: HTMLTreeBuilder) {
        let figure = figures[id]
        let category = categoryLabels[figure.meaning.category] ?? figure.meaning.category
        let title = "\(ReportLabels.exactValue(figure.record.figure)) · \(category)"
        let duplicate = figure.record.duplicate
        // A class for a reprint's mark alone, as for its row.
        let attributes: KeyValuePairs<StaticString, String> = duplicate
            ? ["id": PageAnchors.mark(id), "class": "duplicate", "title": title + " · 重复，不计入合计"]
            : ["id": PageAnchors.mark(id), "title": title]
        parent.element("mark", attributes) {
            $0.element("a", ["href": PageAnchors.link(PageAnchors.row(id))]) { $0.text(span) }
        }
        if duplicate { parent.element("span", ["class": "label duplicate"], text: "重复") }
    }
}
