/// An exact decimal number, `significand × 10^exponent`.
///
/// Figures in news text are decimals ("1406.46万元"); binary floating point would turn
/// 1406.46 × 10⁴ into 14064599.999…, so values are kept as a decimal significand and a power
/// of ten. Magnitudes (万, 亿, 万亿) only move the exponent, so they never overflow.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits, with the sign; trailing zeros are folded into `exponent`.
    public let significand: Int64
    /// The power of ten the significand is scaled by.
    public let exponent: Int

    /// Creates `significand × 10^exponent`, normalised so equal values compare and hash equal.
    public init(significand: Int64, exponent: Int = 0) {
        var s = significand, e = exponent
        if s == 0 { e = 0 }
        while s != 0, s % 10 == 0 { s /= 10; e += 1 }
        self.significand = s
        self.exponent = e
    }

    /// A whole number.
    public init(_ value: Int) { self.init(significand: Int64(value)) }

    public static let zero = ExactDecimal(significand: 0)

    /// The same magnitude with the opposite sign.
    public var negated: ExactDecimal { ExactDecimal(significand: -significand, exponent: exponent) }

    /// Parses plain decimal text such as `14064600`, `-2.5` or `0.005`; nil for anything else.
    public init?(_ text: String) {
        var text = text
        // The bytes in place: iterating `String.UTF8View` checks every index.
        guard let (significand, exponent) = text.withUTF8(Self.parse) else { return nil }
        self.init(significand: significand, exponent: exponent)
    }

    /// Zeros are held back until a digit other than 0 follows, and the ones left at the end go
    /// into the exponent: the text of any value `description` writes reads back, 3 × 10²⁰
    /// included, whose 21 digits would not fit the significand one by one.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int64, Int)? {
        var digits: Int64 = 0, exponent = 0, zeros = 0, negative = false, seenPoint = false, seenDigit = false
        for (i, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                if seenPoint { exponent -= 1 }
                guard byte != UInt8(ascii: "0") else {
                    zeros += 1
                    continue
                }
                for _ in 0...zeros {
                    let (shifted, overflow) = digits.multipliedReportingOverflow(by: 10)
                    if overflow { return nil }
                    digits = shifted
                }
                zeros = 0
                digits += Int64(byte - UInt8(ascii: "0"))
            default: return nil
            }
        }
        guard seenDigit else { return nil }
        return (negative ? -digits : digits, exponent + zeros)
    }

    /// This value times `10^power`.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// The sum, or nil when the aligned significands do not fit in 64 bits.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        if significand == 0 { return other }
        if other.significand == 0 { return self }
        let low = min(exponent, other.exponent)
        guard let a = Self.significand(self, atExponent: low),
              let b = Self.significand(other, atExponent: low) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ExactDecimal(significand: sum, exponent: low)
    }

    /// The product, or nil on overflow.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let (p, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        return overflow ? nil : ExactDecimal(significand: p, exponent: exponent + other.exponent)
    }

    /// The nearest `Double`, for charts and sorting; never for stored values.
    public var doubleValue: Double {
        var d = Double(significand)
        if exponent >= 0 {
            for _ in 0..<exponent { d *= 10 }
        } else {
            for _ in 0..<(-exponent) { d /= 10 }
        }
        return d
    }

    /// Plain decimal notation without exponent or grouping: `14064600`, `2.5`, `0.005`.
    /// Laid out in place, digit by digit: building it from `String(significand)` with inserts
    /// cost 700 instructions, a tenth of writing a figure's CSV row.
    public var description: String {
        let negative = significand < 0
        var magnitude = significand.magnitude
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let fraction = max(0, -exponent)
        // Before the point: the digits and `exponent` zeros, or the digits left of the fraction, or one 0.
        let whole = exponent >= 0 ? digitCount + exponent : max(digitCount - fraction, 1)
        let length = (negative ? 1 : 0) + whole + (fraction > 0 ? 1 + fraction : 0)
        let point = length - fraction - 1
        return String(unsafeUninitializedCapacity: length) { text in
            // Zeros first: the ones the digits do not cover are the padding.
            text.initialize(repeating: UInt8(ascii: "0"))
            if negative { text[0] = UInt8(ascii: "-") }
            if fraction > 0 { text[point] = UInt8(ascii: ".") }
            // The last digit stands at the end, or before the zeros of a positive exponent.
            var at = exponent >= 0 ? (negative ? 1 : 0) + digitCount - 1 : length - 1
            for _ in 0..<digitCount {
                if fraction > 0 && at == point { at -= 1 }
                text[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                at -= 1
            }
            return length
        }
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if let l = significand(lhs, atExponent: min(lhs.exponent, rhs.exponent)),
           let r = significand(rhs, atExponent: min(lhs.exponent, rhs.exponent)) {
            return l < r
        }
        return lhs.doubleValue < rhs.doubleValue
    }

    private static func significand(_ value: ExactDecimal, atExponent target: Int) -> Int64? {
        var s = value.significand
        for _ in 0..<(value.exponent - target) {
            let (m, overflow) = s.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            s = m
        }
        return s
    }
}
