/// A set of code points for scanning sentences: a bit for each code point of the Basic
/// Multilingual Plane, and every code point beyond it a member, for the caller to look at
/// closely. One load and a test a code point, where a hash look-up costs a dozen instructions.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    init() {}

    init(_ members: some Sequence<Unicode.Scalar>) {
        for scalar in members { insert(scalar) }
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = Int(scalar.value)
        if value < 0x10000 { words[value >> 6] |= 1 << (value & 63) }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        return value >= 0x10000 || words[value >> 6] & (1 << (value & 63)) != 0
    }

    /// The first offset of `offsets` whose code point is a member, else `offsets.upperBound`.
    func firstMember(in scalars: [Unicode.Scalar], among offsets: Range<Int>) -> Int {
        let words = words
        var offset = max(offsets.lowerBound, 0)
        let end = min(offsets.upperBound, scalars.count)
        while offset < end {
            let value = Int(scalars[offset].value)
            if value >= 0x10000 || words[value >> 6] & (1 << (value & 63)) != 0 { return offset }
            offset += 1
        }
        return offsets.upperBound
    }
}
