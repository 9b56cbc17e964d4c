import TongjiCore

/// An Arabic numeral as written: `1,406.46`, `３６．５７`, `2020`.
struct ArabicNumeral {
    var value: ExactDecimal
    var end: Int
    var integerDigits: Int
    var hasDecimalPoint: Bool
    /// Starts with 0 and has more digits (0631), or is too long for a quantity: a code.
    var looksLikeCode: Bool

    /// Reads the digits at `start`, with `,` thousands separators (only in groups of exactly
    /// three, so "2,3" is two numbers) and one decimal point (`.` or `．`).
    init?(in text: UnsafeBufferPointer<Unicode.Scalar>, at start: Int) {
        var significand: Int64 = 0, exponent = 0, digits = 0, overflow = false
        var i = start
        var integerDigits = 0, inFraction = false
        var digitsSinceComma: Int? = nil
        func take(_ d: Int64) {
            let (m, o1) = significand.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { overflow = true } else { significand = a }
            digits += 1
            if inFraction { exponent -= 1 } else { integerDigits += 1 }
            digitsSinceComma = digitsSinceComma.map { $0 + 1 }
        }
        while i < text.count {
            if case .arabicDigit(let d)? = NumeralCharacter(text[i]) {
                take(d)
                i += 1
            } else if !inFraction, text[i] == ",",
                      digitsSinceComma.map({ $0 == 3 }) ?? (1...3).contains(integerDigits),
                      Self.threeDigitsFollow(text, comma: i) {
                digitsSinceComma = 0
                i += 1
            } else if !inFraction, text[i] == "." || text[i] == "．", i + 1 < text.count,
                      NumeralCharacter.isArabicDigit(text[i + 1]) {
                inFraction = true
                i += 1
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        value = ExactDecimal(significand: overflow ? 0 : significand, exponent: exponent)
        end = i
        self.integerDigits = integerDigits
        hasDecimalPoint = inFraction
        let firstIsZero = text[start] == "0" || text[start] == "０"
        looksLikeCode = overflow || (firstIsZero && integerDigits > 1)
    }

    /// A thousands comma is followed by exactly three digits and then no fourth.
    private static func threeDigitsFollow(_ text: UnsafeBufferPointer<Unicode.Scalar>, comma: Int) -> Bool {
        for k in 1...3 {
            guard comma + k < text.count, NumeralCharacter.isArabicDigit(text[comma + k]) else { return false }
        }
        return comma + 4 >= text.count || !NumeralCharacter.isArabicDigit(text[comma + 4])
    }
}
