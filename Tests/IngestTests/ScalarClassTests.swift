@testable import Ingest
import Testing
import TongjiCore

/// The class table is laid out from a stored list of runs, not from Unicode properties at
/// start-up; they must agree.
@Suite struct ScalarClassTests {
    @Test func propertyRunsGiveTheClassesOfUnicodeProperties() {
        let table = ScalarClass.table
        // Code points this Swift's Unicode version does not assign yet (an older Swift) keep the
        // classes of the version the runs were made with.
        let wrong = (UInt32(0)..<0x10000).compactMap(Unicode.Scalar.init).filter { scalar in
            // Punctuation marks carry classes of their own besides these.
            scalar.properties.age != nil
                && table[scalar].intersection([.whitespace, .word]) != ScalarClass.propertyClasses(scalar)
        }
        #expect(wrong.isEmpty, "\(wrong.count) code points differ, first U+\(String(wrong.first?.value ?? 0, radix: 16, uppercase: true)); the runs for this Unicode version:\n\(Self.runsFromProperties())")
    }

    @Test func runsStartAtZeroAscendAndCarryOnlyPropertyClasses() {
        let starts = ScalarClass.propertyRuns.map { $0 >> 4 }
        #expect(starts.first == 0)
        #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
        let propertyClasses = ScalarClass([.whitespace, .word]).rawValue
        #expect(ScalarClass.propertyRuns.allSatisfy { UInt16($0 & 0xF) & ~propertyClasses == 0 })
    }

    @Test func tableGivesTheUTF8WidthOfEveryCodePoint() {
        let table = ScalarClass.table
        let wrong = (UInt32(0)..<0x11000).compactMap(Unicode.Scalar.init).filter { scalar in
            table.classesAndWidth(scalar) != (table[scalar], String(scalar).utf8.count)
        }
        #expect(wrong.isEmpty)
    }

    /// Reprint fingerprints take U+4000–U+9FFF without a class look-up: no code point there may
    /// be left out of a key or end a clause.
    @Test func ideographsAreNeverLeftOutOfFingerprintsNorEndAClause() {
        let table = ScalarClass.table
        let marked = (UInt32(0x4000)...0x9FFF).compactMap(Unicode.Scalar.init).filter { scalar in
            !table[scalar].isDisjoint(with: ScalarClass.ignoredInKeys.union(.clauseBoundary))
        }
        #expect(marked.isEmpty)
    }

    /// Clause punctuation has one definition for all stages: the set, the switch the later stages
    /// ask, and the class ingest's fingerprints read from the table must name the same marks.
    @Test func clauseBreaksAgreeEverywhere() {
        let table = ScalarClass.table
        let disagreeing = (UInt32(0)..<0x10000).compactMap(Unicode.Scalar.init).filter { scalar in
            let inSet = ClausePunctuation.clauseBreaks.contains(scalar)
            return ClausePunctuation.isClauseBreak(scalar) != inSet || table[scalar].contains(.clauseBoundary) != inSet
                || ClausePunctuation.isPhraseBreak(scalar) != (inSet && scalar != "、")
        }
        #expect(disagreeing.isEmpty, "differ: \(disagreeing.prefix(5).map { "U+\(String($0.value, radix: 16, uppercase: true))" })")
        #expect(ClausePunctuation.clauseBreaks.count == 12)
    }

    /// The splitter pairs quotes and brackets by a switch; it must give the closers of the pairs'
    /// dictionaries, and none for any other code point.
    @Test func closersAgreeWithThePairs() {
        let pairs = Punctuation.quotePairs.merging(Punctuation.bracketPairs) { first, _ in first }
        let disagreeing = (UInt32(0)..<0x10000).compactMap(Unicode.Scalar.init).filter { scalar in
            Punctuation.closer(of: scalar) != pairs[scalar]
        }
        #expect(disagreeing.isEmpty, "differ: \(disagreeing.prefix(5).map { "U+\(String($0.value, radix: 16, uppercase: true))" })")
    }

    /// `ScalarClass.propertyRuns` as Swift source, computed from the properties.
    private static func runsFromProperties() -> String {
        var runs: [String] = []
        var previous: ScalarClass?
        for value in UInt32(0)..<0x10000 {
            let classes = Unicode.Scalar(value).map(ScalarClass.propertyClasses) ?? []
            guard classes != previous else { continue }
            let start = String(value, radix: 16, uppercase: true)
            runs.append("0x\(String(repeating: "0", count: 4 - start.count))\(start)_\(classes.rawValue)")
            previous = classes
        }
        return stride(from: 0, to: runs.count, by: 10)
            .map { "        " + runs[$0..<min($0 + 10, runs.count)].joined(separator: ", ") + "," }
            .joined(separator: "\n")
    }
}
