import TongjiCore

/// Writes figures the way Chinese readers expect: `1406.46万元`, `7.6亿元`, `8998名`, `近5万名`.
///
/// Counts, money and measures of 10,000 or more are written in 万, from 100,000,000 in 亿, with at
/// most `maximumFractionDigits` decimals (rounded half away from zero; the exact value belongs
/// beside it, e.g. in a `title`). Percentages, multiples, durations and ages are never scaled.
///
/// Qualifiers are written back by one rule:
/// - `nearly` → prefix 近 (`近5万名`); `approx` → prefix 约 (`约3000人`);
/// - `over` → suffix 余 when the number is a whole number below 万 of a scaled kind (`3500余项`),
///   otherwise prefix 超 (`超30万人次`, `超18%`), because 余 after a decimal or a magnitude
///   (`1406.46万余元`) or after a percentage reads badly.
public struct ChineseNumberFormatter: Sendable {
    /// Decimals kept after scaling to 万 or 亿.
    public var maximumFractionDigits: Int

    /// A formatter keeping at most `maximumFractionDigits` decimals (2 by default).
    public init(maximumFractionDigits: Int = 2) {
        self.maximumFractionDigits = maximumFractionDigits
    }

    /// The figure's value (and upper bound), qualifier and unit as one readable string.
    public func string(for figure: Figure) -> String {
        string(value: figure.value, upper: figure.upper, unit: figure.unit, kind: figure.kind,
               qualifier: figure.qualifier)
    }

    /// `value` (or the range `value至upper`) with its qualifier and unit: `近5万名`, `3万至5万人`.
    public func string(value: ExactDecimal, upper: ExactDecimal? = nil, unit: String, kind: FigureKind,
                       qualifier: Qualifier = .exact) -> String {
        let scales = Self.scaledKinds.contains(kind)
        var number = self.number(value, scaled: scales)
        if let upper { number += "至" + self.number(upper, scaled: scales) }
        let unitText = Self.unitText(unit)
        switch qualifier {
        case .exact: return number + unitText
        case .nearly: return "近" + number + unitText
        case .approx: return "约" + number + unitText
        case .over:
            let plainWhole = scales && upper == nil && value.exponent >= 0 && value < Self.wan
            return plainWhole ? number + "余" + unitText : "超" + number + unitText
        }
    }

    /// The number alone, in 万 or 亿 when `scaled` and large enough: `1406.46万`, `8998`.
    func number(_ value: ExactDecimal, scaled: Bool) -> String {
        let size = value.significand < 0 ? ExactDecimal(significand: -value.significand, exponent: value.exponent) : value
        guard scaled, size >= Self.wan else { return value.description }
        let (power, word) = size >= Self.yi ? (8, "亿") : (4, "万")
        return rounded(value.scaled(byPowerOfTen: -power)).description + word
    }

    /// `value` with at most `maximumFractionDigits` decimals, rounded half away from zero.
    func rounded(_ value: ExactDecimal) -> ExactDecimal {
        let dropped = -value.exponent - maximumFractionDigits
        guard dropped > 0 else { return value }
        guard dropped <= 18 else { return .zero }
        var divisor: Int64 = 1
        for _ in 0..<dropped { divisor *= 10 }
        var kept = value.significand / divisor
        let remainder = (value.significand % divisor).magnitude
        if remainder * 2 >= divisor.magnitude { kept += value.significand < 0 ? -1 : 1 }
        return ExactDecimal(significand: kept, exponent: -maximumFractionDigits)
    }

    /// The unit as a reader writes it: ISO currency codes in Chinese, `个百分点`.
    static func unitText(_ unit: String) -> String {
        // Told by bytes, the lexicon's own spellings: String's == and hashing normalise a Chinese
        // unit first, 1,200 instructions a call. The currencies renamed are ISO codes, in ASCII.
        if unit.utf8.elementsEqual("百分点".utf8) { return "个百分点" }
        guard let first = unit.utf8.first, first < 0x80 else { return unit }
        return currencyNames[unit] ?? unit
    }

    private static let wan = ExactDecimal(significand: 1, exponent: 4)
    private static let yi = ExactDecimal(significand: 1, exponent: 8)
    private static let scaledKinds: Set<FigureKind> = [.people, .visits, .money, .count, .measure, .number]
    private static let currencyNames = [
        "USD": "美元", "HKD": "港元", "EUR": "欧元", "JPY": "日元", "GBP": "英镑", "MOP": "澳门元",
        "TWD": "新台币", "KRW": "韩元", "RUB": "卢布", "AUD": "澳元", "CAD": "加元", "SGD": "新加坡元",
    ]
}
