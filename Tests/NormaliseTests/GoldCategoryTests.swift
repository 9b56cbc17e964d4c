import Extract
import Foundation
import Normalise
import TestSupport
import Testing
import TongjiCore

/// Category accuracy on the development set: each gold sentence is extracted and normalised on
/// its own (no title, no neighbours), and each found figure that matches a gold figure (same
/// line, value and unit class, as ../shared/tools/score-figures matches) must get one of the
/// categories the annotators accepted.
@Suite struct GoldCategoryTests {
    static func unitClass(_ unit: String) -> String { ["名", "人", "位"].contains(unit) ? "人" : unit }

    @Test func categoryAccuracyIsAtLeast090() throws {
        let gold = try Fixtures.goldFigures()
        let normaliser = Normaliser(categories: UnionNews.categories)
        var unmatched = gold, right = 0, scored = 0
        var errors: [String] = []
        for (index, sentence) in try Fixtures.goldSentences().enumerated() {
            let figures = FigureExtractor().figures(in: sentence)
            let meanings = normaliser.meanings(of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
            for (figure, meaning) in zip(figures, meanings) {
                guard let match = unmatched.firstIndex(where: {
                    $0.line == index + 1 && abs($0.value - figure.value.doubleValue) < 1e-6
                        && Self.unitClass($0.unit) == Self.unitClass(figure.unit)
                }) else { continue }
                let expected = unmatched.remove(at: match)
                scored += 1
                if expected.category.contains(meaning.category) {
                    right += 1
                } else {
                    errors.append("line \(index + 1) \(figure.span): \(meaning.category) (\(meaning.categoryReason)), want \(expected.category)")
                }
            }
        }
        let accuracy = Double(right) / Double(max(scored, 1))
        print("category accuracy \(right)/\(scored) = \(accuracy)\n" + errors.joined(separator: "\n"))
        #expect(scored >= 70, "most gold figures should be found by the extractor")
        #expect(accuracy >= 0.90, "\(errors.joined(separator: "; "))")
    }
}
