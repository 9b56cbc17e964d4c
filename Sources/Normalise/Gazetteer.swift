import Foundation

/// China's provincial- and prefecture-level divisions, with the names the press uses for them,
/// and the places abroad that news reports figures of (countries, parts of the world, cities).
///
/// The data is `Resources/gazetteer.tsv` (province, full name, short names), so places are
/// corrected by editing a table, not code. Names are matched longest first, so 海西蒙古族藏族自治州
/// wins over 海西州 and 张掖市 over 张掖. Bare short names that are ordinary words or other
/// places (中山装, 朝阳产业, 白银, 来宾, 吉林市 vs 吉林省 …) are not in the table: such cities are
/// only recognised with their suffix, and bare 吉林 and 海南 mean the provinces.
public struct Gazetteer: Sendable {
    /// One name a division goes by; a place abroad has no region.
    struct Entry: Sendable {
        let name: [Unicode.Scalar]
        let region: Region?
    }

    /// Entries sorted longest name first.
    let entries: [Entry]
    /// The entries' names, in the same order, for scanning text.
    private let names: WordList

    /// Builds a gazetteer from TSV text, `province<TAB>name<TAB>short…`, and the names of places
    /// abroad, one a line; `#` lines are comments in both.
    public init(tsv: String, abroad: String = "") {
        var entries: [Entry] = []
        // Split as an array of UTF-8 bytes: splitting the String by Character runs grapheme
        // breaking, which took 3.6 M instructions of start-up for this 12 KB table.
        let lines = Array(tsv.utf8).split { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        for line in lines where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t")).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count >= 2 else { continue }
            let region = fields[0] == fields[1] ? Region(province: fields[0]) : Region(province: fields[0], city: fields[1])
            for name in fields.dropFirst() where !name.isEmpty {
                entries.append(Entry(name: name.scalarArray, region: region))
            }
        }
        for line in abroad.split(separator: "\n") where !line.isEmpty && line.first != "#" {
            entries.append(Entry(name: Array(line.unicodeScalars), region: nil))
        }
        self.entries = entries.sorted { $0.name.count > $1.name.count }
        self.names = WordList(self.entries.map(\.name))
    }

    /// The tables shipped with the package, read once.
    public static let builtIn = Gazetteer(tsv: resource("gazetteer", "tsv"), abroad: resource("foreign-places", "txt"))

    private static func resource(_ name: String, _ type: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: type),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("\(name).\(type) is missing from the Normalise bundle")
        }
        return text
    }

    /// Every division the table knows, provinces first.
    public var regions: [Region] {
        var seen = Set<Region>()
        return entries.compactMap(\.region).filter { seen.insert($0).inserted }.sorted()
    }

    /// A place named somewhere in a text, with where the name stands.
    struct Mention: Sendable {
        let range: Range<Int>
        /// Nil for a name that stands for the whole country rather than its own place (see
        /// `NameUse`) and for a place abroad: the figures near it belong to no one province.
        let region: Region?
        /// A place outside China: it places a figure only where no place in China is nearer.
        var isAbroad = false
    }

    /// The places named in `range` of `text`, left to right, longest name at each position; a
    /// name never starts inside an earlier one.
    func mentions(in text: ScalarText, range: Range<Int>) -> [Mention] {
        var result: [Mention] = []
        var i = names.firstAnchor(in: text, among: range)
        while i < range.upperBound {
            if let entry = names.firstMatch(at: i, in: text, within: range) {
                let end = i + names.length(of: entry)
                if let mention = mention(entry, at: i..<end, in: text) { result.append(mention) }
                i = names.firstAnchor(in: text, among: end..<range.upperBound)
            } else {
                i = names.firstAnchor(in: text, among: (i + 1)..<range.upperBound)
            }
        }
        return result
    }

    /// The first of `mentions`, found without scanning on.
    func firstMention(in text: ScalarText, range: Range<Int>) -> Mention? {
        for i in names.anchorOffsets(in: text, among: range) {
            if let entry = names.firstMatch(at: i, in: text, within: range),
               let mention = mention(entry, at: i..<(i + names.length(of: entry)), in: text) {
                return mention
            }
        }
        return nil
    }

    /// The mention the name of `entry` makes at `range`, by how it is used there.
    private func mention(_ entry: Int, at range: Range<Int>, in text: ScalarText) -> Mention? {
        let isAbroad = entries[entry].region == nil
        return switch NameUse(of: range, in: text, isAbroad: isAbroad) {
        case .place: Mention(range: range, region: entries[entry].region, isAbroad: isAbroad)
        case .wholeCountry: Mention(range: range, region: nil)
        case .noPlace: nil
        }
    }

    /// The division a whole name stands for: `甘肃省`, `张掖`; nil for anything else.
    public func region(named name: String) -> Region? {
        let scalars = name.scalarArray
        return entries.first { $0.name == scalars }?.region ?? nil
    }

    /// The first place named in `text`, a city's province filled in by the table.
    public func firstRegion(in text: String) -> Region? {
        firstRegion(in: ScalarText(text))
    }

    /// The place of the first name in `text`; nil when that name stands for the whole country.
    func firstRegion(in text: ScalarText) -> Region? {
        firstMention(in: text, range: 0..<text.count)?.region
    }
}
