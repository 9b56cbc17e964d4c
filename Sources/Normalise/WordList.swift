/// A fixed list of words, found at a place of a text by trying only the words that can stand
/// there: those starting (or, anchored at their end, ending) with the code point at that place.
/// The finders ask this at every code point of a sentence; looping over every word was most of
/// the normalise stage.
struct WordList: Sendable {
    /// Which end of a word is looked up: its first code point, or its last.
    enum Anchor: Sendable {
        case first, last
    }

    let anchor: Anchor
    /// The words, one after another: word `i` is `scalars[bounds[i]]`. Flat, so a look-up
    /// touches no nested array (nor its reference count).
    private let scalars: [Unicode.Scalar]
    private let bounds: [Range<Int>]
    /// Word indices grouped by their anchor code point, in list order within a group.
    private let grouped: [Int]
    /// Anchor code point → index of its group in `groups`.
    private let groupOf: ScalarTable
    /// Each group's range in `grouped`.
    private let groups: [Range<Int>]
    /// The code points that anchor a word: one load and a test reject most code points of a
    /// sentence before the hash look-up.
    private let anchors: ScalarBitmap
    /// The same for code points that are a whole word of the list on their own.
    private let singles: ScalarBitmap
    /// A bit for each hash of a word's two code points at its anchored end (a Bloom filter): a
    /// common character such as 中 anchors dozens of place names, but few follow it with the
    /// right second character.
    private let pairBits: [UInt64]

    init(_ words: [[Unicode.Scalar]], anchor: Anchor = .first) {
        self.anchor = anchor
        var scalars: [Unicode.Scalar] = []
        var bounds: [Range<Int>] = []
        for word in words {
            bounds.append(scalars.count..<(scalars.count + word.count))
            scalars.append(contentsOf: word)
        }
        var members: [Unicode.Scalar: [Int]] = [:]
        var order: [Unicode.Scalar] = []
        for (index, word) in words.enumerated() where !word.isEmpty {
            let key = anchor == .first ? word[0] : word[word.count - 1]
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        var grouped: [Int] = []
        var groups: [Range<Int>] = []
        for key in order {
            groups.append(grouped.count..<(grouped.count + members[key]!.count))
            grouped.append(contentsOf: members[key]!)
        }
        self.scalars = scalars
        self.bounds = bounds
        self.grouped = grouped
        self.groups = groups
        self.groupOf = ScalarTable(order.enumerated().map { ($1, $0) })
        var anchors = ScalarBitmap()
        var singles = ScalarBitmap()
        var pairBits = [UInt64](repeating: 0, count: (1 << Self.pairHashBits) / 64)
        for word in words where !word.isEmpty {
            let key = anchor == .first ? word[0] : word[word.count - 1]
            anchors.insert(key)
            if word.count == 1 {
                singles.insert(key)
            } else {
                let next = anchor == .first ? word[1] : word[word.count - 2]
                Self.set(Self.pairHash(key, next), in: &pairBits)
            }
        }
        self.anchors = anchors
        self.singles = singles
        self.pairBits = pairBits
    }

    private static let pairHashBits = 16

    private static func pairHash(_ anchor: Unicode.Scalar, _ next: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (anchor.value &* 0x9E37_79B1 ^ next.value &* 0x85EB_CA77) >> (32 - UInt32(pairHashBits)))
    }

    private static func set(_ bit: Int, in bits: inout [UInt64]) {
        if bit < bits.count * 64 { bits[bit >> 6] |= 1 << (bit & 63) }
    }

