#if canImport(Glibc)
import Glibc
#endif
import Ingest
import Store

/// Which inputs a run must read: new files, files whose size or modification time changed (or
/// whose inode change time moved and whose bytes hash differently), files that failed last
/// time, and copies whose original changed or went; which stored files left. Files whose
/// reprint marks depend on text that changed are found as the run goes, once it knows which
/// files read really changed (`RunJob`). Files kept in place of a missing input root are taken
/// as stored, without looking for them.
struct InputPlan {
    /// The inputs to read, in input order.
    var toRead: [String] = []
    /// Stored files no longer among the inputs.
    var removed: [String] = []
    /// Modification time of each input, seconds since 1970.
    var modified: [String: Double] = [:]
    /// Inode change time of each input, seconds since 1970.
    var changed: [String: Double] = [:]
    /// Files whose inode changed while their bytes did not (chmod, a copy with `cp -p`): their
    /// new change time, to record so that they are not hashed again.
    var rehashed: [String: Double] = [:]
    /// For each content hash already stored and kept, the file that counts it.
    var hashOwners: [String: String] = [:]

    init(inputs: [String], stored: [String: StoredDocument], kept: Set<String>) {
        let current = Set(inputs)
        removed = stored.keys.filter { !current.contains($0) }.sorted()
        var unchanged: [String: StoredDocument] = [:]
        for path in inputs {
            if kept.contains(path) {
                // Not a file left half-saved in parts (size -1): kept unread, it is marked failed.
                if let old = stored[path], old.status != .failed, old.size >= 0 { unchanged[path] = old }
                continue
            }
            var info = stat()
            let found = path != "-" && stat(path, &info) == 0
            let mtime = found ? Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 : 0
            let ctime = found ? Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9 : 0
            modified[path] = mtime
            changed[path] = ctime
            guard found, let old = stored[path], old.status != .failed, old.size == Int64(info.st_size), old.modified == mtime else {
                continue
            }
            if old.changed == ctime {
                unchanged[path] = old
            } else if FileContentHash.ofFile(at: path) == old.contentHash {
                unchanged[path] = old
                rehashed[path] = ctime
            }
        }
        // A file kept for a missing root has the figures of its last reading when it was read
        // once and was no copy (stored read, or failed since its root went): it counts them, and
        // an unchanged file with the same bytes (left counted beside it by an older tongji) is
        // read again, to become its copy.
        var keptOwners: [String: String] = [:]
        for path in inputs where kept.contains(path) {
            guard let old = stored[path], old.holdsFiguresOfItsBytes, keptOwners[old.contentHash] == nil else { continue }
            keptOwners[old.contentHash] = path
        }
        for (path, old) in unchanged where old.status == .read {
            if let keptOwner = keptOwners[old.contentHash], keptOwner != path {
                unchanged[path] = nil
            } else {
                hashOwners[old.contentHash] = path
            }
        }
        hashOwners.merge(keptOwners) { _, kept in kept }
        // A copy whose original changed or went must be read again: it may now count.
        for (path, old) in unchanged where old.status == .duplicate {
            let owner = hashOwners[old.contentHash]
            if owner == nil || old.duplicateOf.map({ $0 != owner && unchanged[$0] == nil }) ?? true {
                unchanged[path] = nil
            }
        }
        toRead = inputs.filter { unchanged[$0] == nil }
    }

    /// The stored files at `root` or below it, in the order a walk of the folder lists them:
    /// the files that stand for a root that is missing, so that none of them leaves the store.
    static func storedFiles(at root: String, in stored: [String: StoredDocument]) -> [String] {
        let folder = root.hasSuffix("/") ? root : root + "/"
        return stored.keys.filter { $0 == root || $0.utf8.starts(with: folder.utf8) }.sorted {
            $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
    }
}
