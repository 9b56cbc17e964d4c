import Ingest
import Store

/// A run's reprint index, and what it needs to give the index the text of the files it does not
/// read: their stored fingerprints, and which files' text changed in this run.
struct ReprintReplay {
    let store: FigureStore
    let stored: [String: StoredDocument]
    let inputs: Set<String>
    /// Marks the text of the files read, and records their fingerprints for the store.
    var index = DuplicateIndex(recordingKeys: true)
    /// Files read whose bytes are new to the store: only their text can change the marks of
    /// the files after them (a file touched, or tried again after failing, gives the same keys).
    var newText: Set<String> = []

    init(store: FigureStore, stored: [String: StoredDocument], inputs: Set<String>) {
        self.store = store
        self.stored = stored
        self.inputs = inputs
    }

    /// Replays the keys of a stored file not read, and says so, unless its marks may change:
    /// it reprints a file whose text changed or that went, or it shares text with new text
    /// before it; or its keys are missing (a store from before they were kept).
    /// Keys are read a part at a time (a file read in parts saved each part's), so that memory
    /// does not grow with the size of one file: once to look for new text, then to replay.
    mutating func replayedUnchanged(_ path: String) throws -> Bool {
        let reprinted = stored[path]?.reprintOf ?? []
        guard !reprinted.contains(where: { newText.contains($0) || !inputs.contains($0) }),
              try store.hasWholeReprintKeys(of: path, entrySize: ReprintKeys.packedSize) else { return false }
        if !newText.isEmpty {
            var sharesNewText = false
            try store.forEachReprintKeys(of: path) { packed in
                guard !sharesNewText, let keys = ReprintKeys.Packed(packed) else { return }
                sharesNewText = index.hasText(firstSeenIn: newText, among: keys)
            }
            if sharesNewText { return false }
        }
        try replayStored(path)
        return true
    }

    /// Replays the keys of a file that keeps the figures (and so the text) of its last reading.
    mutating func replayStored(_ path: String) throws {
        try store.forEachReprintKeys(of: path) { packed in
            if let keys = ReprintKeys.Packed(packed) { index.replay(keys, of: path) }
        }
    }
}
