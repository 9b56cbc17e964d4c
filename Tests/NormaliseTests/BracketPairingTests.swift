@testable import Normalise
import Testing

/// A bracket's partner is found by a walk from it, not from a table of all pairs made in
/// advance; the walk must give the pairs a stack of opening brackets from the text's start gives.
@Suite struct BracketPairingTests {
    @Test func theWalkPairsBracketsAsAStackDoes() {
        // Every text of up to five of the four brackets and a Han character: stray, unclosed,
        // nested, full-width and ASCII brackets mixed.
        let marks: [Unicode.Scalar] = ["（", "）", "(", ")", "字"]
        var texts: [[Unicode.Scalar]] = [[]]
        var longest: [[Unicode.Scalar]] = [[]]
        for _ in 0..<5 {
            longest = longest.flatMap { text in marks.map { text + [$0] } }
            texts += longest
        }
        let wrong = texts.filter { scalars in
            let text = ScalarText(scalars: scalars)
            let expected = Self.stackPartners(scalars)
            return (-1...scalars.count).contains { text.bracketPartner(of: $0) != expected[$0] }
        }
        #expect(wrong.isEmpty, "\(wrong.count) texts differ, first \(wrong.first.map { String(String.UnicodeScalarView($0)) } ?? "")")
    }

    /// The pairs a stack of opening brackets makes, both ways.
    private static func stackPartners(_ scalars: [Unicode.Scalar]) -> [Int: Int] {
        var partners: [Int: Int] = [:]
        var open: [Int] = []
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "（", "(": open.append(offset)
            case "）", ")":
                guard let opening = open.popLast() else { continue }
                partners[opening] = offset
                partners[offset] = opening
            default: continue
            }
        }
        return partners
    }
}
