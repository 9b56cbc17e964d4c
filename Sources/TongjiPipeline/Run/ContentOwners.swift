import Store

/// Which file of a run counts each content (the hash of a file's bytes): the first in input order
/// among files with the same bytes, as one run over all of them would count it. The others are
/// its copies, stored with no figures.
///
/// Starts from the stored files found unchanged and those kept for a missing root (`InputPlan`);
/// a file read this run claims its content, or is a copy. A copy earlier in input order than the stored file that counted its bytes takes its
/// place (that file, `displaced`, is read again and becomes the copy), unless that file is kept
/// for a missing root and so not read again.
struct ContentOwners {
    /// The file that counts each content, by hash.
    private var owners: [String: String]
    private let inputOrder: [String: Int]
    private let kept: Set<String>
    /// Stored files a copy earlier in input order took over from.
    private(set) var displaced: Set<String> = []
    /// What each file read this run claimed, and the owner it took it from: given back when the
    /// file is not read whole.
    private var claims: [String: (hash: String, from: String?)] = [:]

    init(_ owners: [String: String], inputs: [String], kept: Set<String>) {
        self.owners = owners
        inputOrder = Dictionary(inputs.enumerated().map { ($1, $0) }) { first, _ in first }
        self.kept = kept
    }

    /// For `path`, just read with content `hash`: the file whose copy it is, or nil when it counts
    /// the content itself.
    mutating func copyOf(_ hash: String, readAs path: String) -> String? {
        let owner = owners[hash].flatMap { $0 == path ? nil : $0 }
        if let owner, kept.contains(owner) || inputOrder[owner, default: -1] < inputOrder[path, default: -1] { return owner }
        if let owner { displaced.insert(owner) }
        claims[path] = (hash, owner)
        owners[hash] = path
        return nil
    }

    /// `path` stopped part of the way and counts for nothing: the owner it took the place of (an
    /// original later in the order) counts again, or none does yet.
    mutating func giveBack(_ path: String) {
        guard let (hash, owner) = claims.removeValue(forKey: path) else { return }
        owners[hash] = owner
        if let owner { displaced.remove(owner) }
    }

    /// Whether a stored file that failed to read this run may keep the figures of its last
    /// reading: not when another file read this run counts its bytes (a copy that took its place,
    /// or came before it).
    func mayKeepFigures(of stored: StoredDocument) -> Bool {
        owners[stored.contentHash].map { $0 == stored.path } ?? true
    }

    /// A failed file kept with the figures of its last reading counts its bytes: a copy after it
    /// is its duplicate.
    mutating func countKept(_ stored: StoredDocument) {
        guard stored.holdsFiguresOfItsBytes else { return }
        owners[stored.contentHash] = stored.path
    }
}
