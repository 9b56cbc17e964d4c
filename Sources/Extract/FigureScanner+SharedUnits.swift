import TongjiCore

/// Lists of numbers written with one unit, after the last: 分别提高3.8和3.6个百分点, 200、300人,
/// 分别为120和150万元 (120万元 and 150万元). Each number before the last is a figure of that unit,
/// and takes the last one's magnitude when it has none of its own and is of a like size. Not a
/// list of ranks (第16和17名, 前3和5名), nor the end of a measure (4米97、5米07) or of a code
/// (COVID-19和3种), nor items whose magnitudes differ (100万、110万和130万亿元, where 亿元 is
/// shared). Two neighbours joined by 、 give one rough number, a range, as 三四千元 does: 5、6千元
/// is 5000–6000元, 40、50厘米, 6、70位 (60–70), 36、37度, 15、6家 (15–16).
extension FigureScanner {
    /// The figure a number with no unit of its own is, as an item of such a list, or, with the
    /// item after it, as the rough number they make; nil when it is none.
    func sharedUnitFigure(_ number: ParsedNumber) -> MeasuredFigure? {
        guard number.isArabic, !opensRank(at: number.start), !endsMeasure(at: number.start),
              !(scalar(at: number.start - 1).map { $0.isLatinLetter || $0 == "-" } ?? false) else { return nil }
        var position = number.end
        var last = number
        // The next items, up to the one the unit follows.
        repeat {
            guard let joiner = scalar(at: position), Self.joinsList(joiner),
                  let next = parser.parse(at: position + 1), next.start == position + 1, next.isArabic,
                  next.innerQualifier == .exact else { return nil }
            last = next
            position = next.end
        } while units.match(in: text, at: position) == nil && position - number.end < Self.longestList
        let rough = roughRange(number, last)
        guard case .figure(let shared) = measure(last, range: nil), shared.start == last.start else { return nil }
        // A qualifier before the first number is its own (超过92万、175万和135万人次), or the
        // rough number's (约5、6千元).
        let prefix = prefixQualifier(before: number.start, isBareMagnitude: false)
        if let (low, high) = rough {
            return MeasuredFigure(start: prefix?.start ?? number.start, end: shared.end,
                                  value: Bounds(ExactDecimal(low), ExactDecimal(high)), unit: shared.unit,
                                  qualifier: prefix?.qualifier ?? shared.qualifier)
        }
        guard Self.sharedKinds.contains(shared.unit.kind),
              number.trailingMagnitude == nil || number.trailingMagnitude == last.trailingMagnitude,
              let value = value(of: number, in: last) else { return nil }
        return MeasuredFigure(start: prefix?.start ?? number.start, end: number.end, value: value, unit: shared.unit,
                              qualifier: prefix?.qualifier ?? .exact)
    }

    /// True when the number at `start` follows 第 or 前 and a list of numbers before it: 第16和17名.
    func endsListOfRanks(at start: Int) -> Bool {
        var position = start - 1
        while let joiner = scalar(at: position), Self.joinsList(joiner) {
            var first = position
            while let previous = scalar(at: first - 1), NumeralCharacter.isArabicDigit(previous) || previous == "." { first -= 1 }
            guard first < position else { return false }
            if opensRank(at: first) { return true }
            position = first - 1
        }
        return false
    }

    /// 第16, 前3: a rank, not an amount.
    private func opensRank(at start: Int) -> Bool {
        let before = scalar(at: start - 1)
        return before == "第" || (before == "前" && !precededByWordWithQian(start))
    }

    /// The value of `number`, an item before `last`: with `last`'s magnitude when it has none of
    /// its own and, so scaled, stays within ten times `last` either way (120和150万元 is 120万元;
    /// not 500和1.5万元); nil when it cannot be told.
    private func value(of number: ParsedNumber, in last: ParsedNumber) -> Bounds? {
        guard number.trailingMagnitude == nil, let power = last.trailingMagnitude else { return number.value }
        let magnitude = ExactDecimal(significand: 1, exponent: power)
        guard let low = number.value.low.multiplied(by: magnitude), let high = number.value.high.multiplied(by: magnitude),
              let tenTimesLow = low.multiplied(by: ExactDecimal(10)), let tenTimesLast = last.value.low.multiplied(by: ExactDecimal(10))
        else { return nil }
        guard tenTimesLow >= last.value.low, tenTimesLast >= high else { return number.value }
        return Bounds(low, high)
    }

