/// A publication date: year, month and day, without time or zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or nil when there is no such day (2021-02-30, 2021-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2021-06-15` (months and days may have one digit); nil for anything else.
    ///
    /// Read from the bytes in place: splitting the string and parsing each part cost 7,000
    /// instructions a date, and the reports read one back for every figure in the store.
    public init?(iso text: String) {
        var text = text
        guard let (year, month, day) = text.withUTF8(Self.fields) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The numbers of `YYYY-MM-DD`, where the month and day may have one digit.
    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        var fields = (0, 0, 0), field = 0, digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard field == 0 ? digits == 4 : digits > 0, field < 2 else { return nil }
                field += 1
                digits = 0
                continue
            }
            let digit = Int(byte) &- 0x30
            guard digit >= 0, digit <= 9, digits < (field == 0 ? 4 : 2) else { return nil }
            digits += 1
            switch field {
            case 0: fields.0 = fields.0 * 10 + digit
            case 1: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
        }
        return field == 2 && digits > 0 ? fields : nil
    }

    /// `2021-06-15`: ten ASCII bytes, the year always of four digits.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, width: Int, at end: Int) {
                var value = value
                for index in stride(from: end - 1, through: end - width, by: -1) {
                    bytes[index] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 4)
            bytes[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 7)
            bytes[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 10)
            return 10
        }
    }

    /// 28 to 31, by the Gregorian calendar.
    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
