import TongjiCore

/// Finds the place a figure belongs to: a place named in its clause, else the one named nearest
/// before it in its sentence (then after it), else the article's place.
///
/// 全省, 全市, 该市, 本市, 自治区 … stand for the article's place; 全省 and 该省 keep only its province.
struct RegionFinder: Sendable {
    let gazetteer: Gazetteer

    /// Words that refer back to the article's place, and whether they mean its province only.
    static let references: [(word: [Unicode.Scalar], provinceOnly: Bool)] = [
        ("全省", true), ("该省", true), ("本省", true), ("我省", true), ("全区", true), ("自治区", true),
        ("全市", false), ("该市", false), ("本市", false), ("我市", false), ("全州", false), ("该州", false),
    ].map { ($0.0.scalarArray, $0.1) }

    /// Every place named in the sentence, references to the article's place included; found
    /// once per sentence, then shared by all its figures.
    func mentions(in text: ScalarText, articleRegion: Region?) -> [(Range<Int>, Region)] {
        var mentions = gazetteer.mentions(in: text, range: 0..<text.count).map { ($0.range, $0.region) }
        for reference in Self.references {
            // Unresolvable without the article's place: then the words are not counted as mentions.
            guard let articleRegion else { break }
            for start in text.occurrences(of: reference.word, in: 0..<text.count)
            where !mentions.contains(where: { $0.0.contains(start) }) {
                mentions.append((start..<(start + reference.word.count),
                                 reference.provinceOnly ? articleRegion.provinceOnly : articleRegion))
            }
        }
        return mentions
    }

    /// The place of `figure`, from the `mentions` of its sentence.
    func region(of figure: Figure, in text: ScalarText, mentions: [(Range<Int>, Region)], articleRegion: Region?) -> Region? {
        let clause = text.clause(around: figure.range)
        let inClause = mentions.filter { clause.contains($0.0.lowerBound) }
        let before = { (list: [(Range<Int>, Region)]) in
            list.filter { $0.0.upperBound <= figure.range.lowerBound }.max { $0.0.upperBound < $1.0.upperBound }
        }
        let after = { (list: [(Range<Int>, Region)]) in
            list.filter { $0.0.lowerBound >= figure.range.upperBound }.min { $0.0.lowerBound < $1.0.lowerBound }
        }
        if let found = before(inClause) ?? after(inClause) ?? before(mentions) ?? after(mentions) { return found.1 }
        return articleRegion
    }
}
