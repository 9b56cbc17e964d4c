import TongjiCore

/// Remembers the clauses seen so far and marks sentences that repeat them (reprints).
///
/// Clauses, not whole sentences, are fingerprinted because a repeat may start in the middle of
/// a sentence (the sample page reprints a passage from the second half of a re-joined sentence
/// on). A sentence is a repeat when its whole text was seen, or when at least `seenShare` of
/// its clause text was. One pass over the sentence and one table lookup per clause keep it
/// linear in the input.
///
/// Recording keys (`tongji run`), it also keeps the fingerprints each document gives, which a
/// later run replays for the files it does not read again.
public struct DuplicateIndex: Sendable {
    private static let minimumClauseLength = 6
    private static let minimumWholeLength = 6
    private static let seenShare = 0.8

    /// A clause long enough to be distinctive: its fingerprint, first code point and length.
    private struct Clause {
        var key: UInt64
        var start: Int
        var count: Int
    }

    /// Clauses remembered per generation. Two generations bound memory however long the run
    /// (at most twice this many keys in tables of 20 bytes a slot: about 45 MB), and still find
    /// a reprint of anything printed within the last 0.5–1 million clauses. News text has about
    /// 21 000 clauses a MB, so that is the last 24–48 MB of text: years of a daily paper or of
    /// the national news programme's transcripts. A million per generation cost 45 MB more at
    /// the peak of a run and flagged 4% more reprinted figures in the benchmark corpus, all of
    /// text printed more than 24 MB earlier.
    static let generationSize = 500_000

    /// How many stored keys ahead of the one replayed (or checked) their look-ups are started.
    /// The tables outgrow the caches, and replay, a tight loop of look-ups, waited for memory at
    /// two of them a key (`perf`: four fifths of its own time on one compare); started 16 keys
    /// ahead, they find their lines in the cache. Marking a document's sentences gained nothing
    /// from the same: its look-ups already overlap the fingerprinting around them.
    private static let storedLookahead = 16

    private var recent = FingerprintTable()
    private var older = FingerprintTable()
    /// Reused for every sentence, so marking allocates nothing per sentence.
    private var clauses: [Clause] = []
    private let recordsKeys: Bool
    /// The fingerprints given since the last `takeKeys()`, when recording.
    private var recorded = ReprintKeys()

    /// An empty index; `recordingKeys` keeps each document's fingerprints (`Document.reprintKeys`).
    public init(recordingKeys: Bool = false) {
        recordsKeys = recordingKeys
    }

    /// Sets `duplicateOf` on sentences that repeat earlier text, and remembers the new ones.
    /// `utf8` is the sentence's text, which the caller reads in place from its paragraph's.
    mutating func mark(_ sentence: inout Sentence, utf8: UnsafeBufferPointer<UInt8>) {
        let (whole, count) = fingerprints(of: utf8)
        let isLongEnough = count >= Self.minimumWholeLength
        sentence.duplicateOf = (isLongEnough ? firstSeen(whole) : nil) ?? clauseOrigin()
        if isLongEnough { remember(whole, in: sentence.origin, at: 0) }
        for clause in clauses {
            remember(clause.key, in: sentence.origin, at: clause.start)
        }
    }

    /// True when `text`, a sentence of `file`, repeats earlier text by the rules of `mark`; its
    /// text is remembered, with no place in the file. For sentences known only by their text:
    /// the figure lines `tongji aggregate` merges from partitions read apart.
    public mutating func repeatsEarlierText(_ text: String, in file: String) -> Bool {
        var text = text
        let (whole, count) = text.withUTF8 { fingerprints(of: $0) }
        let isLongEnough = count >= Self.minimumWholeLength
        let repeats = (isLongEnough && isSeen(whole)) || clauseOrigin() != nil
        if isLongEnough { remember(whole, file: file, line: 0, column: 0) }
        for clause in clauses { remember(clause.key, file: file, line: 0, column: 0) }
        return repeats
    }

    /// Remembers the fingerprints `file` gave when it was last read, as reading it again would.
    public mutating func replay(_ keys: ReprintKeys.Packed, of file: String) {
        for index in 0..<keys.count {
            prefetch(ahead: index, in: keys)
            let entry = keys[index]
            learn(entry.key, file: file, line: entry.line, column: entry.column)
        }
    }

    /// True when text of `keys` was first seen in one of `files`: the file that gave `keys`
    /// reprints text of a file read in this run, so its own marks may have changed.
    public func hasText(firstSeenIn files: Set<String>, among keys: ReprintKeys.Packed) -> Bool {
        guard !files.isEmpty else { return false }
        for index in 0..<keys.count {
            prefetch(ahead: index, in: keys)
            if let origin = firstSeen(keys.key(at: index)), files.contains(origin.file) { return true }
        }
        return false
    }

    /// Starts the look-ups, in both generations, of the stored key `storedLookahead` entries
    /// after `index` (and the place an insertion of it would write).
    private func prefetch(ahead index: Int, in keys: ReprintKeys.Packed) {
        guard index + Self.storedLookahead < keys.count else { return }
        let ahead = keys.key(at: index + Self.storedLookahead)
        older.prefetch(ahead)
        recent.prefetch(ahead, place: true)
    }

