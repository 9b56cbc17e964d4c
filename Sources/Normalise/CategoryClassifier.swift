import TongjiCore

/// Decides the category of every figure of a sentence from the keywords around it.
///
/// Scopes are searched from narrow to wide and the first that holds a keyword decides:
/// 1. the figure's own clause (between ，、；：。！？);
/// 2. for a clause that continues a list (after 、), names the participants of what came
///    before (参加…, 参与…) or gives a part of it (其中…: a figure of the same kind, or a
///    share), the category of the figure in the clause before it (到位资金5.51亿元，其中70%用于
///    产业帮扶: 70% of the funds; not 可容纳6万名观众，其中包括500个轮椅席位);
/// 3. the rest of the sentence, leaving out clauses that hold another figure, since a keyword
///    there describes that figure (投入资金1406.46万元 does not make 培养各类人才3900多人 funding);
/// 4. the article title;
/// 5. the figure's kind, when a category claims it (money → funding).
/// Within one scope the keyword nearest the figure wins; on a tie the category listed first.
/// Lengths of time and ages (持续17年, 入党23周年) say how long, not how many, and go with the
/// rest (`other`, or the pipeline's category without keywords).
struct CategoryClassifier: Sendable {
    struct Decision: Sendable, Hashable {
        var category: String
        var reason: String
    }

    /// A keyword standing in a text.
    struct Hit: Sendable {
        let range: Range<Int>
        let keyword: Int
    }

    let categories: [CategoryDefinition]
    /// Every keyword, longest first so the reported reason is the most specific word at a place.
    private let keywords: WordList
    private let keywordText: [String]
    private let keywordCategory: [Int]

    /// Words that open a clause naming who took part in the activity just mentioned.
    static let participationOpeners = WordList(["参加", "参与", "参赛"])
    /// The word that opens a clause giving a part of the figure just mentioned. Not 包括 or 含,
    /// the other part markers: 包括…在内的12人 gives the whole, and 含 opens 含量 and 含有.
    static let partOpener = WordList(["其中"])

    init(categories: [CategoryDefinition]) {
        self.categories = categories
        let keywords = categories.enumerated().flatMap { index, definition in
            definition.keywords.filter { !$0.isEmpty }.map { (scalars: $0.scalarArray, word: $0, category: index) }
        }.sorted { $0.scalars.count > $1.scalars.count }
        self.keywords = WordList(keywords.map(\.scalars))
        self.keywordText = keywords.map(\.word)
        self.keywordCategory = keywords.map(\.category)
        self.rest = Decision(category: CategoryDefinition.restName(in: categories), reason: "")
    }

    /// The decision for figures no keyword, title or kind claims.
    let rest: Decision

    /// Kinds of figure no category takes. A switch, not a Set: FigureKind hashes as a String.
    static func isUncategorised(_ kind: FigureKind) -> Bool {
        switch kind {
        case .duration, .age: true
        default: false
        }
    }

    /// Every keyword occurrence in `text`: found in one pass, then shared by all figures and scopes.
    func hits(in text: ScalarText) -> [Hit] {
        var result: [Hit] = []
        for start in 0..<text.count {
            keywords.forEachMatch(at: start, in: text, within: 0..<text.count) { keyword in
                result.append(Hit(range: start..<(start + keywords.length(of: keyword)), keyword: keyword))
                return true
            }
        }
        return result
    }

    /// The decision of the article title: its keyword nearest the title's end.
    func titleDecision(_ title: ScalarText) -> Decision? {
        let end = title.count..<title.count
        return nearest(hits(in: title).lazy.map { ($0, 0) }, to: end).map(decision)
    }

    /// How a figure's category was decided; the Decision's Strings are made once, at the end.
    private enum Verdict {
        case keyword(Int)
        case title
        /// The category claiming the kind of the figure with this index.
        case fallback(category: Int, figure: Int)
        case other
    }

