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
}
