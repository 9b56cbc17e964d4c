import TongjiCore

/// Decides the category of every figure of a sentence from the keywords around it.
///
/// Scopes are searched from narrow to wide and the first that holds a keyword decides:
/// 1. the figure's own clause (between ，、；：。！？);
/// 2. for a clause that continues a list (after 、) or names the participants of what came
///    before (参加…, 参与…), the category of the figure in the clause before it;
/// 3. the rest of the sentence, leaving out clauses that hold another figure, since a keyword
///    there describes that figure (投入资金1406.46万元 does not make 培养各类人才3900多人 funding);
/// 4. the article title;
/// 5. the figure's kind, when a category claims it (money → funding).
/// Within one scope the keyword nearest the figure wins; on a tie the category listed first.
/// Lengths of time and ages (持续17年, 入党23周年) say how long, not how many, and stay `other`.
struct CategoryClassifier: Sendable {
    struct Keyword: Sendable {
        let scalars: [Unicode.Scalar]
        let word: String
        let category: Int
    }

    struct Decision: Sendable, Hashable {
        var category: String
        var reason: String
    }

    let categories: [CategoryDefinition]
    /// Every keyword, longest first so the reported reason is the most specific word at a place.
    let keywords: [Keyword]

    /// Words that open a clause naming who took part in the activity just mentioned.
    static let participationOpeners: [[Unicode.Scalar]] = ["参加", "参与", "参赛"].map(\.scalarArray)

    init(categories: [CategoryDefinition]) {
        self.categories = categories
        self.keywords = categories.enumerated().flatMap { index, definition in
            definition.keywords.filter { !$0.isEmpty }.map { Keyword(scalars: $0.scalarArray, word: $0, category: index) }
        }.sorted { $0.scalars.count > $1.scalars.count }
    }

    static let other = Decision(category: CategoryDefinition.otherName, reason: "")

    /// Kinds of figure no category takes.
    static let uncategorisedKinds: Set<FigureKind> = [.duration, .age]

    /// The decision for each of `figures`, which must all stand in `sentence`.
    func decisions(for figures: [Figure], in sentence: ScalarText, title: String) -> [Decision] {
        let ordered = figures.indices.sorted { figures[$0].start < figures[$1].start }
        var decided = [Decision?](repeating: nil, count: figures.count)
        let titleText = ScalarText(title)
        for (position, index) in ordered.enumerated() {
            let figure = figures[index]
            if Self.uncategorisedKinds.contains(figure.kind) {
                decided[index] = Self.other
                continue
            }
            let clause = sentence.clause(around: figure.range)
            if let hit = nearestKeyword(in: sentence, ranges: [clause], to: figure.range) {
                decided[index] = hit
                continue
            }
            if position > 0, continuesPreviousClause(clause, in: sentence),
               let previous = decided[ordered[position - 1]],
               sentence.clause(around: figures[ordered[position - 1]].range).upperBound + 1 == clause.lowerBound {
                decided[index] = previous
                continue
            }
            let others = figures.enumerated().filter { $0.offset != index }.map { sentence.clause(around: $0.element.range) }
            let free = sentence.clauses.filter { $0 != clause && !others.contains($0) }
            if let hit = nearestKeyword(in: sentence, ranges: free, to: figure.range)
                ?? nearestKeyword(in: titleText, ranges: [0..<titleText.count], to: titleText.count..<titleText.count) {
                decided[index] = hit
                continue
            }
            if let fallback = categories.first(where: { $0.fallbackKinds.contains(figure.kind) }) {
                decided[index] = Decision(category: fallback.name, reason: figure.unit)
                continue
            }
            decided[index] = Self.other
        }
        return decided.map { $0 ?? Self.other }
    }

    /// True when a clause continues a list (it follows 、) or opens with 参加/参与/参赛.
    private func continuesPreviousClause(_ clause: Range<Int>, in sentence: ScalarText) -> Bool {
        if clause.lowerBound > 0, sentence.scalars[clause.lowerBound - 1] == "、" { return true }
        return Self.participationOpeners.contains { sentence.matches($0, at: clause.lowerBound) }
    }

    /// The keyword nearest `target` within `ranges`; ties go to the category listed first.
    private func nearestKeyword(in text: ScalarText, ranges: [Range<Int>], to target: Range<Int>) -> Decision? {
        var best: (distance: Int, category: Int, word: String)?
        for range in ranges {
            for keyword in keywords {
                for start in text.occurrences(of: keyword.scalars, in: range) {
                    let distance = ScalarText.distance(start..<(start + keyword.scalars.count), target)
                    if best == nil || (distance, keyword.category) < (best!.distance, best!.category) {
                        best = (distance, keyword.category, keyword.word)
                    }
                }
            }
        }
        return best.map { Decision(category: categories[$0.category].name, reason: $0.word) }
    }
}
