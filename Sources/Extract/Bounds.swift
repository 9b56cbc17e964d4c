import TongjiCore

/// A number that may be vague: 三四十 is 30…40, 十几 is 11…19. Exact numbers have `low == high`.
struct Bounds: Equatable {
    var low: ExactDecimal
    var high: ExactDecimal

    init(_ low: ExactDecimal, _ high: ExactDecimal) {
        self.low = low
        self.high = high
    }

    init(exactly value: ExactDecimal) { self.init(value, value) }

    static let zero = Bounds(exactly: .zero)

    var isExact: Bool { low == high }

    func adding(_ other: Bounds) -> Bounds? {
        // Most parts of a numeral are still zero (no 亿, no 万 section): the sum is known
        // without calling into ExactDecimal, which the compiler cannot inline across modules.
        if other.low.significand == 0 && other.high.significand == 0 { return self }
        if low.significand == 0 && high.significand == 0 { return other }
        guard let l = low.adding(other.low), let h = high.adding(other.high) else { return nil }
        return Bounds(l, h)
    }

    func scaled(byPowerOfTen power: Int) -> Bounds {
        Bounds(low.scaled(byPowerOfTen: power), high.scaled(byPowerOfTen: power))
    }
}