    /// The decision for each of `figures`, which must all stand in `sentence`; `title` is the
    /// article title's (see `titleDecision`).
    func decisions(for figures: [Figure], in sentence: ScalarText, title: Decision?) -> [Decision] {
        let ordered = figures.indices.sorted { figures[$0].start < figures[$1].start }
        var decided = [Verdict?](repeating: nil, count: figures.count)
        let hits = hits(in: sentence)
        let figureClauses = figures.map { sentence.clause(around: $0.range) }
        let freeHits = freeHits(hits, in: sentence, figureClauses: figureClauses)
        for (position, index) in ordered.enumerated() {
            let figure = figures[index]
            if Self.isUncategorised(figure.kind) {
                decided[index] = .other
                continue
            }
            let clause = figureClauses[index]
            let inClause = hits.lazy.filter { clause.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= clause.upperBound }
            if let keyword = nearest(inClause.map { ($0, 0) }, to: figure.range) {
                decided[index] = .keyword(keyword)
                continue
            }
            if position > 0, continues(clause, of: figures[ordered[position - 1]], with: figure, in: sentence),
               let previous = decided[ordered[position - 1]],
               figureClauses[ordered[position - 1]].upperBound + 1 == clause.lowerBound {
                decided[index] = previous
                continue
            }
            if let keyword = nearest(freeHits, to: figure.range) {
                decided[index] = .keyword(keyword)
                continue
            }
            if title != nil {
                decided[index] = .title
                continue
            }
            if let fallback = categories.firstIndex(where: { $0.fallbackKinds.contains(figure.kind) }) {
                decided[index] = .fallback(category: fallback, figure: index)
                continue
            }
            decided[index] = .other
        }
        return decided.map { verdict in
            switch verdict {
            case .keyword(let keyword): decision(keyword)
            case .title: title!
            case .fallback(let category, let figure): Decision(category: categories[category].name, reason: figures[figure].unit)
            case .other, nil: rest
            }
        }
    }

    /// The hits in clauses that hold no figure, the same for every figure. A hit counts in the
    /// clause that wholly holds it, ranked by the clause's place, as a scan clause by clause finds it.
    private func freeHits(_ hits: [Hit], in sentence: ScalarText, figureClauses: [Range<Int>]) -> [(Hit, Int)] {
        guard !hits.isEmpty else { return [] }
        let free = sentence.clauses.filter { !figureClauses.contains($0) }
        return hits.compactMap { hit in
            free.firstIndex { $0.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.upperBound }.map { (hit, $0) }
        }
    }

    /// True when `clause`, which holds `figure`, goes on about `previous` in the clause before:
    /// it continues a list (it follows 、), opens with 参加/参与/参赛, or opens with 其中 and gives
    /// a part of the same kind or a share.
    private func continues(_ clause: Range<Int>, of previous: Figure, with figure: Figure, in sentence: ScalarText) -> Bool {
        if clause.lowerBound > 0, sentence.scalars[clause.lowerBound - 1] == "、" { return true }
        let words = sentence.wordStart(from: clause.lowerBound)
        if Self.participationOpeners.matches(at: words, in: sentence) { return true }
        return Self.partOpener.matches(at: words, in: sentence) && (figure.kind == previous.kind || figure.kind == .percent)
    }

    /// The keyword nearest `target` among `hits`, each with the rank of the range it was found
    /// in. Ties go to the category listed first, then to the order of a scan range by range,
    /// keyword by keyword, left to right.
    private func nearest(_ hits: some Sequence<(Hit, Int)>, to target: Range<Int>) -> Int? {
        var best: (distance: Int, category: Int, rank: Int, keyword: Int, start: Int)?
        for (hit, rank) in hits {
            let candidate = (ScalarText.distance(hit.range, target), keywordCategory[hit.keyword], rank, hit.keyword,
                             hit.range.lowerBound)
            if best == nil || candidate < best! { best = candidate }
        }
        return best?.keyword
    }

    private func decision(_ keyword: Int) -> Decision {
        Decision(category: categories[keywordCategory[keyword]].name, reason: keywordText[keyword])
    }
}
