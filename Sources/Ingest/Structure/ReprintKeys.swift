/// The fingerprints one document's text gave the reprint index, in the order it gave them, with
/// the line and column where each text stood. `tongji run` keeps them in its store and replays
/// them for a file it need not read again, so that new files are still checked against it and
/// a run that adds files marks the same reprints as one that reads them all.
///
/// Kept as the store keeps them, 16 bytes an entry (the key, then line and column,
/// little-endian), in words of 8 bytes: appending a word costs a store and a capacity check,
/// where appending 16 bytes to a byte array went through a generic copy (144 instructions an
/// entry). A year of news gives 5 MB of them; `packed` copies them out once, to be saved.
public struct ReprintKeys: Sendable, Hashable {
    struct Entry {
        var key: UInt64
        var line: Int32
        var column: Int32
    }

    /// Bytes an entry takes, packed.
    public static let packedSize = 16

    /// Two words an entry, each little-endian: the key, then the line and column.
    private var words: [UInt64] = []

    public init() {}

    /// Takes `packed` over; nil when it is not a whole number of entries.
    public init?(packed: [UInt8]) {
        guard packed.count % Self.packedSize == 0 else { return nil }
        words = packed.withUnsafeBytes { bytes in
            Array(unsafeUninitializedCapacity: bytes.count / 8) { buffer, count in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
                count = bytes.count / 8
            }
        }
    }

    /// The entries, packed.
    public var packed: [UInt8] {
        words.withUnsafeBytes { [UInt8]($0) }
    }

    /// Calls `body` with each entry, in order.
    func forEach(_ body: (Entry) -> Void) {
        for index in stride(from: 0, to: words.count, by: 2) { body(entry(at: index)) }
    }

    /// True when `predicate` holds for some entry.
    func contains(where predicate: (Entry) -> Bool) -> Bool {
        stride(from: 0, to: words.count, by: 2).contains { predicate(entry(at: $0)) }
    }

    private func entry(at index: Int) -> Entry {
        let position = UInt64(littleEndian: words[index + 1])
        return Entry(key: UInt64(littleEndian: words[index]),
                     line: Int32(bitPattern: UInt32(truncatingIfNeeded: position)),
                     column: Int32(bitPattern: UInt32(truncatingIfNeeded: position >> 32)))
    }

    mutating func reserveCapacity(_ entries: Int) {
        words.reserveCapacity(entries * 2)
    }

    mutating func append(_ key: UInt64, line: Int, column: Int) {
        let position = UInt64(UInt32(bitPattern: Int32(line))) | UInt64(UInt32(bitPattern: Int32(column))) << 32
        words.append(key.littleEndian)
        words.append(position.littleEndian)
    }
}
