import TongjiCore

/// A numeral read from the text, with what the figure rules need to know about its form.
struct ParsedNumber {
    /// Code-point range of the numeral in the scanned text.
    var start: Int
    var end: Int
    var value: Bounds
    /// Written only with Arabic digits (magnitudes such as 万 may follow).
    var isArabic: Bool
    /// Digits read one by one with no magnitude: 2020, 一七二零, 七四九.
    var isPositional: Bool
    /// Digits before the decimal point of a positional number (4 for 2020).
    var integerDigits: Int
    var hasDecimalPoint: Bool
    /// A multi-digit Arabic number starting with 0 (0631, 007): a code, not a quantity.
    var hasLeadingZero: Bool
    /// A magnitude with no digit before it: 百, 万, 百万 (百年, 万人, 百万职工).
    var isBareMagnitude: Bool
    /// Exactly one Chinese digit character, such as 一 or 两.
    var isSingleChineseDigit: Bool
    /// Written with financial numerals (壹贰叁…) only.
    var isFinancial: Bool
    /// The power of ten of the magnitude the numeral ends with (4 for 5万), if any.
    var trailingMagnitude: Int?
    /// A lower-bound marker inside the numeral: 20余万, 三十多万.
    var innerQualifier: Qualifier
}
