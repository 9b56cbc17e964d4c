import TongjiCore

/// The character classes that ingest asks about for every code point, as bit flags.
///
/// A table look-up: Unicode property queries (`isWhitespace`, `isAlphabetic`) and `Set`
/// look-ups per code point cost over a third of ingest time. The table covers the BMP, where
/// all of Chinese news text lives; code points above it are classified on the fly.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt16

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    static let whitespace = ScalarClass(rawValue: 1 << 0)
    /// A letter, digit or ideograph: not punctuation, space or a symbol.
    static let word = ScalarClass(rawValue: 1 << 1)
    static let closer = ScalarClass(rawValue: 1 << 2)
    static let sentenceEnd = ScalarClass(rawValue: 1 << 3)
    static let semicolon = ScalarClass(rawValue: 1 << 4)
    static let clauseMark = ScalarClass(rawValue: 1 << 5)
    static let clauseBoundary = ScalarClass(rawValue: 1 << 6)
    static let quoteOpener = ScalarClass(rawValue: 1 << 7)
    static let bracketOpener = ScalarClass(rawValue: 1 << 8)

    /// Marks that reprints often add, drop or change, so duplicate keys skip them.
    static let opener: ScalarClass = [.quoteOpener, .bracketOpener]

    static let ignoredInKeys: ScalarClass = [.whitespace, .closer, .quoteOpener]

    /// The classes of `scalar`.
    init(_ scalar: Unicode.Scalar) {
        self = Self.table[scalar]
    }

    /// The classes of every BMP code point, built once. Loops over many code points copy it
    /// into a local first: every read of a `static let` pays a `swift_once` call.
    static let table = Table()

    /// The table behind `ScalarClass(_:)`: the classes from Unicode properties, laid out from
    /// `propertyRuns`, then the few punctuation marks from their sets. Built once and never
    /// freed, so a plain pointer.
    struct Table: @unchecked Sendable {
        private let classes: UnsafeMutablePointer<UInt16>

        fileprivate init() {
            classes = .allocate(capacity: 0x10000)
            let runs = ScalarClass.propertyRuns
            for (index, run) in runs.enumerated() {
                let start = Int(run >> 4)
                let end = index + 1 < runs.count ? Int(runs[index + 1] >> 4) : 0x10000
                classes.advanced(by: start).initialize(repeating: UInt16(run & 0xF), count: end - start)
            }
            let marks = Punctuation.closers.union(Punctuation.sentenceEnds).union(Punctuation.semicolons)
                .union(Punctuation.clauseMarks)
                .union(ClausePunctuation.clauseBreaks).union(Punctuation.quotePairs.keys).union(Punctuation.bracketPairs.keys)
            for mark in marks { classes[Int(mark.value)] = ScalarClass.computed(mark).rawValue }
            for value in 0..<0x10000 { classes[value] |= (value < 0x80 ? 0 : value < 0x800 ? 1 : 2) << Self.widthShift }
        }

        /// Entries keep the UTF-8 width (less one) above the classes: the loops that need it
        /// read it with the classes, instead of comparing the code point three more times.
        private static let widthShift: UInt16 = 14
        private static let classMask: UInt16 = 1 << widthShift - 1

        subscript(scalar: Unicode.Scalar) -> ScalarClass {
            scalar.value < 0x10000 ? ScalarClass(rawValue: classes[Int(scalar.value)] & Self.classMask) : ScalarClass.computed(scalar)
        }

        /// The classes of `scalar` and the number of bytes it takes in UTF-8.
        @inline(__always)
        func classesAndWidth(_ scalar: Unicode.Scalar) -> (classes: ScalarClass, utf8Width: Int) {
            guard scalar.value < 0x10000 else { return (ScalarClass.computed(scalar), 4) }
            let entry = classes[Int(scalar.value)]
            return (ScalarClass(rawValue: entry & Self.classMask), Int(entry >> Self.widthShift) &+ 1)
        }
    }

    static func propertyClasses(_ scalar: Unicode.Scalar) -> ScalarClass {
        var result: ScalarClass = []
        let properties = scalar.properties
        if properties.isWhitespace { result.insert(.whitespace) }
        if properties.isAlphabetic || properties.numericType != nil { result.insert(.word) }
        return result
    }

    private static func computed(_ scalar: Unicode.Scalar) -> ScalarClass {
        var result = propertyClasses(scalar)
        if Punctuation.closers.contains(scalar) { result.insert(.closer) }
        if Punctuation.sentenceEnds.contains(scalar) { result.insert(.sentenceEnd) }
        if Punctuation.semicolons.contains(scalar) { result.insert(.semicolon) }
        if Punctuation.clauseMarks.contains(scalar) { result.insert(.clauseMark) }
        if ClausePunctuation.isClauseBreak(scalar) { result.insert(.clauseBoundary) }
        if Punctuation.quotePairs[scalar] != nil { result.insert(.quoteOpener) }
        if Punctuation.bracketPairs[scalar] != nil { result.insert(.bracketOpener) }
        return result
    }
}
