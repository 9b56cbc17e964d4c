/// A fixed map from code points to small numbers, for the look-ups done at every code point of
/// every sentence. Open addressing with a multiplicative hash: a few instructions a probe, where
/// a Dictionary or Set of Unicode.Scalar spends ~100 on SipHash (5% of the whole program).
struct ScalarTable: Sendable {
    /// One slot a word: the code point in the low half, its number in the high half; a free
    /// slot holds `empty`, whose low half is no code point.
    private let slots: [UInt64]
    private let shift: UInt32
    private static let empty = UInt64.max

    /// `pairs` must not repeat a code point.
    init(_ pairs: [(Unicode.Scalar, Int)]) {
        var bits: UInt32 = 4
        while 1 << bits < 2 * pairs.count { bits += 1 }
        var slots = [UInt64](repeating: Self.empty, count: 1 << bits)
        shift = 32 - bits
        for (scalar, value) in pairs {
            var slot = Self.slot(of: scalar.value, shift: shift)
            while slots[slot] != Self.empty { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt64(UInt32(value)) << 32 | UInt64(scalar.value)
        }
        self.slots = slots
    }

    /// A set of code points: each maps to 0.
    init(members: some Sequence<Unicode.Scalar>) {
        var seen = Set<Unicode.Scalar>()
        self.init(members.filter { seen.insert($0).inserted }.map { ($0, 0) })
    }

    private static func slot(of value: UInt32, shift: UInt32) -> Int {
        Int((value &* 0x9E37_79B1) >> shift)
    }

    subscript(scalar: Unicode.Scalar) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(of: scalar.value, shift: shift)
        while true {
            let entry = slots[slot]
            if UInt32(truncatingIfNeeded: entry) == scalar.value { return Int(entry >> 32) }
            if entry == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool { self[scalar] != nil }
}
