import Dispatch
import Store
import Synchronization

/// Where one document goes in the store: its file's entry and, for a part of a file read in
/// parts, the part before it. Parts are extracted side by side but saved in order, each once the
/// one before is, with its figures numbered on from those before it.
final class SavedPart: Sendable {
    let entry: StoredDocument
    /// With the file's last part read in parts: its size and the files it reprints.
    let finished: (size: Int64, reprintOf: [String])?
    private let previous: SavedPart?
    private let saved = DispatchGroup()
    private let figuresThrough = Mutex(0)

    init(entry: StoredDocument, after previous: SavedPart?, finished: (size: Int64, reprintOf: [String])?) {
        self.entry = entry
        self.previous = previous
        self.finished = finished
        saved.enter()
    }

    /// The figures of the file saved before this part: 0 for a first part; otherwise it waits
    /// until the part before is saved.
    func figuresBefore() -> Int {
        guard let previous else { return 0 }
        previous.saved.wait()
        return previous.figuresThrough.withLock { $0 }
    }

    /// Called once, saved or not, so that the next part never waits for ever.
    func markSaved(figuresThrough count: Int) {
        figuresThrough.withLock { $0 = count }
        saved.leave()
    }
}
