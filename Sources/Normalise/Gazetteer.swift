import Foundation

/// China's provincial- and prefecture-level divisions, with the names the press uses for them.
///
/// The data is `Resources/gazetteer.tsv` (province, full name, short names), so places are
/// corrected by editing a table, not code. Names are matched longest first, so 海西蒙古族藏族自治州
/// wins over 海西州 and 张掖市 over 张掖. Bare short names that are ordinary words or other
/// places (中山装, 朝阳产业, 白银, 来宾, 吉林市 vs 吉林省 …) are not in the table: such cities are
/// only recognised with their suffix, and bare 吉林 and 海南 mean the provinces.
public struct Gazetteer: Sendable {
    /// One name a division goes by.
    struct Entry: Sendable {
        let name: [Unicode.Scalar]
        let region: Region
    }

    /// Entries sorted longest name first.
    let entries: [Entry]
    /// The entries' names, in the same order, for scanning text.
    private let names: WordList

    /// Builds a gazetteer from TSV text: `province<TAB>name<TAB>short…`; `#` lines are comments.
    public init(tsv: String) {
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
        self.entries = entries.sorted { $0.name.count > $1.name.count }
        self.names = WordList(self.entries.map(\.name))
    }

    /// The table shipped with the package, read once.
    public static let builtIn: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("gazetteer.tsv is missing from the Normalise bundle")
        }
        return Gazetteer(tsv: text)
    }()

    /// Every division the table knows, provinces first.
    public var regions: [Region] {
        var seen = Set<Region>()
        return entries.map(\.region).filter { seen.insert($0).inserted }.sorted()
    }

    /// A place named somewhere in a text, with where the name stands.
    struct Mention: Sendable {
        let range: Range<Int>
        let region: Region
    }

    /// The places named in `range` of `text`, left to right, longest name at each position; a
    /// name never starts inside an earlier one.
    func mentions(in text: ScalarText, range: Range<Int>) -> [Mention] {
        var result: [Mention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let entry = names.firstMatch(at: i, in: text, within: range) {
                let end = i + names.length(of: entry)
                if !Self.placesNothing(text, at: i) { result.append(Mention(range: i..<end, region: entries[entry].region)) }
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The first of `mentions`, found without scanning on.
    func firstMention(in text: ScalarText, range: Range<Int>) -> Mention? {
        for i in range {
            if let entry = names.firstMatch(at: i, in: text, within: range), !Self.placesNothing(text, at: i) {
                return Mention(range: i..<(i + names.length(of: entry)), region: entries[entry].region)
            }
        }
        return nil
    }

    /// True for a name at `start` that does not say where the figures are:
    /// - 北京时间, the time zone of international reports (截至北京时间3日16时，美国确诊病例已达…);
    ///   only Beijing's, as 从怀化到张家界时间 names a place;
    /// - 新疆生产建设兵团 closing the national list of statistical reports (31个省（自治区、直辖市）
    ///   和新疆生产建设兵团, 24省份及新疆生产建设兵团): the figures are the whole country's.
    private static func placesNothing(_ text: ScalarText, at start: Int) -> Bool {
        if text.matches(beijingTime, at: start) { return true }
        guard text.matches(productionCorps, at: start), start > 0,
              listJoiners.contains(text.scalars[start - 1]) else { return false }
        return text.scalars[max(0, start - 12)..<start].contains("省")
    }

    private static let beijingTime = Array("北京时间".unicodeScalars)
    private static let productionCorps = Array("新疆生产建设兵团".unicodeScalars)
    private static let listJoiners: Set<Unicode.Scalar> = ["和", "及", "、"]

    /// The division a whole name stands for: `甘肃省`, `张掖`; nil for anything else.
    public func region(named name: String) -> Region? {
        let scalars = name.scalarArray
        return entries.first { $0.name == scalars }?.region
    }

    /// The first place named in `text`, a city's province filled in by the table.
    public func firstRegion(in text: String) -> Region? {
        firstRegion(in: ScalarText(text))
    }

    func firstRegion(in text: ScalarText) -> Region? {
        firstMention(in: text, range: 0..<text.count)?.region
    }
}
