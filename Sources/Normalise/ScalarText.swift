import TongjiCore

/// A sentence as code points, the unit figure offsets count in, with the look-ups every finder
/// of the normalise stage needs: clauses, words at a place, distances. Built once per sentence
/// and shared by all finders.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    /// Decodes the UTF-8 by hand: `Array(text.unicodeScalars)` took ~75 instructions a code point.
    init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                count = 0
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    let value: UInt32
                    if lead < 0x80 {
                        value = lead
                        i += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String holds valid UTF-8, so every value is a code point.
                    buffer[count] = Unicode.Scalar(value).unsafelyUnwrapped
                    count += 1
                }
            }
        }
    }

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var count: Int { scalars.count }

    /// The offset of the bracket paired with the one at `offset`; nil for any other code point
    /// and for a bracket without a partner. Full-width and ASCII brackets pair with each other
    /// (13省(区、市）), nested pairs inside out, as a stack of the opening brackets from the
    /// text's start pairs them. Found by a walk from the bracket to its partner, where brackets
    /// nest to depth 0: pairing every sentence's brackets in advance, most having none, cost
    /// 0.8 % of extraction.
    func bracketPartner(of offset: Int) -> Int? {
        guard scalars.indices.contains(offset) else { return nil }
        // The stack's partner: inside a pair every bracket pairs with another inside it, and a
        // closing bracket that closes nothing stands where none is open, so never inside a pair.
        let step: Int
        switch scalars[offset] {
        case "（", "(": step = 1
        case "）", ")": step = -1
        default: return nil
        }
        var depth = 0
        var index = offset
        while scalars.indices.contains(index) {
            switch scalars[index] {
            case "（", "(": depth += step
            case "）", ")": depth -= step
            default: break
            }
            if depth == 0 { return index }
            index += step
        }
        return nil
    }

    /// The clause around `range`: from after the previous clause break to before the next one.
    /// `acrossBrackets` keeps what stands in paired brackets in the clause around them, whatever
    /// its punctuation (拨付7省（区、市）2.1亿元), for the categories; the finders of places, periods
    /// and subjects keep a bracket's own clauses apart, since brackets there give the parts
    /// (新增40例（其中甘肃…）).
    func clause(around range: Range<Int>, acrossBrackets: Bool = false) -> Range<Int> {
        segment(around: range, breaks: ClausePunctuation.isClauseBreak, acrossBrackets: acrossBrackets)
    }

    /// Where the words of a clause or phrase starting at `offset` start: after any white space
    /// (，其中 and ， 其中 open alike). U+3000 is the last white space code point, so Han text never
    /// asks the property tables.
    func wordStart(from offset: Int) -> Int {
        var start = offset
        while start < count, scalars[start].value <= 0x3000, scalars[start].properties.isWhitespace { start += 1 }
        return start
    }

    /// The phrase around `range`, where only ，；：。！？ end a phrase.
    func phrase(around range: Range<Int>, acrossBrackets: Bool = false) -> Range<Int> {
        segment(around: range, breaks: ClausePunctuation.isPhraseBreak, acrossBrackets: acrossBrackets)
    }

    /// Where the phrase around `range` starts, as `phrase(around:)` finds it: without the walk to
    /// its end, for a caller that reads only how it opens.
    func phraseStart(before range: Range<Int>) -> Int {
        var lower = min(max(range.lowerBound, 0), count)
        while lower > 0, !ClausePunctuation.isPhraseBreak(scalars[lower - 1]) { lower -= 1 }
        return lower
    }

    /// Every clause of the text, in order, with what stands in paired brackets kept in the clause
    /// around them, as `clause(around:acrossBrackets: true)` finds them.
    func clausesAcrossBrackets() -> [Range<Int>] {
        segmentsAcrossBrackets(breaks: ClausePunctuation.isClauseBreak)
    }

    /// Every phrase of the text, in order, as `phrase(around:acrossBrackets: true)` finds them.
    func phrasesAcrossBrackets() -> [Range<Int>] {
        segmentsAcrossBrackets(breaks: ClausePunctuation.isPhraseBreak)
    }

    private func segmentsAcrossBrackets(breaks: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0, i = 0
        while i < count {
            if let close = bracketPartner(of: i), close > i {
                i = close + 1
                continue
            }
            if breaks(scalars[i]) {
                if i > start { result.append(start..<i) }
                start = i + 1
            }
            i += 1
        }
        if start < count { result.append(start..<count) }
        return result
    }

    /// From the break before `range` to the break after it; with `acrossBrackets`, breaks inside
    /// brackets do not count.
    private func segment(around range: Range<Int>, breaks: (Unicode.Scalar) -> Bool, acrossBrackets: Bool) -> Range<Int> {
        var lower = min(max(range.lowerBound, 0), count)
        while lower > 0 {
            if acrossBrackets, let open = bracketPartner(of: lower - 1), open < lower - 1 {
                lower = open
                continue
            }
            if breaks(scalars[lower - 1]) { break }
            lower -= 1
        }
        var upper = min(max(range.upperBound, lower), count)
        while upper < count {
            if acrossBrackets, let close = bracketPartner(of: upper), close > upper {
                upper = close + 1
                continue
            }
            if breaks(scalars[upper]) { break }
            upper += 1
        }
        return lower..<upper
    }

    /// True when `word` stands at `offset`.
    func matches(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= count else { return false }
        for (i, scalar) in word.enumerated() where scalars[offset + i] != scalar { return false }
        return true
    }

    /// The text of `range` (see `String(encoding:)`).
    func string(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        guard !range.isEmpty else { return "" }
        return scalars.withUnsafeBufferPointer { String(encoding: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Code points between a word at `wordRange` and a figure at `figureRange`; 0 when they touch or overlap.
    static func distance(_ wordRange: Range<Int>, _ figureRange: Range<Int>) -> Int {
        if wordRange.upperBound <= figureRange.lowerBound { return figureRange.lowerBound - wordRange.upperBound }
        if wordRange.lowerBound >= figureRange.upperBound { return wordRange.lowerBound - figureRange.upperBound }
        return 0
    }

    /// True for a Han character (CJK unified ideographs and extension A).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}

extension String {
    /// The code points of the string, the form keywords are matched in.
    var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}