    /// Makes room, when recording, for the fingerprints of `byteCount` bytes of text: about
    /// one every 35 bytes of news, so room for one every 24. Grown by doubling, the keys of
    /// each document were copied into fresh pages again and again.
    mutating func reserveKeys(forTextBytes byteCount: @autoclosure () -> Int) {
        if recordsKeys { recorded.reserveCapacity(byteCount() / 24) }
    }

    /// The fingerprints given since the last call, in order; empty unless recording.
    mutating func takeKeys() -> ReprintKeys {
        defer { recorded = ReprintKeys() }
        return recorded
    }

    private func firstSeen(_ key: UInt64) -> SourceLocation? {
        older[key] ?? recent[key]
    }

    private func isSeen(_ key: UInt64) -> Bool {
        older.contains(key) || recent.contains(key)
    }

    /// Remembers that the text of `key` starts at code point `offset` of the text `origin` maps.
    /// Checks for a full generation after every key, not every sentence, so that a replay
    /// starts generations exactly where reading did.
    private mutating func remember(_ key: UInt64, in origin: TextOrigin, at offset: Int) {
        if recordsKeys {
            let (line, column) = origin.lineAndColumn(ofScalarOffset: offset)
            remember(key, file: origin.file, line: line, column: column)
            return
        }
        if !older.contains(key) { recent.insertIfAbsent(key, in: origin, at: offset) }
        startGenerationIfFull()
    }

    private mutating func remember(_ key: UInt64, file: String, line: Int, column: Int) {
        if recordsKeys { recorded.append(key, line: line, column: column) }
        learn(key, file: file, line: Int32(line), column: Int32(column))
    }

    /// Remembers where the text of `key` stood, unless an earlier place is known, without
    /// recording it: what reading and replaying share.
    private mutating func learn(_ key: UInt64, file: String, line: Int32, column: Int32) {
        if !older.contains(key) { recent.insertIfAbsent(key, file: file, line: line, column: column) }
        startGenerationIfFull()
    }

    private mutating func startGenerationIfFull() {
        guard recent.count > Self.generationSize else { return }
        older = recent
        recent = FingerprintTable()
    }

    /// Where the seen clauses first stood, when they make up `seenShare` of the clause text.
    private func clauseOrigin() -> SourceLocation? {
        var total = 0, seenCount = 0
        var first: Clause?
        for clause in clauses {
            total += clause.count
            guard isSeen(clause.key) else { continue }
            seenCount += clause.count
            if first == nil { first = clause }
        }
        guard let first, Double(seenCount) >= Double(total) * Self.seenShare,
              let clauseOrigin = firstSeen(first.key) else { return nil }
        let column = clauseOrigin.column - first.start
        guard column >= 1 else { return clauseOrigin }
        return SourceLocation(file: clauseOrigin.file, line: clauseOrigin.line, column: column)
    }

    /// The fingerprint and length in code points of the whole UTF-8 text, and in `clauses` those
    /// of the ranges between clause punctuation that are long enough. White space and quotes,
    /// which reprints often change, are left out of fingerprints.
    private mutating func fingerprints(of text: UnsafeBufferPointer<UInt8>) -> (whole: UInt64, count: Int) {
        clauses.removeAll(keepingCapacity: true)
        let classes = ScalarClass.table
        var whole = Fingerprint(), clause = Fingerprint()
        var start = 0, index = 0, offset = 0
        while offset < text.count {
            let scalar: Unicode.Scalar
            let lead = UInt32(text[offset])
            // Ideographs first, most of the text: U+4000–U+9FFF (lead bytes E4–E9) hold no
            // space, quote or clause punctuation, so they need no class look-up.
            if lead &- 0xE4 < 6 {
                let value = (lead & 0x0F) << 12 | (UInt32(text[offset &+ 1]) & 0x3F) << 6 | UInt32(text[offset &+ 2]) & 0x3F
                let ideograph = unsafeBitCast(value, to: Unicode.Scalar.self)
                whole.add(ideograph)
                clause.add(ideograph)
                offset &+= 3
                index &+= 1
                continue
            }
            // Other three-byte code points (CJK punctuation) decoded in line too.
            if lead & 0xF0 == 0xE0 {
                let value = (lead & 0x0F) << 12 | (UInt32(text[offset &+ 1]) & 0x3F) << 6 | UInt32(text[offset &+ 2]) & 0x3F
                scalar = unsafeBitCast(value, to: Unicode.Scalar.self)
                offset &+= 3
            } else {
                let (decoded, width) = UTF8Scan.scalar(in: text, at: offset)
                scalar = decoded
                offset &+= width
            }
            let scalarClasses = classes[scalar]
            let isKept = scalarClasses.isDisjoint(with: .ignoredInKeys)
            if isKept { whole.add(scalar) }
            if scalarClasses.contains(.clauseBoundary) {
                endClause(&clause, start: start, end: index)
                start = index &+ 1
            } else if isKept {
                clause.add(scalar)
            }
            index &+= 1
        }
        endClause(&clause, start: start, end: index)
        return (whole.value, index)
    }

    private mutating func endClause(_ clause: inout Fingerprint, start: Int, end: Int) {
        if end - start >= Self.minimumClauseLength { clauses.append(Clause(key: clause.value, start: start, count: end - start)) }
        clause = Fingerprint()
    }
}
