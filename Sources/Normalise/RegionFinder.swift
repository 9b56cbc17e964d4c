import TongjiCore

/// Finds the place a figure belongs to: a place named in its clause, else the one named nearest
/// before it in its sentence (then after it), else the article's place.
///
/// A place in China named in the clause or sentence wins over one abroad; with none, a place
/// abroad places the figure nowhere. Places listed together across provinces (河北和江苏, 安徽、江苏、
/// 浙江, 郑州到徐州) stand for none of them. 全省, 全市, 该市, 本市, 自治区 … stand for the article's
/// place; 全省 and 该省 keep only its province.
struct RegionFinder: Sendable {
    let gazetteer: Gazetteer

    /// Words that refer back to the article's place, and whether they mean its province only.
    static let references: [(word: String, provinceOnly: Bool)] = [
        ("全省", true), ("该省", true), ("本省", true), ("我省", true), ("全区", true), ("自治区", true),
        ("全市", false), ("该市", false), ("本市", false), ("我市", false), ("全州", false), ("该州", false),
    ]
    static let referenceWords = WordList(references.map(\.word))

    /// Every place named in the sentence, references to the article's place included, in order;
    /// found once per sentence, then shared by all its figures. Places listed across provinces
    /// stand for none of them.
    func mentions(in text: ScalarText, articleRegion: Region?) -> [Gazetteer.Mention] {
        var mentions = gazetteer.mentions(in: text, range: 0..<text.count)
        // Unresolvable without the article's place: then the words are not counted as mentions.
        if let articleRegion {
            var references: [(reference: Int, start: Int)] = []
            let referenceWords = Self.referenceWords
            for start in referenceWords.anchorOffsets(in: text, among: 0..<text.count) {
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
            mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        Self.unplaceListsAcrossProvinces(&mentions, in: text)
        return mentions
    }

    /// The place of the figure at `figure`, whose clause is `clause`, from the `mentions` of its
    /// sentence (nil inside when that places it nowhere); nil when the sentence names none, and
    /// the place of the paragraph or the article is the figure's.
    func region(of figure: Range<Int>, in text: ScalarText, clause: Range<Int>, mentions: [Gazetteer.Mention]) -> Region?? {
        if let place = Self.place(of: figure, among: mentions, within: clause) { return place }
        // 让全球70亿人同时通话: the world in the figure's own clause, with no place named there.
        if Self.world.anchorOffsets(in: text, among: clause).contains(where: { Self.namesTheWorld(at: $0, in: text) }) {
            return .some(nil)
        }
        return Self.place(of: figure, among: mentions, within: 0..<text.count)
    }

    /// The whole world, which places a figure nowhere when its own clause names it; not as a
    /// place of the sentence, nor in a rank (全球首创, 全球领先, 全球第一大港 are said of places in China).
    private static let world = WordList(["全球", "全世界", "世界各地", "世界各国"])
    private static let ranks: Set<Unicode.Scalar> = ["首", "领", "第", "最", "顶"]

    private static func namesTheWorld(at offset: Int, in text: ScalarText) -> Bool {
        guard let word = world.firstMatch(at: offset, in: text) else { return false }
        let end = offset + world.length(of: word)
        return end >= text.count || !ranks.contains(text.scalars[end])
    }

    /// The place of the figure at `figure` from the mentions within `scope`: the nearest in
    /// China, else none when a place abroad is named; nil when `scope` names no place.
    private static func place(of figure: Range<Int>, among mentions: [Gazetteer.Mention], within scope: Range<Int>) -> Region?? {
        if let found = nearestMention(among: mentions, range: \.range, to: figure,
                                      where: { !$0.isAbroad && scope.contains($0.range.lowerBound) }) {
            return .some(mentions[found].region)
        }
        return mentions.contains(where: { $0.isAbroad && scope.contains($0.range.lowerBound) }) ? .some(nil) : nil
    }

    /// The place a sentence leaves its paragraph with, for the sentences after it that name
    /// none: its last place named (nil inside when that places nothing); nil when it names none.
    func lastPlace(among mentions: [Gazetteer.Mention]) -> Region?? {
        guard let last = mentions.last else { return nil }
        return .some(last.region)
    }

    /// What joins places into a list or a route: 河北和江苏, 安徽、江苏, 北京到张家口; 与 and 同 only
    /// between places in China (黑龙江省与广东省), as they also join a place to the party met
    /// there (在北京同西班牙国王举行会谈).
    private static let listJoiners: Set<Unicode.Scalar> = ["、", "和", "及", "到", "至", "—", "-"]
    private static let domesticJoiners: Set<Unicode.Scalar> = ["与", "同"]

    /// Takes the place from each name of a list that spans provinces (`mentions` in order).
    private static func unplaceListsAcrossProvinces(_ mentions: inout [Gazetteer.Mention], in text: ScalarText) {
        var first = 0
        while first < mentions.count {
            var last = first
            while last + 1 < mentions.count, case let gap = mentions[last].range.upperBound,
                  mentions[last + 1].range.lowerBound - gap == 1, case let joiner = text.scalars[gap],
                  listJoiners.contains(joiner)
                    || domesticJoiners.contains(joiner) && !mentions[last].isAbroad && !mentions[last + 1].isAbroad {
                last += 1
            }
            if last > first, Set(mentions[first...last].map { $0.region?.province }).count > 1 {
                for index in first...last {
                    mentions[index] = Gazetteer.Mention(range: mentions[index].range, region: nil, isAbroad: mentions[index].isAbroad)
                }
            }
            first = last + 1
        }
    }
}
