import Normalise
import TongjiCore

/// The articles as they were read, every figure marked in place: `<mark id="f-N">` with the exact
/// value on hover, linking back to the figure's row in its category table. A duplicate (a reprint
/// of earlier text, never counted) is marked differently and labelled 重复.
struct SourcesSection: Sendable {
    let figures: [NormalisedRecord]
    let articles: [ArticleSummary]
    let categoryLabels: [String: String]

    func node() -> HTMLNode {
        let placement = FigurePlacement(figures: figures.map(\.record), articles: articles)
        var children: [HTMLNode] = [.element("h2", text: "原文（\(articles.count)篇）")]
        children += articles.indices.map { article($0, placement: placement) }
        if !placement.orphans.isEmpty {
            children.append(.element("article", [("class", "source unplaced")], [
                .element("h3", text: "找不到所属文章的数字"),
                unplacedList(placement.orphans),
            ]))
        }
        return .element("section", [("class", "sources"), ("id", PageAnchors.sources)], children)
    }

    private func article(_ index: Int, placement: FigurePlacement) -> HTMLNode {
        let article = articles[index]
        let marks = placement.marks[index] ?? [:]
        var meta = ["\(article.file) 第\(article.startLine)–\(article.endLine)行"]
        if let date = article.date { meta.insert(date.description, at: 0) }
        if !article.byline.isEmpty { meta.append(article.byline) }
        var children: [HTMLNode] = [
            .element("h3", text: article.title.isEmpty ? "（无标题）" : article.title),
            .element("p", [("class", "meta")], text: meta.joined(separator: " · ")),
        ]
        children += article.paragraphs.enumerated().map { number, text in
            .element("p", [], marked(text, marks[number] ?? []))
        }
        if let unplaced = placement.unplaced[index], !unplaced.isEmpty {
            children.append(.element("p", [("class", "meta")], text: "以下数字未能在正文中定位："))
            children.append(unplacedList(unplaced))
        }
        return .element("article", [("class", "source"), ("id", PageAnchors.article(index))], children)
    }

    /// `text` with each mark's range wrapped; marks are sorted and never overlap.
    private func marked(_ text: String, _ marks: [FigurePlacement.Mark]) -> [HTMLNode] {
        let utf8 = text.utf8
        func slice(_ range: Range<Int>) -> String {
            String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
        }
        var nodes: [HTMLNode] = []
        var position = 0
        for mark in marks {
            if mark.range.lowerBound > position { nodes.append(.text(slice(position..<mark.range.lowerBound))) }
            nodes += self.mark(mark.figureID, span: slice(mark.range))
            position = mark.range.upperBound
        }
        if position < utf8.count { nodes.append(.text(slice(position..<utf8.count))) }
        return nodes
    }

    private func unplacedList(_ ids: [Int]) -> HTMLNode {
        .element("ul", [("class", "unplaced")], ids.map { id in
            .element("li", [], mark(id, span: figures[id].record.figure.span) + [.text("：" + figures[id].record.sentence)])
        })
    }

    /// The mark for one figure, then its 重复 label when it is a duplicate.
    private func mark(_ id: Int, span: String) -> [HTMLNode] {
        let figure = figures[id]
        let category = categoryLabels[figure.meaning.category] ?? figure.meaning.category
        let title = "\(ReportLabels.exactValue(figure.record.figure)) · \(category)"
        let duplicate = figure.record.duplicate
        let node = HTMLNode.element("mark", [("id", PageAnchors.mark(id)), ("class", duplicate ? "duplicate" : "figure"),
                                             ("title", duplicate ? title + " · 重复，不计入合计" : title)],
                                    [.element("a", [("href", PageAnchors.link(PageAnchors.row(id)))], text: span)])
        return duplicate ? [node, .element("span", [("class", "label duplicate")], text: "重复")] : [node]
    }
}
