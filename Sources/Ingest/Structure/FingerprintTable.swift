internal import CPrefetch
import TongjiCore

/// The place where each fingerprinted text was first seen: an open-addressing hash table.
///
/// Fingerprints are already well mixed, so they index the table directly; a `Dictionary`
/// would hash them again through `Hasher`, which cost a fifth of ingest time. A place takes
/// 12 bytes (the file as an index into `files`) instead of a 32-byte `SourceLocation`, since
/// the table grows with the whole corpus.
struct FingerprintTable: Sendable {
    private struct Place: Sendable {
        var file: UInt32
        var line: Int32
        var column: Int32
    }

    /// Marks an empty slot; `Fingerprint` never yields it.
    private static let empty: UInt64 = 0

    private var keys = [UInt64](repeating: empty, count: 1024)
    /// Set only where `keys` holds a key, and read only there.
    private var places = unsetPlaces(count: 1024)
    /// How many keys it holds.
    private(set) var count = 0
    private var files: [String] = []

    /// Where the text of `key` was first seen, or nil.
    subscript(key: UInt64) -> SourceLocation? {
        let slot = self.slot(of: key)
        guard keys[slot] != Self.empty else { return nil }
        let place = places[slot]
        return SourceLocation(file: files[Int(place.file)], line: Int(place.line), column: Int(place.column))
    }

    /// True when the text of `key` was seen.
    func contains(_ key: UInt64) -> Bool {
        keys[slot(of: key)] != Self.empty
    }

    /// Starts loading the slot where a look-up of `key` begins, so that the look-up need not
    /// wait for memory when it comes: the table is larger than the caches. With `place`, the
    /// slot's place too, which an insertion writes.
    @inline(__always)
    func prefetch(_ key: UInt64, place: Bool = false) {
        let slot = Self.firstSlot(of: key, slotCount: keys.count)
        keys.withUnsafeBufferPointer { tongji_prefetch($0.baseAddress! + slot) }
        if place { places.withUnsafeBufferPointer { tongji_prefetch($0.baseAddress! + slot) } }
    }

    /// Remembers where code point `offset` of the text `origin` maps came from, for `key`,
    /// unless the key is already known. Takes the origin rather than a `SourceLocation`, so
    /// that a known key costs no location. Inlined, with what it calls, into the marking of
    /// reprints, which inserts every new clause (~100,000 a 4 MB): the calls cost a tenth as much
    /// as all the marking.
    @inline(__always)
    mutating func insertIfAbsent(_ key: UInt64, in origin: TextOrigin, at offset: Int) {
        let slot = self.slot(of: key)
        guard keys[slot] == Self.empty else { return }
        let (line, column) = origin.lineAndColumn(ofScalarOffset: offset)
        insert(key, at: slot, place: Place(file: fileIndex(origin.file), line: Int32(line), column: Int32(column)))
    }

    /// Remembers that the text of `key` stood at `line` and `column` of `file`, unless the key
    /// is already known.
    mutating func insertIfAbsent(_ key: UInt64, file: String, line: Int32, column: Int32) {
        let slot = self.slot(of: key)
        guard keys[slot] == Self.empty else { return }
        insert(key, at: slot, place: Place(file: fileIndex(file), line: line, column: column))
    }

    @inline(__always)
    private mutating func insert(_ key: UInt64, at slot: Int, place: Place) {
        keys.withUnsafeMutableBufferPointer { $0[slot] = key }
        places.withUnsafeMutableBufferPointer { $0[slot] = place }
        count += 1
        if count * 4 > keys.count * 3 { grow() }
    }

    /// The slot holding `key`, or the empty slot where it belongs (linear probing).
    private func slot(of key: UInt64) -> Int {
        keys.withUnsafeBufferPointer { Self.slot(of: key, in: $0) }
    }

    /// Read through a buffer pointer: probing is most of the work of marking reprints, and
    /// array subscripts check bounds at every probe.
    private static func slot(of key: UInt64, in keys: UnsafeBufferPointer<UInt64>) -> Int {
        let mask = keys.count &- 1
        var slot = firstSlot(of: key, slotCount: keys.count)
        while keys[slot] != key && keys[slot] != Self.empty { slot = (slot &+ 1) & mask }
        return slot
    }

    /// The slot a look-up of `key` starts probing at, in a table of `slotCount` slots (a power
    /// of two): shared by the look-up and `prefetch`, which must load the same one.
    @inline(__always)
    private static func firstSlot(of key: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: key) & (slotCount &- 1)
    }

    @inline(__always)
    private mutating func fileIndex(_ file: String) -> UInt32 {
        if let last = files.last, last == file { return UInt32(files.count - 1) }
        files.append(file)
        return UInt32(files.count - 1)
    }

    /// Places left as they come from the allocator (a place is only read where its slot holds
    /// a key): clearing them on every growth cost as many instructions as all the look-ups.
    private static func unsetPlaces(count: Int) -> [Place] {
        [Place](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// Four times the room, not twice: every key moves about a third as often, and a table of
    /// a whole generation ends at the same million slots (`DuplicateIndex.generationSize`).
    /// Doubling, moving keys and clearing new room cost 1.3 % of reading 4 MB.
    private mutating func grow() {
        let oldKeys = keys, oldPlaces = places
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 4)
        places = Self.unsetPlaces(count: oldKeys.count * 4)
        keys.withUnsafeMutableBufferPointer { keys in
            places.withUnsafeMutableBufferPointer { places in
                oldKeys.withUnsafeBufferPointer { oldKeys in
                    oldPlaces.withUnsafeBufferPointer { oldPlaces in
                        for index in oldKeys.indices where oldKeys[index] != Self.empty {
                            let slot = Self.slot(of: oldKeys[index], in: UnsafeBufferPointer(keys))
                            keys[slot] = oldKeys[index]
                            places[slot] = oldPlaces[index]
                        }
                    }
                }
            }
        }
    }
}

/// A 64-bit FNV-1a hash of a sequence of code points, finished with a MurmurHash3 mix so that
/// its low bits can index a table.
struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ scalar: Unicode.Scalar) {
        state = (state ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
    }

    /// The hash; never 0, which marks empty table slots.
    var value: UInt64 {
        var hash = state
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }
}
