import TongjiCore

/// Builds the value of a Chinese or mixed numeral one token at a time.
///
/// 亿 scales everything read before it (一万五千亿 = 1.5 × 10¹²), 万 scales its own section,
/// 十百千 scale the digit just before them. Each `apply` returns false when the token cannot
/// continue the numeral, so the parser can stop and keep what it had.
struct NumeralAccumulator {
    private var total = Bounds.zero
    private var wanSection = Bounds.zero
    private var group = Bounds.zero
    private var pending: Bounds?
    private var pendingIsChineseDigit = false
    /// 几 not right after 十 stands for a digit and needs a magnitude after it (几十, 几万).
    private var pendingNeedsMagnitude = false
    /// The magnitude a trailing single digit would shorten: 三万五 = 3万 + 5千.
    private var shorthandMagnitude: Int?
    private var lowestSmallMagnitude = 4
    private var sawWan = false
    private var lastWasLarge = false
    private var lastWasTen = false
    private var zeroPlaceholder = false
    private(set) var lastMagnitude: Int?
    private(set) var startsWithBareMagnitude = false
    private(set) var sawAnything = false
    private(set) var sawDecimalPoint = false

    /// A digit or an already-read number (Arabic, or a Chinese integer with a decimal part).
    mutating func applyNumber(_ value: Bounds, isChineseDigit: Bool, isVague: Bool = false) -> Bool {
        guard pending == nil else { return false }
        if isVague && !lastWasTen && lastMagnitude != nil { return false }
        shorthandMagnitude = (isChineseDigit && !zeroPlaceholder && lastMagnitude.map { $0 >= 2 } == true)
            ? lastMagnitude : nil
        pending = (isVague && lastWasTen) ? Bounds(ExactDecimal(1), ExactDecimal(9)) : value
        pendingIsChineseDigit = isChineseDigit
        pendingNeedsMagnitude = isVague && !lastWasTen
        sawAnything = true
        lastWasLarge = false
        lastWasTen = false
        return true
    }

    /// 几 after a number of tens read in digits (20几): 21…29. A magnitude may follow (20几万).
    mutating func applySomeUnits() -> Bool {
        guard let tens = pending, tens.isExact, lastMagnitude == nil,
              let low = tens.low.adding(ExactDecimal(1)), let high = tens.low.adding(ExactDecimal(9)) else { return false }
        pending = Bounds(low, high)
        return true
    }

    /// 十 (1), 百 (2), 千 (3): multiply the pending digit; they must fall within a group.
    mutating func applySmallMagnitude(_ power: Int) -> Bool {
        guard power < lowestSmallMagnitude else { return false }
        var base = pending
        if base == nil {
            guard power == 1 || !sawAnything else { return false }
            if power > 1 { startsWithBareMagnitude = true }
            base = Bounds(exactly: ExactDecimal(1))
        }
        guard let added = group.adding(base!.scaled(byPowerOfTen: power)) else { return false }
        group = added
        finishMagnitude(power)
        lowestSmallMagnitude = power
        lastWasTen = power == 1
        return true
    }

    /// 廿 and 卅: 二十 and 三十 in one character.
    mutating func applyTens(_ value: Int64) -> Bool {
        guard pending == nil, lowestSmallMagnitude > 1, !sawDecimalPoint else { return false }
        guard let added = group.adding(Bounds(exactly: ExactDecimal(Int(value)))) else { return false }
        group = added
        finishMagnitude(1)
        lowestSmallMagnitude = 1
        lastWasTen = true
        return true
    }

    /// 万 (4) scales its section; 亿 (8) scales everything before it.
    mutating func applyLargeMagnitude(_ power: Int) -> Bool {
        guard !lastWasLarge || (power == 8 && lastMagnitude == 4) else { return false }
        if !sawAnything { startsWithBareMagnitude = true }
        let section = (pending ?? (sawAnything ? .zero : Bounds(exactly: ExactDecimal(1)))).adding(group)
        guard let section else { return false }
        if power == 4 {
            guard !sawWan else { return false }
            wanSection = section.scaled(byPowerOfTen: 4)
            sawWan = true
        } else {
            guard let below = total.adding(wanSection)?.adding(section) else { return false }
            total = below.scaled(byPowerOfTen: 8)
            wanSection = .zero
            sawWan = false
        }
        group = .zero
        finishMagnitude(power)
        lowestSmallMagnitude = 4
        lastWasLarge = true
        return true
    }

    /// 零 between magnitudes (一千零十) holds a place and turns off the spoken shorthand.
    mutating func applyZeroPlaceholder() -> Bool {
        guard lastMagnitude != nil, pending == nil, !zeroPlaceholder else { return false }
        zeroPlaceholder = true
        return true
    }

    /// A decimal point after a Chinese integer (三点五, 一点二亿): the integer so far plus the
    /// fraction becomes the pending number; only 万 and 亿 may follow it.
    mutating func applyDecimalFraction(_ fraction: ExactDecimal) -> Bool {
        // After a digit (三点五) or after 十, 百 or 千 ending the integer (十点五, 两百点一).
        guard pending != nil || lastMagnitude != nil, !sawWan, total == .zero else { return false }
        guard let whole = group.adding(pending ?? .zero), whole.isExact,
              let value = whole.low.adding(fraction) else { return false }
        group = .zero
        pending = Bounds(exactly: value)
        pendingIsChineseDigit = false
        shorthandMagnitude = nil
        lowestSmallMagnitude = 0
        sawDecimalPoint = true
        return true
    }

    /// The value read so far, if the numeral may end here.
    var value: Bounds? {
        guard sawAnything || startsWithBareMagnitude else { return nil }
        if pendingNeedsMagnitude { return nil }
        var last = pending ?? .zero
        if pendingIsChineseDigit, let magnitude = shorthandMagnitude {
            last = last.scaled(byPowerOfTen: magnitude - 1)
        }
        return total.adding(wanSection)?.adding(group)?.adding(last)
    }

    /// Whether the numeral ends with a magnitude rather than a digit (5万, 三千).
    var endsWithMagnitude: Bool { pending == nil && lastMagnitude != nil }

    private mutating func finishMagnitude(_ power: Int) {
        pending = nil
        pendingIsChineseDigit = false
        pendingNeedsMagnitude = false
        shorthandMagnitude = nil
        zeroPlaceholder = false
        lastMagnitude = power
        lastWasLarge = false
        sawAnything = true
    }
}
