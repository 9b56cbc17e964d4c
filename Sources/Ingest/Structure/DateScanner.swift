import TongjiCore

/// Finds a calendar date in a file name or metadata value: `2021-06-15`, `2021_6_15`,
/// `2021/06/15`, `2021年6月15日`, `20210615`, or the date part of an ISO 8601 timestamp.
enum DateScanner {
    static func firstDate(in text: String) -> CalendarDate? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let run = digitRun(scalars, from: index)
            if run.count == 8, let date = compactDate(scalars[run]) { return date }
            if run.count == 4, let date = separatedDate(scalars, yearRun: run) { return date }
            index = max(run.upperBound, index + 1)
        }
        return nil
    }

    private static func digitRun(_ scalars: [Unicode.Scalar], from start: Int) -> Range<Int> {
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        return start..<end
    }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    private static func compactDate(_ digits: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        let start = digits.startIndex
        return CalendarDate(year: number(digits[start..<start + 4]), month: number(digits[start + 4..<start + 6]),
                            day: number(digits[start + 6..<start + 8]))
    }

    private static let separators: Set<Unicode.Scalar> = ["-", "_", ".", "/", "年", "月"]

    private static func separatedDate(_ scalars: [Unicode.Scalar], yearRun: Range<Int>) -> CalendarDate? {
        guard yearRun.upperBound < scalars.count, separators.contains(scalars[yearRun.upperBound]) else { return nil }
        let monthRun = digitRun(scalars, from: yearRun.upperBound + 1)
        guard (1...2).contains(monthRun.count), monthRun.upperBound < scalars.count,
              separators.contains(scalars[monthRun.upperBound]) else { return nil }
        let dayRun = digitRun(scalars, from: monthRun.upperBound + 1)
        guard (1...2).contains(dayRun.count) else { return nil }
        return CalendarDate(year: number(scalars[yearRun]), month: number(scalars[monthRun]), day: number(scalars[dayRun]))
    }
}
