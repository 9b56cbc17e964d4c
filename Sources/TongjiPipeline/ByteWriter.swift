import TongjiCore

/// Writes bytes through a pointer into room reserved beforehand (see `OutputSink.writeLine`):
/// no capacity or uniqueness check for each piece, as appending to an `[UInt8]` makes.
struct ByteWriter {
    private(set) var position: UnsafeMutablePointer<UInt8>
    /// The end of the reserved room, checked in debug builds only.
    private let end: UnsafeMutablePointer<UInt8>

    init(into room: UnsafeMutableBufferPointer<UInt8>) {
        position = room.baseAddress!
        end = position + room.count
    }

    mutating func append(_ byte: UInt8) {
        assert(position < end, "a line longer than its reserved room")
        position.initialize(to: byte)
        position += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        assert(position + bytes.count <= end, "a line longer than its reserved room")
        position.initialize(from: base, count: bytes.count)
        position += bytes.count
    }

    /// Text written as it is: no quotes, no escapes.
    mutating func append(raw text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Text written as it is: no quotes, no escapes.
    mutating func append(raw text: String) {
        text.withBorrowedUTF8 { append($0) }
    }

    /// The decimal digits of `value`, as `String(value)` writes them, without making the string.
    mutating func append(integer value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { digits in
            // Lowest digit first, from the end of a 24-byte scratch: more than Int's 20 digits.
            var magnitude = value.magnitude
            var at = digits.count
            repeat {
                at -= 1
                digits[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeRawBufferPointer(rebasing: digits[at...]).assumingMemoryBound(to: UInt8.self))
        }
    }
}
