import Extract
import Foundation
import TestSupport
import Testing
import TongjiCore

/// The hand-annotated development set (a copy of ../shared/gold): every figure of 115 real
/// sentences, and the numbers in them that are not figures.
@Suite struct GoldSetTests {
    static func extractedByLine() throws -> [(line: Int, text: String, figures: [Figure])] {
        let extractor = FigureExtractor()
        return try Fixtures.text("seed-sentences.txt").split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { ($0.offset + 1, String($0.element), extractor.figures(in: String($0.element))) }
    }

    /// The scoring rule of ../shared/tools/score-figures: same line, same value, same unit
    /// once 名/人/位 are folded; optional gold figures may be found or not.
    @Test func developmentSetScoresAtLeast097() throws {
        let gold = try Fixtures.goldFigures()
        var truePositives = 0, falsePositives = 0, qualifiersRight = 0
        var unmatched = gold
        for (line, _, figures) in try Self.extractedByLine() {
            for figure in figures {
                let match = unmatched.firstIndex {
                    $0.line == line && abs($0.value - figure.value.doubleValue) < 1e-6
                        && Self.unitClass($0.unit) == Self.unitClass(figure.unit)
                }
                guard let match else {
                    falsePositives += 1
                    Issue.record("unexpected figure on line \(line): \(figure.span)")
                    continue
                }
                if !unmatched[match].optional {
                    truePositives += 1
                    if unmatched[match].qualifier == figure.qualifier.rawValue { qualifiersRight += 1 }
                }
                unmatched.remove(at: match)
            }
        }
        let falseNegatives = unmatched.filter { !$0.optional }.count
        for missed in unmatched where !missed.optional {
            Issue.record("missed figure on line \(missed.line): \(missed.span)")
        }
        let precision = Double(truePositives) / Double(truePositives + falsePositives)
        let recall = Double(truePositives) / Double(truePositives + falseNegatives)
        #expect(2 * precision * recall / (precision + recall) >= 0.97)
        #expect(Double(qualifiersRight) / Double(truePositives) >= 0.97)
    }

    @Test func noFigureOverlapsANotFigureSpan() throws {
        let notFigures = try Fixtures.goldNotFigures()
        let lines = try Self.extractedByLine()
        for entry in notFigures {
            let (_, text, figures) = lines[entry.line - 1]
            let scalars = Array(text.unicodeScalars)
            let span = Array(entry.span.unicodeScalars)
            for start in 0...(scalars.count - span.count) where Array(scalars[start..<start + span.count]) == span {
                for figure in figures where figure.start < start + span.count && start < figure.start + figure.length {
                    Issue.record("line \(entry.line): figure \(figure.span) covers non-figure \(entry.span)")
                }
            }
        }
    }

    private static func unitClass(_ unit: String) -> String {
        ["名", "人", "位"].contains(unit) ? "人" : unit
    }
}
