/// A set of code points for scanning sentences, as a bit for each code point of the Basic
/// Multilingual Plane; one beyond it shares the bit of its low 16 bits, so that a member is
/// never missed but others may be taken for one, for the caller to look at closely. One load
/// and a test a code point, where a hash look-up costs a dozen instructions.
struct ScalarBitmap: Sendable {
    /// Always 0x10000 bits: any code point's low 16 bits index it.
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    init() {}

    init(_ members: some Sequence<Unicode.Scalar>) {
        for scalar in members { insert(scalar) }
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let bit = Self.bit(of: scalar)
        words[bit >> 6] |= 1 << (bit & 63)
    }

    /// True for a member, and for a code point beyond the BMP that shares a member's bit.
    @inline(__always)
    func mayContain(_ scalar: Unicode.Scalar) -> Bool {
        let bit = Self.bit(of: scalar)
        return words[bit >> 6] & (1 << (bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(of scalar: Unicode.Scalar) -> Int { Int(scalar.value & 0xFFFF) }

    /// The first offset of `offsets` whose code point may be a member (see `mayContain`), else
    /// `offsets.upperBound`. Through buffer pointers, whose indices are in bounds by
    /// construction (offsets clamped to the text, bits of 16 bits into 0x10000): the array
    /// checks cost a third of this loop, which the finders run over every sentence.
    func firstMember(in scalars: [Unicode.Scalar], among offsets: Range<Int>) -> Int {
        let start = max(offsets.lowerBound, 0)
        let end = min(offsets.upperBound, scalars.count)
        guard start < end else { return offsets.upperBound }
        return scalars.withUnsafeBufferPointer { scalars in
            words.withUnsafeBufferPointer { words in
                var offset = start
                while offset < end {
                    let bit = Self.bit(of: scalars[offset])
                    if words[bit >> 6] & (1 << (bit & 63)) != 0 { return offset }
                    offset &+= 1
                }
                return offsets.upperBound
            }
        }
    }

    /// The offsets of `offsets` whose code points may be members, in order: `firstMember` asked
    /// again after each, for a scan that looks at every one.
    func members(in scalars: [Unicode.Scalar], among offsets: Range<Int>) -> Members {
        Members(bitmap: self, scalars: scalars, position: offsets.lowerBound, end: offsets.upperBound)
    }

    struct Members: Sequence, IteratorProtocol {
        fileprivate let bitmap: ScalarBitmap
        fileprivate let scalars: [Unicode.Scalar]
        fileprivate var position: Int
        fileprivate let end: Int

        mutating func next() -> Int? {
            guard position < end else { return nil }
            let found = bitmap.firstMember(in: scalars, among: position..<end)
            position = found < end ? found + 1 : end
            return found < end ? found : nil
        }
    }
}
