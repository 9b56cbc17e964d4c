/// The fingerprints one document's text gave the reprint index, in the order it gave them, with
/// the line and column where each text stood. `tongji run` keeps them in its store and replays
/// them for a file it need not read again, so that new files are still checked against it and
/// a run that adds files marks the same reprints as one that reads them all.
///
/// Kept packed, as the store keeps them, 16 bytes an entry (the key, then line and column,
/// little-endian): a year of news gives 5 MB of them, built while the document is read and
/// saved as they are, with no second copy.
public struct ReprintKeys: Sendable, Hashable {
    struct Entry {
        var key: UInt64
        var line: Int32
        var column: Int32
    }

    /// Bytes an entry takes, packed.
    public static let packedSize = 16

    /// The entries, packed.
    public private(set) var packed: [UInt8] = []

    public init() {}

    /// Takes `packed` over; nil when it is not a whole number of entries.
    public init?(packed: [UInt8]) {
        guard packed.count % Self.packedSize == 0 else { return nil }
        self.packed = packed
    }

    /// Calls `body` with each entry, in order.
    func forEach(_ body: (Entry) -> Void) {
        packed.withUnsafeBytes { bytes in
            for offset in stride(from: 0, to: bytes.count, by: Self.packedSize) { body(Self.entry(at: offset, in: bytes)) }
        }
    }

    /// True when `predicate` holds for some entry.
    func contains(where predicate: (Entry) -> Bool) -> Bool {
        packed.withUnsafeBytes { bytes in
            stride(from: 0, to: bytes.count, by: Self.packedSize).contains { predicate(Self.entry(at: $0, in: bytes)) }
        }
    }

    private static func entry(at offset: Int, in bytes: UnsafeRawBufferPointer) -> Entry {
        Entry(key: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
              line: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Int32.self)),
              column: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 12, as: Int32.self)))
    }

    /// One append of the 16 bytes: three appends cost three capacity and uniqueness checks,
    /// a third of marking reprints while recording.
    mutating func append(_ key: UInt64, line: Int, column: Int) {
        let position = UInt64(UInt32(bitPattern: Int32(line))) | UInt64(UInt32(bitPattern: Int32(column))) << 32
        withUnsafeBytes(of: (key.littleEndian, position.littleEndian)) { packed.append(contentsOf: $0) }
    }
}