    /// The range of two items joined by 、 that give a rough number rather than two: a list of
    /// just these two (not the end of 15、16、17家), no 分别 before them in their clause nor 各
    /// right before them, no magnitude on the first, and a digit and the next one, whatever the
    /// zeros or magnitude after the second (3、4, 5、6千, 6、70) or the same zeros after both below a
    /// hundred (40、50; 100、200米 are two distances), two whole numbers one apart (36、37, 39、40),
    /// or a number and its next last digit (15、6); nil for two numbers.
    private func roughRange(_ first: ParsedNumber, _ second: ParsedNumber) -> (low: Int, high: Int)? {
        guard scalar(at: first.end) == "、", second.start == first.end + 1, first.trailingMagnitude == nil,
              !pairIsSeparate(at: first.start), let x = Self.wholeNumber(first.value), let y = Self.wholeNumber(second.value),
              x < 1000 else { return nil }
        let (a, b) = (Self.withoutTrailingZeros(x), Self.withoutTrailingZeros(y))
        if (1...8).contains(a), b == a + 1, x < 10 || (x < 100 && y / b == x / a) { return (Int(a * (y / b)), Int(y)) }
        guard second.trailingMagnitude == nil else { return nil }
        if y == x + 1 { return (Int(x), Int(y)) }
        if y < 10, y == x % 10 + 1 { return (Int(x), Int(x - x % 10 + y)) }
        return nil
    }

    /// True when the pair of numbers joined by 、 that starts at `start` gives two amounts, not a
    /// rough number: it ends a longer list (15、16、17家), 各 stands right before it, or 分别
    /// before it in its clause (两项指标分别提高3、4个百分点).
    func pairIsSeparate(at start: Int) -> Bool {
        (scalar(at: start - 1).map(Self.joinsList) ?? false) || hasWord(Self.each, endingAt: start)
            || phraseBefore(start, holdsAnyOf: [Self.respectively])
    }

    /// The value of an exact whole number with at most twelve zeros, else nil.
    private static func wholeNumber(_ value: Bounds) -> Int64? {
        guard value.isExact, value.low.exponent >= 0, value.low.exponent <= 12, value.low.significand >= 0 else { return nil }
        var whole = value.low.significand
        for _ in 0..<value.low.exponent {
            let (product, overflow) = whole.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            whole = product
        }
        return whole
    }

    private static func withoutTrailingZeros(_ number: Int64) -> Int64 {
        var digits = number
        while digits != 0, digits % 10 == 0 { digits /= 10 }
        return digits
    }

    /// True when the digits at `start` end a measure written around its unit: the 97 of 4米97.
    private func endsMeasure(at start: Int) -> Bool {
        guard let unit = scalar(at: start - 1), unit.isIdeograph, let digit = scalar(at: start - 2) else { return false }
        return NumeralCharacter.isArabicDigit(digit)
    }

    /// 和, 、, 与 and 及 join the items of a list. A switch rather than a `Set`: no hashing at every
    /// numeral with a unit, which `endsListOfRanks` tests.
    private static func joinsList(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "和", "、", "与", "及": true
        default: false
        }
    }

    /// 分别 in the clause, or 各 right before, make a list's items separate amounts: 分别为3、4个百分点.
    private static let respectively = Array("分别".unicodeScalars)
    private static let each = Array("各".unicodeScalars)
    /// How far the list may run, in code points, before its unit: a few numbers.
    private static let longestList = 40
    /// The kinds a list shares. Lengths of time and ages are left out: 2019和2020年 are years, 3和5岁
    /// rarely a statistic (a rough 3、4个小时 is a range all the same).
    private static let sharedKinds: Set<FigureKind> = [.people, .visits, .money, .count, .percent, .multiple, .measure]
}