    @inline(__always)
    private static func test(_ bit: Int, in bits: [UInt64]) -> Bool {
        bits[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// False when no word can be anchored at `anchorOffset` within `limits`; true when one may.
    /// Code points beyond the Basic Multilingual Plane are always looked up.
    @inline(__always)
    private func mayAnchor(at anchorOffset: Int, in text: ScalarText, within limits: Range<Int>) -> Bool {
        let scalar = text.scalars[anchorOffset]
        guard scalar.value < 0x10000 else { return true }
        guard anchors.mayContain(scalar) else { return false }
        if singles.mayContain(scalar) { return true }
        let nextOffset = anchor == .first ? anchorOffset + 1 : anchorOffset - 1
        guard nextOffset >= limits.lowerBound, nextOffset < limits.upperBound else { return false }
        return Self.test(Self.pairHash(scalar, text.scalars[nextOffset]), in: pairBits)
    }

    /// The first offset of `offsets` whose code point anchors a word (its first code point, or
    /// with anchor `.last` its last), else `offsets.upperBound`. One bit test a code point in a
    /// loop of its own: the finders scan whole sentences for the few places a word may stand,
    /// and asking `firstMatch` at every offset cost ~30 instructions a code point.
    func firstAnchor(in text: ScalarText, among offsets: Range<Int>) -> Int {
        anchors.firstMember(in: text.scalars, among: offsets)
    }

    /// Every offset of `offsets` whose code point anchors a word, in order (see `firstAnchor`).
    func anchorOffsets(in text: ScalarText, among offsets: Range<Int>) -> ScalarBitmap.Members {
        anchors.members(in: text.scalars, among: offsets)
    }

    init(_ words: [String], anchor: Anchor = .first) {
        self.init(words.map(\.scalarArray), anchor: anchor)
    }

    func length(of word: Int) -> Int { bounds[word].count }

    /// Calls `body` with each word that starts (anchor `.first`) or ends (`.last`) at `offset`
    /// of `text` and lies within `limits`, in list order, until it returns false.
    @inline(__always)
    func forEachMatch(at offset: Int, in text: ScalarText, within limits: Range<Int>, _ body: (Int) -> Bool) {
        let anchorOffset = anchor == .first ? offset : offset - 1
        guard anchorOffset >= limits.lowerBound, anchorOffset < limits.upperBound,
              mayAnchor(at: anchorOffset, in: text, within: limits), let group = groupOf[text.scalars[anchorOffset]] else { return }
        for word in grouped[groups[group]] where matches(word, at: offset, in: text, within: limits) {
            if !body(word) { return }
        }
    }

    /// The first word of the list that starts (or ends) at `offset` within `limits`.
    @inline(__always)
    func firstMatch(at offset: Int, in text: ScalarText, within limits: Range<Int>) -> Int? {
        let anchorOffset = anchor == .first ? offset : offset - 1
        guard anchorOffset >= limits.lowerBound, anchorOffset < limits.upperBound,
              mayAnchor(at: anchorOffset, in: text, within: limits), let group = groupOf[text.scalars[anchorOffset]] else { return nil }
        return grouped[groups[group]].first { matches($0, at: offset, in: text, within: limits) }
    }

    @inline(__always)
    private func matches(_ word: Int, at offset: Int, in text: ScalarText, within limits: Range<Int>) -> Bool {
        let range = bounds[word]
        let start = anchor == .first ? offset : offset - range.count
        guard start >= limits.lowerBound, start + range.count <= limits.upperBound else { return false }
        for i in 0..<range.count where text.scalars[start + i] != scalars[range.lowerBound + i] { return false }
        return true
    }

    /// The first word of the list that starts (or ends) at `offset` anywhere in `text`.
    @inline(__always)
    func firstMatch(at offset: Int, in text: ScalarText) -> Int? {
        firstMatch(at: offset, in: text, within: 0..<text.count)
    }

    /// True when some word of the list starts (or ends) at `offset` of `text`.
    @inline(__always)
    func matches(at offset: Int, in text: ScalarText) -> Bool {
        firstMatch(at: offset, in: text) != nil
    }

    /// True when some word of the list starts (or, anchored at its end, ends) at an offset of
    /// `offsets` in `text`.
    func occurs(in text: ScalarText, at offsets: Range<Int>) -> Bool {
        let anchorOffsets = anchor == .first ? offsets : (offsets.lowerBound - 1)..<(offsets.upperBound - 1)
        return self.anchorOffsets(in: text, among: anchorOffsets).contains { anchorOffset in
            matches(at: anchor == .first ? anchorOffset : anchorOffset + 1, in: text)
        }
    }
}
