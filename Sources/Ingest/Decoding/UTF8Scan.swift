/// Code points read straight from UTF-8 bytes: a scan over bytes costs a few instructions per
/// code point, where iterating `String.unicodeScalars` checks every index (some 80).
enum UTF8Scan {
    /// The code point starting at `index` of `bytes`, which must be valid UTF-8 (a `String`'s
    /// storage), and its width in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), 1) }
        let second = UInt32(bytes[index &+ 1]) & 0x3F
        if lead < 0xE0 { return (valid((lead & 0x1F) << 6 | second), 2) }
        let third = UInt32(bytes[index &+ 2]) & 0x3F
        if lead < 0xF0 { return (valid((lead & 0x0F) << 12 | second << 6 | third), 3) }
        let fourth = UInt32(bytes[index &+ 3]) & 0x3F
        return (valid((lead & 0x07) << 18 | second << 12 | third << 6 | fourth), 4)
    }

    /// The code point of a value decoded from valid UTF-8, which is one by construction: no
    /// second check (`Unicode.Scalar(_:)` tests for surrogates and range every time).
    @inline(__always)
    private static func valid(_ value: UInt32) -> Unicode.Scalar {
        unsafeBitCast(value, to: Unicode.Scalar.self)
    }

    /// The number of bytes `scalar` takes in UTF-8.
    @inline(__always)
    static func width(_ scalar: Unicode.Scalar) -> Int {
        // Without branches: text mixes one- and three-byte code points unpredictably.
        let value = scalar.value
        return 1 &+ (value >= 0x80 ? 1 : 0) &+ (value >= 0x800 ? 1 : 0) &+ (value >= 0x10000 ? 1 : 0)
    }

    /// Writes `scalar` as UTF-8 at `index` of `buffer`, which must have room; returns the index after it.
    @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutablePointer<UInt8>, at index: Int) -> Int {
        let value = scalar.value
        if value < 0x80 {
            buffer[index] = UInt8(truncatingIfNeeded: value)
            return index &+ 1
        }
        if value < 0x800 {
            buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            buffer[index &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return index &+ 2
        }
        if value < 0x10000 {
            buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            buffer[index &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[index &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return index &+ 3
        }
        buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
        buffer[index &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
        buffer[index &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
        buffer[index &+ 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        return index &+ 4
    }
}
