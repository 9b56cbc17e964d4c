/// One CSV record written field by field, straight into bytes, as `CSVWriter` writes a row of
/// Strings: a row of figures.csv made as an array of Strings first (a String for each number,
/// and the array itself) cost twice what writing it does.
///
/// Written through a pointer into room that grows to the longest record, which is checked for
/// each field (the most a field can take, every byte a doubled quote): appending to an array
/// field by field cost a third of writing figures.csv in capacity and uniqueness checks.
/// Reused from record to record.
struct CSVRecord: ~Copyable {
    private var room: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private var isEmpty = true
    private let guardsFormulas: Bool

    /// An empty record, free-text fields guarded as `options` say.
    init(options: CSVWriter.Options) {
        room = .allocate(capacity: 1024)
        guardsFormulas = options.formulaGuard == .prefixApostrophe
    }

    deinit {
        room.deallocate()
    }

    /// Appends a field, quoted as needed; a free-text field that starts like a formula is guarded.
    mutating func append(_ field: String, isFreeText: Bool = false) {
        field.withBorrowedUTF8 { append(utf8: $0, guarded: isFreeText && guardsFormulas) }
    }

    /// Appends `field`, or an empty field for nil (no empty String looked through).
    mutating func append(_ field: String?) {
        guard let field else { return startField(taking: 0) }
        append(field)
    }

    /// Appends a field made of `first` and then `second`, as `append(first + second)` would,
    /// without making the joined String (a place's province and city: 18 bytes or more, which a
    /// String holds in an allocation of its own).
    mutating func append(_ first: String, followedBy second: String) {
        let joinsPlainly = first.withBorrowedUTF8 { first in
            second.withBorrowedUTF8 { second in
                guard !CSVWriter.containsSpecial(first), !CSVWriter.containsSpecial(second) else { return false }
                append(utf8: first, guarded: false)
                appendUnquoted(second)
                return true
            }
        }
        if !joinsPlainly { append(first + second) }
    }

    /// Appends a number's decimal digits.
    mutating func append(_ number: Int) {
        startField(taking: 0)
        appendDigits(number)
    }

    /// Appends `numbers` as one field, a space between two (`1 5 12`).
    mutating func append(spaced numbers: some Sequence<Int>) {
        startField(taking: 0)
        var isFirst = true
        for number in numbers {
            if !isFirst {
                reserve(1)
                room[count] = UInt8(ascii: " ")
                count &+= 1
            }
            isFirst = false
            appendDigits(number)
        }
    }

    /// Appends a number's decimal digits to the field begun.
    private mutating func appendDigits(_ number: Int) {
        // A sign and 19 digits at most.
        reserve(20)
        // Digits counted first, then written from the last: no String, no reversal.
        let magnitude = number.magnitude
        var digits = 1, rest = magnitude / 10
        while rest > 0 {
            digits &+= 1
            rest /= 10
        }
        if number < 0 {
            room[count] = UInt8(ascii: "-")
            count &+= 1
        }
        var value = magnitude, at = count &+ digits
        count = at
        repeat {
            at &-= 1
            room[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
        } while value > 0
    }

    /// Appends `true` or `false`, copied as they are: neither needs quoting.
    mutating func append(_ flag: Bool) {
        let text: StaticString = flag ? "true" : "false"
        startField(taking: text.utf8CodeUnitCount)
        appendUnquoted(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Ends the record with CRLF, appends it to `out` and starts the next one.
    mutating func end(appendingTo out: inout [UInt8]) {
        reserve(2)
        room[count] = CSVWriter.carriageReturn
        room[count &+ 1] = CSVWriter.lineFeed
        out.append(contentsOf: UnsafeBufferPointer(rebasing: room[..<(count &+ 2)]))
        count = 0
        isEmpty = true
    }

    private mutating func append(utf8 field: UnsafeBufferPointer<UInt8>, guarded: Bool) {
        // Two quotes and a guard.
        startField(taking: 2 &* field.count &+ 3)
        count = CSVWriter.write(field, guarded: guarded, to: room.baseAddress!, at: count)
    }

    /// Appends `bytes`, which hold nothing to quote, to the field begun.
    private mutating func appendUnquoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (room.baseAddress! + count).initialize(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// Writes the comma before every field but the first, with room for `bytes` more after it.
    private mutating func startField(taking bytes: Int) {
        reserve(bytes &+ 1)
        if !isEmpty {
            room[count] = CSVWriter.comma
            count &+= 1
        }
        isEmpty = false
    }

    /// Room for `bytes` more at `count`.
    private mutating func reserve(_ bytes: Int) {
        guard room.count &- count < bytes else { return }
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(2 &* room.count, count &+ bytes))
        larger.baseAddress!.initialize(from: room.baseAddress!, count: count)
        room.deallocate()
        room = larger
    }
}
