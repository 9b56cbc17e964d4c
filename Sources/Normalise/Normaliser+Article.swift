import TongjiCore

extension Normaliser {
    /// How many opening sentences may name the article's place when its title does not.
    static let regionSentences = 2

    /// The meanings of all figures of one article, in the order given.
    ///
    /// Unlike figure-by-figure normalising, this resolves 全省/该市 to the article's place (from
    /// its title or first sentences), falls back to the organisation of its first sentence, and
    /// points each part (其中 …) at the total before it. A sentence that names no period continues
    /// the period of the sentence right before it, as a paragraph-opening 2020年以来 scopes over
    /// the account that follows it.
    public func meanings(of figures: [SentenceFigure], in article: ArticleText) -> [Meaning] {
        let region = article.region ?? gazetteer.firstRegion(in: article.title)
            ?? article.sentences.prefix(Self.regionSentences).lazy.compactMap { gazetteer.firstRegion(in: $0) }.first
        let organisation = article.sentences.first.map { firstOrganisation(in: $0, articleRegion: region) } ?? ""
        let facts = ArticleFacts(region: region, date: article.date, organisation: organisation,
                                 titleDecision: classifier.titleDecision(ScalarText(article.title)))
        var result = [Meaning?](repeating: nil, count: figures.count)
        let bySentence = Dictionary(grouping: figures.indices, by: { figures[$0].sentence })
        for (sentence, indices) in bySentence where article.sentences.indices.contains(sentence) {
            let found = meanings(of: indices.map { figures[$0].figure }, in: ScalarText(article.sentences[sentence]), article: facts)
            for (index, meaning) in zip(indices, found) {
                result[index] = meaning
            }
        }
        var meanings = result.map { $0 ?? Meaning(category: CategoryDefinition.otherName) }
        continuePeriods(&meanings, figures: figures)
        for index in meanings.indices where meanings[index].isPart {
            meanings[index].partOf = total(before: index, figures: figures, meanings: meanings)
        }
        return meanings
    }

    /// Gives figures of a sentence without any period the last period of the sentence before.
    private func continuePeriods(_ meanings: inout [Meaning], figures: [SentenceFigure]) {
        let bySentence = Dictionary(grouping: figures.indices, by: { figures[$0].sentence })
        for sentence in bySentence.keys.sorted() {
            let indices = bySentence[sentence]!
            guard indices.allSatisfy({ meanings[$0].period == nil }),
                  let previous = bySentence[sentence - 1]?.max(by: { figures[$0].figure.start < figures[$1].figure.start }),
                  let period = meanings[previous].period else { continue }
            for index in indices { meanings[index].period = period }
        }
    }

    /// The total a part belongs to: the nearest earlier figure that is no part, one with the
    /// same unit preferred.
    private func total(before index: Int, figures: [SentenceFigure], meanings: [Meaning]) -> Int? {
        let earlier = figures.indices.filter {
            !meanings[$0].isPart && (figures[$0].sentence, figures[$0].figure.start)
                < (figures[index].sentence, figures[index].figure.start)
        }.sorted { (figures[$0].sentence, figures[$0].figure.start) > (figures[$1].sentence, figures[$1].figure.start) }
        return earlier.first { figures[$0].figure.unit == figures[index].figure.unit } ?? earlier.first
    }
}
