import TongjiCore

/// Finds organisation names such as 甘肃省总工会, 中国海员建设工会, 浙江省委组织部.
///
/// A name ends in an organisation word (总工会, 工会, 组织部, 公司 …) and starts with a place or
/// with 中国/全国: 各级工会 and 基层工会 are no names. 省总工会 and 市总工会 get the article's
/// place in front. The name nearest before the figure wins.
struct OrganisationFinder: Sendable {
    let gazetteer: Gazetteer

    static let suffixes: [[Unicode.Scalar]] = [
        "总工会", "工会", "委员会", "组织部", "宣传部", "公司", "集团", "协会", "研究院", "出版社", "管理局",
        "人社厅", "党委", "政府", "联合会",
    ].map(\.scalarArray)
    static let nationalPrefixes: [[Unicode.Scalar]] = ["中华全国", "中国", "全国"].map(\.scalarArray)
    static let localPrefixes: [Unicode.Scalar: Bool] = ["省": true, "市": false]
    /// Characters a name never spans: they join or govern names rather than belong to them.
    static let stops: Set<Unicode.Scalar> = Set("在由和与及对是的了把向从为被同和跟".unicodeScalars)
    static let maximumLength = 18

    /// Organisations named in `text` before `limit`, as (end offset, name), left to right.
    func organisations(in text: ScalarText, before limit: Int, articleRegion: Region?) -> [(end: Int, name: String)] {
        var result: [(end: Int, name: String)] = []
        for end in stride(from: 1, through: min(limit, text.count), by: 1) {
            guard let suffix = Self.suffixes.first(where: { text.matches($0, at: end - $0.count) }) else { continue }
            var start = end - suffix.count
            // 威海工会推动工会业务: a name never runs back into the name before it.
            while start > 0, end - start < Self.maximumLength, ScalarText.isHan(text.scalars[start - 1]),
                  !Self.stops.contains(text.scalars[start - 1]),
                  !Self.suffixes.contains(where: { text.matches($0, at: start - $0.count) }) {
                start -= 1
            }
            if let name = name(in: text, range: start..<end, suffixLength: suffix.count, articleRegion: articleRegion) {
                result.append((end, name))
            }
        }
        return result
    }

    /// The name inside `range`: from the first place or national prefix on, or nil when there is none.
    private func name(in text: ScalarText, range: Range<Int>, suffixLength: Int, articleRegion: Region?) -> String? {
        let head = range.lowerBound..<(range.upperBound - suffixLength)
        if let place = gazetteer.mentions(in: text, range: head).first {
            return text.string(place.range.lowerBound..<range.upperBound)
        }
        for start in head {
            if Self.nationalPrefixes.contains(where: { text.matches($0, at: start) }) {
                return text.string(start..<range.upperBound)
            }
        }
        // 省总工会, 市总工会: the article's own province or city.
        if let provinceOnly = Self.localPrefixes[text.scalars[head.lowerBound]], head.count <= 1, let articleRegion,
           provinceOnly || !articleRegion.city.isEmpty {
            let place = provinceOnly ? articleRegion.province : articleRegion.city
            return place + text.string((head.lowerBound + 1)..<range.upperBound)
        }
        return nil
    }

    func organisation(of figure: Figure, in text: ScalarText, articleRegion: Region?) -> String? {
        organisations(in: text, before: figure.range.lowerBound, articleRegion: articleRegion).last?.name
    }
}
