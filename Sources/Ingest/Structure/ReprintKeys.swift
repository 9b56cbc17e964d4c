/// The fingerprints one document's text gave the reprint index, in the order it gave them, with
/// the line and column where each text stood. `tongji run` keeps them in its store and replays
/// them for a file it need not read again, so that new files are still checked against it and
/// a run that adds files marks the same reprints as one that reads them all.
///
/// Kept as the store keeps them, 16 bytes an entry (the key, then line and column,
/// little-endian), in words of 8 bytes: appending a word costs a store and a capacity check,
/// where appending 16 bytes to a byte array went through a generic copy (144 instructions an
/// entry). A year of news gives 5 MB of them; `packed` copies them out once, to be saved, and
/// `Packed` reads them back in place.
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

    /// The entries, packed.
    public var packed: [UInt8] {
        words.withUnsafeBytes { [UInt8]($0) }
    }

    /// Entries packed as `packed` gives them, read where they lie (a row of the store) rather
    /// than copied into a `ReprintKeys`: a run replays every stored file's keys (51 MB for the
    /// 110 MB benchmark corpus), which were copied three times (SQLite's blob to `Data`, to
    /// bytes, to words). Valid only while its bytes are.
    public struct Packed {
        private let bytes: UnsafeRawBufferPointer

        /// Nil when `bytes` is not a whole number of entries. For the package only: a view
        /// kept past the call that lends its bytes would read freed memory.
        package init?(_ bytes: UnsafeRawBufferPointer) {
            guard bytes.count % ReprintKeys.packedSize == 0 else { return nil }
            self.bytes = bytes
        }

        /// How many entries.
        var count: Int { bytes.count / ReprintKeys.packedSize }

        /// The entry at `index`.
        subscript(index: Int) -> Entry {
            let position = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * ReprintKeys.packedSize + 8, as: UInt64.self))
            return Entry(key: key(at: index), line: Int32(bitPattern: UInt32(truncatingIfNeeded: position)),
                         column: Int32(bitPattern: UInt32(truncatingIfNeeded: position >> 32)))
        }

        /// The key of the entry at `index`.
        func key(at index: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * ReprintKeys.packedSize, as: UInt64.self))
        }
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
