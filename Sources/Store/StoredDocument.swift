/// What the store knows of one input file: enough to tell, without reading it again, whether
/// it changed since the last run.
public struct StoredDocument: Sendable, Hashable {
    /// How the last run left the file.
    public enum Status: String, Sendable, Hashable {
        /// Read; its articles and figures are in the store.
        case read
        /// The same bytes as another stored file (`duplicateOf`); its figures count once, there.
        case duplicate
        /// Could not be read (`error`); tried again on every run.
        case failed
    }

    public var path: String
    /// FNV-1a 64 of the bytes, in hex.
    public var contentHash: String
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
    /// Inode change time (ctime), seconds since 1970: it moves with every write, even one that
    /// puts the modification time back; 0 when not recorded.
    public var changed: Double
    public var status: Status
    public var duplicateOf: String?
    /// Other files whose text this one reprints (its duplicate flags depend on them).
    public var reprintOf: [String]
    public var error: String?
    /// When the file was last read, ISO 8601.
    public var processedAt: String

    /// Whether the store holds the figures of a whole reading of this file's bytes: it was read,
    /// not as a copy of another, and not left half-saved. A file that fails later keeps its hash
    /// and `duplicateOf` as that reading left them, so this stays true of it.
    public var holdsFiguresOfItsBytes: Bool {
        !contentHash.isEmpty && duplicateOf == nil && size >= 0
    }

    public init(path: String, contentHash: String, size: Int64, modified: Double, changed: Double = 0, status: Status,
                duplicateOf: String? = nil, reprintOf: [String] = [], error: String? = nil, processedAt: String) {
        self.path = path
        self.contentHash = contentHash
        self.size = size
        self.modified = modified
        self.changed = changed
        self.status = status
        self.duplicateOf = duplicateOf
        self.reprintOf = reprintOf
        self.error = error
        self.processedAt = processedAt
    }
}
