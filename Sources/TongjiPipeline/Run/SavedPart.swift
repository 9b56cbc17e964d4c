import Dispatch
import Store
import Synchronization

/// Where one document goes in the store: its file's entry and, for a part of a file read in
/// parts, the part before it. Parts are extracted side by side but saved in order, each once the
/// one before is, with its figures numbered on from those before it; none after a part that
/// could not be saved is saved, so the file keeps the size -1 that has the next run read it.
final class SavedPart: Sendable {
    /// Why a part was not saved: one before it was not.
    struct EarlierPartNotSaved: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file): a part of it before this one could not be saved" }
    }

    let entry: StoredDocument
    /// With the file's last part read in parts: its size and the files it reprints.
    let finished: (size: Int64, reprintOf: [String])?
    private let previous: SavedPart?
    private let saved = DispatchGroup()
    /// The figures of the file up to this part, once it is saved; nil if it was not.
    private let figuresThrough = Mutex<Int?>(nil)

    init(entry: StoredDocument, after previous: SavedPart?, finished: (size: Int64, reprintOf: [String])?) {
        self.entry = entry
        self.previous = previous
        self.finished = finished
        saved.enter()
    }

    /// Saves this part by `save(firstSeq)`, which returns how many figures it saved, once the
    /// part before is saved: `firstSeq` counts the file's figures before it (0 for a first part).
    func save(_ save: (_ firstSeq: Int) throws -> Int) throws {
        var through: Int?
        defer {
            figuresThrough.withLock { $0 = through }
            saved.leave()
        }
        var firstSeq = 0
        if let previous {
            previous.saved.wait()
            guard let before = previous.figuresThrough.withLock({ $0 }) else { throw EarlierPartNotSaved(file: entry.path) }
            firstSeq = before
        }
        through = firstSeq + (try save(firstSeq))
    }
}
