import Testing
import TongjiCore

/// Dates are written to the store and the CSV as text and read back from it for every figure.
@Suite struct CalendarDateTests {
    @Test func everyDayOfTheRangeReadsBackFromItsText() {
        for year in [1900, 1999, 2000, 2021, 2999] {
            for month in 1...12 {
                for day in 1...31 {
                    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
                    let monthLength = month == 2 ? (isLeap ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
                    guard let date = CalendarDate(year: year, month: month, day: day) else {
                        #expect(day > monthLength, "\(year)-\(month)-\(day) is a date")
                        continue
                    }
                    #expect(day <= monthLength, "\(year)-\(month)-\(day) is no date")
                    let text = date.description
                    #expect(text.utf8.count == 10 && text.split(separator: "-").map(\.count) == [4, 2, 2], "\(text)")
                    #expect(CalendarDate(iso: text) == date, "\(text)")
                }
            }
        }
    }

    @Test func leapDaysFollowTheGregorianCalendar() {
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
    }

    @Test func shortMonthsAndDaysAreRead() {
        #expect(CalendarDate(iso: "2021-6-5") == CalendarDate(year: 2021, month: 6, day: 5))
        #expect(CalendarDate(year: 2021, month: 6, day: 5)?.description == "2021-06-05")
    }

    @Test(arguments: ["", "2021", "2021-06", "2021-06-15-01", "2021--15", "-06-15", "2021-06-", "2021/06/15",
                      "2021-13-01", "2021-06-32", "1899-12-31", "3000-01-01", "02021-06-15", "2021-006-15",
                      "2021-06-15 ", "２０２１-06-15", "+2021-06-15", "2021-02-29", "1900-02-29", "2021-04-31"])
    func malformedDatesAreNotRead(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }
}
