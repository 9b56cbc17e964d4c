import TongjiCore

/// Finds organisation names such as 甘肃省总工会, 中国海员建设工会, 浙江省委组织部.
///
/// A name ends in an organisation word (总工会, 工会, 组织部, 公司 …) and starts with a place or
/// with 中国/全国: 各级工会 and 基层工会 are no names. 省总工会 and 市总工会 get the article's
/// place in front. The name nearest before the figure wins.
struct OrganisationFinder: Sendable {
    let gazetteer: Gazetteer

    static let suffixes = WordList([
        "总工会", "工会", "委员会", "组织部", "宣传部", "公司", "集团", "协会", "研究院", "出版社", "管理局",
        "人社厅", "党委", "政府", "联合会",
    ], anchor: .last)
    static let nationalPrefixes = WordList(["中华全国", "中国", "全国"])
    /// Characters a name never spans: they join or govern names rather than belong to them.
    static let stops = ScalarTable(members: "在由和与及对是的了把向从为被同和跟".unicodeScalars)
    static let maximumLength = 18

    /// An organisation named in a sentence. Its text is built only for the names figures take.
    struct Name: Sendable {
        /// Where the name ends, after its organisation word.
        let end: Int
        /// The code points of the name; for 省总工会, those after 省.
        let range: Range<Int>
        /// The article's province or city standing for 省 or 市, else empty.
        let place: String
    }

    /// Every organisation named in `text`, left to right by where it ends.
    func organisations(in text: ScalarText, articleRegion: Region?) -> [Name] {
        var result: [Name] = []
        let suffixes = Self.suffixes
        // A suffix is anchored at its last code point, the one before `end`.
        for last in suffixes.anchorOffsets(in: text, among: 0..<text.count) {
            let end = last + 1
            guard let suffix = suffixes.firstMatch(at: end, in: text) else { continue }
            let suffixLength = suffixes.length(of: suffix)
            var start = end - suffixLength
            // 威海工会推动工会业务: a name never runs back into the name before it.
            while start > 0, end - start < Self.maximumLength, ScalarText.isHan(text.scalars[start - 1]),
                  !Self.stops.contains(text.scalars[start - 1]),
                  !suffixes.matches(at: start, in: text) {
                start -= 1
            }
            if let name = name(in: text, range: start..<end, suffixLength: suffixLength, articleRegion: articleRegion) {
                result.append(name)
            }
        }
        return result
    }

    /// The name inside `range`: from the first place or national prefix on, or nil when there is none.
    private func name(in text: ScalarText, range: Range<Int>, suffixLength: Int, articleRegion: Region?) -> Name? {
        let head = range.lowerBound..<(range.upperBound - suffixLength)
        if let place = gazetteer.firstMention(in: text, range: head) {
            return Name(end: range.upperBound, range: place.range.lowerBound..<range.upperBound, place: "")
        }
        for start in head where Self.nationalPrefixes.matches(at: start, in: text) {
            return Name(end: range.upperBound, range: start..<range.upperBound, place: "")
        }
        // 省总工会, 市总工会: the article's own province or city.
        if head.count <= 1, let articleRegion {
            switch text.scalars[head.lowerBound] {
            case "省": return Name(end: range.upperBound, range: (head.lowerBound + 1)..<range.upperBound, place: articleRegion.province)
            case "市" where !articleRegion.city.isEmpty:
                return Name(end: range.upperBound, range: (head.lowerBound + 1)..<range.upperBound, place: articleRegion.city)
            default: break
            }
        }
        return nil
    }

    func text(of name: Name, in text: ScalarText) -> String { name.place + text.string(name.range) }

    /// The organisation named nearest before the figure at `figure`, from the `names` of its sentence.
    func organisation(of figure: Range<Int>, among names: [Name], in text: ScalarText) -> String? {
        names.last { $0.end <= figure.lowerBound }.map { self.text(of: $0, in: text) }
    }
}
