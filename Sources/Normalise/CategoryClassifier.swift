import TongjiCore

/// Decides the category of every figure of a sentence from the keywords around it.
///
/// Scopes are searched from narrow to wide and the first that holds a keyword decides:
/// 1. the figure's own clause (between ，、；：。！？, leaving out those inside paired brackets:
///    拨付7省（区、市）2.1亿元), then the head noun of the list it is an
///    item of: a keyword after the list's last figure and a 的 (参加5个大项、12个分项、55个小项的比赛;
///    not the 演讲 of 223次会见、44次演讲, nor the 会员 of 培训职工1.2万人次、发展会员3000人);
/// 2. for a clause that continues a list (after 、), names the participants of what came
///    before (参加…, 参与…), gives a part of it (其中…: a figure of the same kind, or a share)
///    or its change or level (比上年增加…, 达到…: a figure of the same kind), the category of
///    the figure in the clause before it (到位资金5.51亿元，其中70%用于产业帮扶: 70% of the
///    funds; not 可容纳6万名观众，其中包括500个轮椅席位);
/// 3. the rest of the sentence, leaving out clauses that hold another figure, since a keyword
///    there describes that figure (投入资金1406.46万元 does not make 培养各类人才3900多人 funding),
///    but not a length of time (比武为期10天);
///    in scopes 1 and 3 a keyword that is a lone item of a list of other things (论坛会议、前沿大赛、
///    配套活动; 高端论坛、创业大赛等各类活动53项) names that item alone: it decides no figure of
///    another clause, nor one after it in its own;
/// 4. the article title, its keyword nearest the title's end, for the article's first
///    `Normaliser.titleSentences` sentences;
/// 5. the figure's kind, when a category claims it (money → funding).
/// Within one scope the keyword nearest the figure wins; on a tie the category listed first.
/// Only keywords of categories that hold the figure's kind count (`CategoryDefinition.kinds`),
/// and none inside one of its category's exceptions (会员 in 会员国) or between 《 and 》; in
/// scope 2 the figure before decides only for a category that holds the kind, or for a share of
/// it (其中70%).
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
        /// Where its list item ends, when the keyword is a lone item of a list (see `markingLoneItems`).
        var loneItemEnd: Int?
    }

    let categories: [CategoryDefinition]
    /// Every keyword, longest first so the reported reason is the most specific word at a place.
    private let keywords: WordList
    private let keywordText: [String]
    private let keywordCategory: [Int]
    private let exceptions: WordList
    private let exceptionCategory: [Int]
    /// Each category's kinds, a bit for each kind in `kindOrder` (see `kindBit`).
    private let kindBits: [UInt64]
    private static let kindOrder = FigureKind.allCases

    /// Words that open a clause naming who took part in the activity just mentioned.
    static let participationOpeners = WordList(["参加", "参与", "参赛"])
    /// Words that open a clause giving the change, the level or the value in another currency of
    /// the figure just mentioned: 补助资金100亿元，比上年增加20亿元; 提高30元，达到每人每年610元;
    /// 投入470亿日元，约合人民币29亿元.
    static let changeOpeners = WordList(["比", "较", "同比", "环比", "增加", "增长", "提高", "达到", "约合", "折合"])
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
        let exceptions = categories.enumerated().flatMap { index, definition in
            definition.exceptions.filter { !$0.isEmpty }.map { (scalars: $0.scalarArray, category: index) }
        }
        self.exceptions = WordList(exceptions.map(\.scalars))
        self.exceptionCategory = exceptions.map(\.category)
        precondition(Self.kindOrder.count <= UInt64.bitWidth, "a bit for each kind of figure")
        self.kindBits = categories.map { category in
            Self.kindOrder.reduce(0) { bits, kind in category.holds(kind) ? bits | Self.kindBit(kind) : bits }
        }
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

    /// Every keyword occurrence in `text` that shares no code point with an exception of its
    /// category (工会会员 in 工会会员服务平台): found in one pass, then shared by all figures and scopes.
    func hits(in text: ScalarText) -> [Hit] {
        // Categories without keywords (none given: all figures are `other`) need no scan.
        guard !keywordText.isEmpty else { return [] }
        var result: [Hit] = []
        for start in keywords.anchorOffsets(in: text, among: 0..<text.count) {
            keywords.forEachMatch(at: start, in: text, within: 0..<text.count) { keyword in
                result.append(Hit(range: start..<(start + keywords.length(of: keyword)), keyword: keyword))
                return true
            }
        }
        if !result.isEmpty, text.scalars.contains("《") { result.removeAll { Self.isInBookTitle($0.range, in: text) } }
        guard !result.isEmpty, !exceptionCategory.isEmpty else { return result }
        var excepted: [(range: Range<Int>, category: Int)] = []
        for start in exceptions.anchorOffsets(in: text, among: 0..<text.count) {
            exceptions.forEachMatch(at: start, in: text, within: 0..<text.count) { exception in
                excepted.append((start..<(start + exceptions.length(of: exception)), exceptionCategory[exception]))
                return true
            }
        }
        return result.filter { hit in
            !excepted.contains { $0.category == keywordCategory[hit.keyword] && $0.range.overlaps(hit.range) }
        }
    }

    /// True when `range` stands between 《 and 》: a keyword in the name of a work or a document
    /// names it, not what a figure counts (《全国红色故事讲解员大赛》全网观看量, 《夺冠》等7部影片,
    /// 收入…重要文稿136篇 of a book of 演讲). Decided by the nearest book-title mark on each side,
    /// so that an unclosed 《 silences nothing.
    private static func isInBookTitle(_ range: Range<Int>, in text: ScalarText) -> Bool {
        let scalars = text.scalars
        let left = scalars[..<range.lowerBound].lastIndex { $0 == "《" || $0 == "》" }
        guard let left, scalars[left] == "《" else { return false }
        let right = scalars[range.upperBound...].firstIndex { $0 == "《" || $0 == "》" }
        return right.map { scalars[$0] == "》" } ?? false
    }

    /// The keywords of an article's title and where it ends: found once per article, then the
    /// nearest to its end that holds a figure's kind decides, for each figure no other scope does.
    struct TitleKeywords: Sendable {
        fileprivate let hits: [(Hit, Int)]
        fileprivate let end: Range<Int>

        /// No title, or one that no longer speaks for the sentence.
        static let none = TitleKeywords(hits: [], end: 0..<0)
    }

    func titleKeywords(_ title: ScalarText) -> TitleKeywords {
        TitleKeywords(hits: hits(in: title).map { ($0, 0) }, end: title.count..<title.count)
    }

    /// How a figure's category was decided; the Decision's Strings are made once it is final.
    private enum Verdict {
        case keyword(Int)
        /// The category claiming the kind of the figure with this index.
        case fallback(category: Int, figure: Int)
        case other
    }

    /// The decision for each of `figures`, which must all stand in `sentence`, of an article
    /// whose title has `title`.
    func decisions(for figures: [Figure], in sentence: ScalarText, title: TitleKeywords) -> [Decision] {
        // The extract stage lists a sentence's figures in order already: then no sort is needed.
        let inOrder = figures.indices.dropFirst().allSatisfy { figures[$0 - 1].start <= figures[$0].start }
        let ordered = inOrder ? Array(figures.indices) : figures.indices.sorted { figures[$0].start < figures[$1].start }
        let hits = markingLoneItems(hits(in: sentence), in: sentence)
        let figureClauses = figures.map { sentence.clause(around: $0.range, acrossBrackets: true) }
        let freeHits = freeHits(hits, in: sentence, figures: figures).filter { $0.0.loneItemEnd == nil }
        /// The verdict on the figure at `position` of `ordered`, `previous` the one on the figure before it.
        func verdict(at position: Int, after previous: Verdict?) -> Verdict {
            let index = ordered[position]
            // The figure's fields, not a copy of it: a Figure holds Strings, retained on a copy.
            let range = figures[index].range
            let figureKind = figures[index].kind
            if Self.isUncategorised(figureKind) { return .other }
            let kind = Self.kindBit(figureKind)
            let clause = figureClauses[index]
            // A lone item of a list before the figure names one of the things the figure counts
            // (举办高端论坛、成果展览、创业大赛等各类活动53项).
            let ownHits = Self.within(clause, hits).lazy.filter { hit, _ in
                hit.loneItemEnd.map { $0 <= range.lowerBound } != true
            }
            if let keyword = nearest(ownHits, to: range, kind: kind) { return .keyword(keyword) }
            // Without keywords in the sentence there is no head noun to look for.
            if !hits.isEmpty, let head = listHead(after: ordered[position...], of: figures, clauses: figureClauses, in: sentence),
               let keyword = nearest(Self.within(head, hits), to: range, kind: kind) {
                return .keyword(keyword)
            }
            if position > 0, continues(clause, after: figures[ordered[position - 1]].kind, with: figureKind, in: sentence),
               let previous,
               figureClauses[ordered[position - 1]].upperBound + 1 == clause.lowerBound,
               holds(previous, kind) || isShare(figureKind, openedBy: clause, in: sentence) {
                return previous
            }
            if let keyword = nearest(freeHits, to: range, kind: kind) { return .keyword(keyword) }
            if let keyword = nearest(title.hits, to: title.end, kind: kind) { return .keyword(keyword) }
            if let fallback = categories.firstIndex(where: { $0.fallbackKinds.contains(figureKind) && $0.holds(figureKind) }) {
                return .fallback(category: fallback, figure: index)
            }
            return .other
        }
        // Appended in text order: `Array(repeating:count:)` allocates through a look-up of the
        // element type at run time, ~500 instructions a sentence.
        var decisions: [Decision] = []
        decisions.reserveCapacity(figures.count)
        var previous: Verdict?
        for position in ordered.indices {
            let verdict = verdict(at: position, after: previous)
            let reached = switch verdict {
            case .keyword(let keyword): decision(keyword)
            case .fallback(let category, let figure): Decision(category: categories[category].name, reason: figures[figure].unit)
            case .other: rest
            }
            decisions.append(reached)
            previous = verdict
        }
        guard !inOrder else { return decisions }
        var inGivenOrder = decisions
        for (position, index) in ordered.enumerated() { inGivenOrder[index] = decisions[position] }
        return inGivenOrder
    }

    /// The hits in clauses that hold no part of a figure, the same for every figure (a rough
    /// number such as 5、6场 spans two clauses). A hit counts in the clause that wholly holds it,
    /// ranked by the clause's place, as a scan clause by clause finds it.
    private func freeHits(_ hits: [Hit], in sentence: ScalarText, figures: [Figure]) -> [(Hit, Int)] {
        guard !hits.isEmpty else { return [] }
        let clauses = sentence.clausesAcrossBrackets()
        // A length of time takes no category, so its clause is free: 比武为期10天 speaks of the
        // contest, and of the figures after it. An age is left to describe its person (3岁以下
        // 婴幼儿照护支出, 95岁的老党员).
        let free = clauses.filter { clause in
            !figures.contains { $0.kind != .duration && clause.overlaps($0.range) }
        }
        return hits.compactMap { hit in
            free.firstIndex { $0.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.upperBound }.map { (hit, $0) }
        }
    }

    /// `hits`, in text order, with `loneItemEnd` set on those that are a lone item of a list: a
    /// keyword that is one item of a list joined by 、, whose other items hold no keyword of its
    /// category, names that item alone, not what the sentence counts (设置论坛会议、技术交易、前沿大赛、
    /// 配套活动五大板块; 举办高端论坛、成果展览、创业大赛等各类活动53项). Only an inner item, or a last
    /// one that 等 closes: a first item may hold the sentence's subject (大赛共收到科技新发明、创意新媒体…),
    /// and a last one may run on as a clause (规模最大、参赛项目最全的一届). A list of the category's own
    /// words (平等协商、技能竞赛、技术比武等活动) is about the category as a whole. One pass over the
    /// sentence's phrases, and over the hits.
    private func markingLoneItems(_ hits: [Hit], in sentence: ScalarText) -> [Hit] {
        guard !hits.isEmpty else { return hits }
        var marked = hits
        var next = 0
        for phrase in sentence.phrasesAcrossBrackets() {
            for list in Self.lists(in: phrase, of: sentence.scalars) where list.items.count > 1 {
                let first = next
                while next < hits.count, hits[next].range.lowerBound < list.items.last!.upperBound { next += 1 }
                guard next > first else { continue }
                // The item of each hit (both in text order, so one walk), and the items that hold
                // a keyword of each category.
                var item = 0
                let itemOfHit = (first..<next).map { index -> Int? in
                    let hit = hits[index].range
                    while item < list.items.count, list.items[item].upperBound < hit.upperBound { item += 1 }
                    return item < list.items.count && list.items[item].lowerBound <= hit.lowerBound ? item : nil
                }
                var itemsOfCategory: [Int: Set<Int>] = [:]
                for (offset, item) in itemOfHit.enumerated() {
                    if let item { itemsOfCategory[keywordCategory[hits[first + offset].keyword], default: []].insert(item) }
                }
                for (offset, item) in itemOfHit.enumerated() {
                    guard let item, item > 0 || Self.opensWithActivityVerb(list.items[0], before: hits[first + offset].range,
                                                                          in: sentence),
                          item < list.items.count - 1 || list.isClosed,
                          itemsOfCategory[keywordCategory[hits[first + offset].keyword]]?.count == 1 else { continue }
                    marked[first + offset].loneItemEnd = list.items[item].upperBound
                }
            }
            while next < hits.count, hits[next].range.lowerBound < phrase.upperBound { next += 1 }
        }
        return marked
    }

    /// True when a verb of holding opens the first item of a list before the keyword at `hit`:
    /// 组织宣讲大赛、文艺展演等活动8000余场次 lists what was held, where 大赛共收到科技新发明、… has the
    /// sentence's subject first.
    private static func opensWithActivityVerb(_ item: Range<Int>, before hit: Range<Int>, in sentence: ScalarText) -> Bool {
        activityVerbs.occurs(in: sentence, at: item.lowerBound..<hit.lowerBound)
    }

    private static let activityVerbs = WordList(["组织", "举办", "开展", "举行", "设置", "设立", "推出", "包括", "涵盖"])

    /// The lists `phrase` may hold, in order, each as its items split at 、: a 等 closes one (then
    /// `isClosed`) and the next starts after it (围绕人工智能、医药健康等热点议题举办论坛会议、技术交易、
    /// 前沿大赛等6大板块). Not the 等 of 平等, 高等, 等级, 一等奖 or 等待.
    private static func lists(in phrase: Range<Int>, of text: [Unicode.Scalar]) -> [(items: [Range<Int>], isClosed: Bool)] {
        var lists: [(items: [Range<Int>], isClosed: Bool)] = []
        var items: [Range<Int>] = []
        var start = phrase.lowerBound
        for index in phrase {
            if text[index] == "、" {
                items.append(start..<index)
                start = index + 1
            } else if text[index] == "等", index > phrase.lowerBound, !Self.beforeWordWithDeng.contains(text[index - 1]),
                      index + 1 == phrase.upperBound || !Self.afterDengInWord.contains(text[index + 1]) {
                items.append(start..<index)
                lists.append((items, true))
                items = []
                start = index + 1
            }
        }
        items.append(start..<phrase.upperBound)
        lists.append((items, false))
        return lists
    }

    /// 平等, 高等, 同等, 相等, 对等, 均等, 初等, 中等, 上等, 超等.
    private static let beforeWordWithDeng = Set("平高同相对均初中上超".unicodeScalars)
    /// 等级, 等奖, 等于, 等同, 等待, 等候, 等到, 等次, 等第.
    private static let afterDengInWord = Set("级奖于同待候到次第".unicodeScalars)

    /// True when `clause`, which holds a figure of `kind`, goes on about the figure in the clause
    /// before, of `previous` kind: it continues a list (it follows 、), opens with 参加/参与/参赛,
    /// opens with 其中 and gives a part of the same kind or a share, or opens with a change or a
    /// level of the same kind.
    private func continues(_ clause: Range<Int>, after previous: FigureKind, with kind: FigureKind,
                           in sentence: ScalarText) -> Bool {
        if clause.lowerBound > 0, sentence.scalars[clause.lowerBound - 1] == "、" { return true }
        let words = sentence.wordStart(from: clause.lowerBound)
        if Self.participationOpeners.matches(at: words, in: sentence) { return true }
        if Self.changeOpeners.matches(at: words, in: sentence) { return kind == previous }
        return Self.partOpener.matches(at: words, in: sentence) && (kind == previous || kind == .percent)
    }

    /// Where the head noun of the list the first of `items` is an item of may stand: from the
    /// first 的 after the list's last item to the end of the list (items joined by 、: 5个大项、
    /// 12个分项的技能比赛共300场); nil when its clause is no item of a list, or no 的 follows.
    /// `items` are indices into `figures` and `clauses`, in text order.
    private func listHead(after items: ArraySlice<Int>, of figures: [Figure], clauses: [Range<Int>],
                          in sentence: ScalarText) -> Range<Int>? {
        let range = figures[items.first!].range
        let list = sentence.phrase(around: range, acrossBrackets: true)
        guard list != clauses[items.first!] else { return nil }
        // The last item: the first figure of the list, from this one on, whose clause no 、 ends.
        var lastEnd = range.upperBound
        for item in items where figures[item].range.upperBound <= list.upperBound {
            lastEnd = figures[item].range.upperBound
            let itemClause = clauses[item]
            if itemClause.upperBound >= list.upperBound || sentence.scalars[itemClause.upperBound] != "、" { break }
        }
        guard lastEnd < list.upperBound, let de = sentence.scalars[lastEnd..<list.upperBound].firstIndex(of: "的") else {
            return nil
        }
        return de..<list.upperBound
    }

    /// The hits wholly inside `range`, each with rank 0.
    private static func within(_ range: Range<Int>, _ hits: [Hit]) -> some Sequence<(Hit, Int)> {
        hits.lazy.filter { range.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= range.upperBound }.map { ($0, 0) }
    }

    /// The bit of `kind` in `kindBits`: tested for every keyword near a figure, where looking the
    /// kind up in a category's set would hash it as a String each time.
    private static func kindBit(_ kind: FigureKind) -> UInt64 {
        1 << kindOrder.firstIndex(of: kind)!
    }

    /// True when the category `verdict` decided holds figures of `kind` (a bit of `kindBits`);
    /// the rest holds any.
    private func holds(_ verdict: Verdict, _ kind: UInt64) -> Bool {
        switch verdict {
        case .keyword(let keyword): kindBits[keywordCategory[keyword]] & kind != 0
        case .fallback(let category, _): kindBits[category] & kind != 0
        case .other: true
        }
    }

    /// True when a figure of `kind` is a share given as a part of the figure before: 其中70%用于产业帮扶.
    private func isShare(_ kind: FigureKind, openedBy clause: Range<Int>, in sentence: ScalarText) -> Bool {
        kind == .percent && Self.partOpener.matches(at: sentence.wordStart(from: clause.lowerBound), in: sentence)
    }

    /// The keyword nearest `target` among `hits` of categories that hold `kind` (a bit of
    /// `kindBits`), each with the rank of the range it was found in. Ties go to the
    /// category listed first, then to the order of a scan range by range, keyword by keyword,
    /// left to right.
    private func nearest(_ hits: some Sequence<(Hit, Int)>, to target: Range<Int>, kind: UInt64) -> Int? {
        var best: (distance: Int, category: Int, rank: Int, keyword: Int, start: Int)?
        for (hit, rank) in hits where kindBits[keywordCategory[hit.keyword]] & kind != 0 {
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
