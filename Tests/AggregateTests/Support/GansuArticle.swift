import Aggregate
import Extract
import Foundation
import Normalise
import TestSupport
import Testing

/// The article 甘肃工会持续开展百万职工技能素质提升活动 of the sample page, with the passage the
/// page prints a second time at its end, extracted and normalised as the pipeline would.
enum GansuArticle {
    static let title = "甘肃工会持续开展百万职工技能素质提升活动"

    static func pageParagraphs() throws -> [String] {
        try Fixtures.text("union-news-page.txt").split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The article's sentences: from its title to the next article, then the reprint at the page's end.
    static func sentences() throws -> [String] {
        let paragraphs = try pageParagraphs()
        let start = try #require(paragraphs.firstIndex(of: title))
        let end = try #require(paragraphs.firstIndex { $0.hasPrefix("吉林：") })
        let reprint = try #require(paragraphs.lastIndex { $0.hasPrefix("工业企业和工业园区") })
        return (paragraphs[(start + 1)..<end] + paragraphs[reprint...]).flatMap(splitSentences)
    }

    static func splitSentences(_ paragraph: String) -> [String] {
        var result: [String] = [], current = ""
        for character in paragraph {
            current.append(character)
            if "。！？".contains(character) { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Every figure of the article, normalised in article context; a sentence that repeats an
    /// earlier one (or the end of one, where the page layout cut the reprint) is a duplicate.
    static func figures() throws -> [NormalisedFigure] {
        let sentences = try sentences()
        let extractor = FigureExtractor()
        let located = sentences.enumerated().flatMap { index, sentence in
            extractor.figures(in: sentence).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let meanings = Normaliser(categories: UnionNews.categories)
            .meanings(of: located, in: ArticleText(title: title, sentences: sentences))
        return located.indices.map { id in
            let sentence = located[id].sentence
            let repeats = sentences[..<sentence].contains { $0.hasSuffix(sentences[sentence]) }
            return NormalisedFigure(id: id, figure: located[id].figure, meaning: meanings[id], duplicate: repeats)
        }
    }
}
