import TongjiCore

/// Finds the place a figure belongs to: a place named in its clause, else the one named nearest
/// before it in its sentence (then after it), else the article's place.
///
/// 全省, 全市, 该市, 本市, 自治区 … stand for the article's place; 全省 and 该省 keep only its province.
struct RegionFinder: Sendable {
    let gazetteer: Gazetteer

    /// Words that refer back to the article's place, and whether they mean its province only.
    static let references: [(word: String, provinceOnly: Bool)] = [
        ("全省", true), ("该省", true), ("本省", true), ("我省", true), ("全区", true), ("自治区", true),
        ("全市", false), ("该市", false), ("本市", false), ("我市", false), ("全州", false), ("该州", false),
    ]
    static let referenceWords = WordList(references.map(\.word))

    /// Every place named in the sentence, references to the article's place included; found
    /// once per sentence, then shared by all its figures.
    func mentions(in text: ScalarText, articleRegion: Region?) -> [Gazetteer.Mention] {
        var mentions = gazetteer.mentions(in: text, range: 0..<text.count)
        // Unresolvable without the article's place: then the words are not counted as mentions.
        guard let articleRegion else { return mentions }
        var references: [(reference: Int, start: Int)] = []
        let referenceWords = Self.referenceWords
        for start in 0..<text.count {
            referenceWords.forEachMatch(at: start, in: text, within: 0..<text.count) { reference in
                references.append((reference, start))
                return true
            }
        }
        // Taken word by word, as the list orders them.
        references.sort { ($0.reference, $0.start) < ($1.reference, $1.start) }
        for (reference, start) in references where !mentions.contains(where: { $0.range.contains(start) }) {
            mentions.append(Gazetteer.Mention(
                range: start..<(start + Self.referenceWords.length(of: reference)),
                region: Self.references[reference].provinceOnly ? articleRegion.provinceOnly : articleRegion))
        }
        return mentions
    }

    /// The place of `figure`, from the `mentions` of its sentence.
    func region(of figure: Figure, in text: ScalarText, mentions: [Gazetteer.Mention], articleRegion: Region?) -> Region? {
        let clause = text.clause(around: figure.range)
        let found = nearestMention(among: mentions, range: \.range, to: figure.range) { clause.contains($0.range.lowerBound) }
            ?? nearestMention(among: mentions, range: \.range, to: figure.range) { _ in true }
        return found.map { mentions[$0].region } ?? articleRegion
    }
}
