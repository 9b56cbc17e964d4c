@testable import Aggregate
import Testing
import TongjiCore

/// How qualifiers bound a sum: exact 1406.46万元, over 1464万余元, nearly 近5万名, and ranges.
@Suite struct SumBoundTests {
    @Test func lowerBoundsMakeALowerBoundAndApproximationWins() {
        #expect(SumBound.exact.adding(.exact, isRange: false) == .exact)
        #expect(SumBound.exact.adding(.over, isRange: false) == .atLeast)
        #expect(SumBound.exact.adding(.exact, isRange: true) == .atLeast, "ranges are summed at their lower bound")
        #expect(SumBound.atLeast.adding(.nearly, isRange: false) == .approximately)
        #expect(SumBound.approximately.adding(.over, isRange: false) == .approximately)
    }
}
