import TongjiCore

/// Lists of numbers written with one unit, after the last: 分别提高3.8和3.6个百分点, 200、300人,
/// 分别为120和150万元 (120万元 and 150万元). Each number before the last is a figure of that unit,
/// and takes its magnitude when it has none of its own. Not a list of ranks (第16和17名), nor two
/// neighbouring numbers joined by 、, which give a rough number (3、4个人, 5、6千元, 40、50厘米,
/// 6、70位, 36、37度, 15、6家), nor the end of a measure (4米97、5米07), nor items whose magnitudes differ
/// (100万、110万和130万亿元, where 亿元 is shared).
extension FigureScanner {
    /// The figure a number with no unit of its own is, as an item of such a list; nil when it is none.
    func sharedUnitFigure(_ number: ParsedNumber) -> MeasuredFigure? {
        guard number.isArabic, !number.isPositional || number.hasDecimalPoint || number.integerDigits < 4,
              scalar(at: number.start - 1) != "第", !endsMeasure(at: number.start) else { return nil }
        var position = number.end
        var last = number
        // The next items, up to the one the unit follows.
        repeat {
            guard let joiner = scalar(at: position), Self.listJoiners.contains(joiner),
                  let next = parser.parse(at: position + 1), next.start == position + 1, next.isArabic,
                  next.innerQualifier == .exact else { return nil }
            if joiner == "、", last.start == number.start, areNeighbours(number, next) { return nil }
            last = next
            position = next.end
        } while units.match(in: text, at: position) == nil && position - number.end < Self.longestList
        guard case .figure(let shared) = measure(last, range: nil), shared.start == last.start,
              Self.sharedKinds.contains(shared.unit.kind),
              number.trailingMagnitude == nil || number.trailingMagnitude == last.trailingMagnitude else { return nil }
        var value = number.value
        if number.trailingMagnitude == nil, let power = last.trailingMagnitude {
            let magnitude = ExactDecimal(significand: 1, exponent: power)
            guard let low = value.low.multiplied(by: magnitude), let high = value.high.multiplied(by: magnitude) else { return nil }
            value = Bounds(low, high)
        }
        // A qualifier before the first number is its own: 分别超过60和42平方公里.
        let prefix = prefixQualifier(before: number.start, isBareMagnitude: false)
        return MeasuredFigure(start: prefix?.start ?? number.start, end: number.end, value: value, unit: shared.unit,
                              qualifier: prefix?.qualifier ?? .exact)
    }

    /// True when the number at `start` follows 第 and a list of numbers before it: 第16和17名.
    func endsListOfRanks(at start: Int) -> Bool {
        var position = start - 1
        while let joiner = scalar(at: position), Self.listJoiners.contains(joiner) {
            var first = position
            while let previous = scalar(at: first - 1), NumeralCharacter.isArabicDigit(previous) || previous == "." { first -= 1 }
            guard first < position else { return false }
            if scalar(at: first - 1) == "第" { return true }
            position = first - 1
        }
        return false
    }

    /// A rough number rather than two: a digit and the next one, whatever the zeros or magnitude
    /// after them (3、4, 5、6千, 40、50, 6、70), two whole numbers one apart (36、37), or a number
    /// and the next last digit (15、6).
    private func areNeighbours(_ first: ParsedNumber, _ second: ParsedNumber) -> Bool {
        guard first.value.isExact, second.value.isExact, !first.hasDecimalPoint, !second.hasDecimalPoint else { return false }
        let (a, b) = (Self.digits(first.value.low), Self.digits(second.value.low))
        if (1...8).contains(a), b == a + 1 { return true }
        guard first.trailingMagnitude == nil, second.trailingMagnitude == nil else { return false }
        let (x, y) = (first.value.low.significand, second.value.low.significand)
        return first.value.low.exponent == 0 && second.value.low.exponent == 0 && (y == x + 1 || (y < 10 && y == x % 10 + 1))
    }

    /// The digits of a whole number without its trailing zeros: 5 for 5000 and for 5.
    private static func digits(_ value: ExactDecimal) -> Int64 {
        var digits = value.significand
        while digits != 0, digits % 10 == 0 { digits /= 10 }
        return digits
    }

    /// True when the digits at `start` end a measure written around its unit: the 97 of 4米97.
    private func endsMeasure(at start: Int) -> Bool {
        guard let unit = scalar(at: start - 1), unit.isIdeograph, let digit = scalar(at: start - 2) else { return false }
        return NumeralCharacter.isArabicDigit(digit)
    }

    private static let listJoiners = Set("和、与及".unicodeScalars)
    /// How far the list may run, in code points, before its unit: a few numbers.
    private static let longestList = 40
    /// Lengths of time and ages are left out: 2019和2020年 are years, 3和5岁 rarely a statistic.
    private static let sharedKinds: Set<FigureKind> = [.people, .visits, .money, .count, .percent, .multiple, .measure]
}
