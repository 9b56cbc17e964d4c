/// Tests on the eight bytes of a word at once, for scans of UTF-8 text that look for a few
/// ASCII bytes: every byte of a multi-byte character is 0x80 or more, so none passes for one.
/// The classic tests for a zero byte and for a byte below n; a scan that finds no such byte in
/// a word skips all eight.
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is below `limit`, which must be at most 0x80.
    @inlinable @inline(__always)
    public static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether any byte of `word` is not ASCII (0x80 or more).
    @inlinable @inline(__always)
    public static func hasNonASCIIByte(in word: UInt64) -> Bool {
        word & highBits != 0
    }

    /// Whether any byte of `word` is `byte`.
    @inlinable @inline(__always)
    public static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ ones &* UInt64(byte))
    }
}
