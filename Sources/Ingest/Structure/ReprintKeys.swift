/// The fingerprints one document's text gave the reprint index, in the order it gave them, with
/// the line and column where each text stood. `tongji run` keeps them in its store and replays
/// them for a file it need not read again, so that new files are still checked against it and
/// a run that adds files marks the same reprints as one that reads them all.
public struct ReprintKeys: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var key: UInt64
        var line: Int32
        var column: Int32
    }

    /// Bytes an entry takes packed: the key, then line and column, little-endian.
    private static let packedSize = 16

    private(set) var entries: [Entry] = []

    public init() {}

    /// Unpacks `packed`; nil when it is not a whole number of entries.
    public init?(packed: [UInt8]) {
        guard packed.count % Self.packedSize == 0 else { return nil }
        entries.reserveCapacity(packed.count / Self.packedSize)
        packed.withUnsafeBytes { bytes in
            for offset in stride(from: 0, to: bytes.count, by: Self.packedSize) {
                entries.append(Entry(key: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                                     line: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Int32.self)),
                                     column: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 12, as: Int32.self))))
            }
        }
    }

    /// The form the store keeps.
    public var packed: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * Self.packedSize)
        for entry in entries {
            withUnsafeBytes(of: entry.key.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: entry.line.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: entry.column.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// How many fingerprints.
    public var count: Int { entries.count }

    mutating func append(_ key: UInt64, line: Int, column: Int) {
        entries.append(Entry(key: key, line: Int32(line), column: Int32(column)))
    }
}
