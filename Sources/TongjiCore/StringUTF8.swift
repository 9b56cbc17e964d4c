extension String {
    /// Calls `body` with the string's UTF-8 bytes, borrowed from its own storage when it has
    /// one (native and bridged-contiguous strings). `withUTF8` needs a mutable copy of the string
    /// to call, whose retain and release cost more than writing a short text out.
    @inlinable @inline(__always)
    public func withBorrowedUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }

    /// A copy of `bytes`, which must be well-formed UTF-8 (encoded from code points, or cut from a
    /// `String` at code point boundaries), made without checking them again: every other way of
    /// making a `String` of bytes runs the check, ~400 instructions a short text.
    @inlinable
    public init(uncheckedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(copying: UTF8Span(unchecked: bytes.span))
    }

    /// The text of `scalars`, encoded by hand into room on the stack sized for the widest code
    /// points (no pass to measure them first) and made a String without checking it again: code
    /// points always encode as well-formed UTF-8. Appending to a `String.UnicodeScalarView` took
    /// ~6,000 instructions a short text.
    @inlinable
    public init(encoding scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { bytes in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    bytes[count] = UInt8(value)
                    count += 1
                case ..<0x800:
                    bytes[count] = UInt8(0xC0 | value >> 6)
                    bytes[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                case ..<0x10000:
                    bytes[count] = UInt8(0xE0 | value >> 12)
                    bytes[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                default:
                    bytes[count] = UInt8(0xF0 | value >> 18)
                    bytes[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return String(uncheckedUTF8: UnsafeBufferPointer(rebasing: bytes[..<count]))
        }
    }
}
