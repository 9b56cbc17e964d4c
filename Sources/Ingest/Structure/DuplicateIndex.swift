import TongjiCore

/// Remembers the clauses seen so far and marks sentences that repeat them (reprints).
///
/// Clauses, not whole sentences, are hashed because a repeat may start in the middle of a
/// sentence (the sample page reprints a passage from the second half of a re-joined sentence
/// on). A sentence is a repeat when its whole text was seen, or when at least `seenShare` of
/// its clause text was. One dictionary lookup per clause keeps it linear in the input.
struct DuplicateIndex: Sendable {
    private static let minimumClauseLength = 6
    private static let minimumWholeLength = 6
    private static let seenShare = 0.8

    private var firstSeen: [Int: SourceLocation] = [:]

    /// Sets `duplicateOf` on sentences that repeat earlier text, and remembers the new ones.
    mutating func mark(_ sentence: inout Sentence) {
        let scalars = Array(sentence.text.unicodeScalars)
        let clauses = Self.clauses(of: scalars)
        let whole = Self.key(scalars[...])
        sentence.duplicateOf = duplicateOrigin(of: sentence, scalars: scalars, clauses: clauses, whole: whole)
        if scalars.count >= Self.minimumWholeLength, firstSeen[whole] == nil { firstSeen[whole] = sentence.location }
        for clause in clauses {
            let key = Self.key(scalars[clause])
            if firstSeen[key] == nil { firstSeen[key] = sentence.location(ofScalarOffset: clause.lowerBound) }
        }
    }

    private func duplicateOrigin(of sentence: Sentence, scalars: [Unicode.Scalar], clauses: [Range<Int>],
                                 whole: Int) -> SourceLocation? {
        if scalars.count >= Self.minimumWholeLength, let original = firstSeen[whole] { return original }
        let total = clauses.reduce(0) { $0 + $1.count }
        let seen = clauses.filter { firstSeen[Self.key(scalars[$0])] != nil }
        guard let first = seen.first, Double(seen.reduce(0) { $0 + $1.count }) >= Double(total) * Self.seenShare,
              let clauseOrigin = firstSeen[Self.key(scalars[first])] else { return nil }
        let column = clauseOrigin.column - first.lowerBound
        guard column >= 1 else { return clauseOrigin }
        return SourceLocation(file: clauseOrigin.file, line: clauseOrigin.line, column: column)
    }

    /// The ranges between clause punctuation that are long enough to be distinctive.
    private static func clauses(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || Punctuation.clauseBoundaries.contains(scalars[index]) {
            if index - start >= minimumClauseLength { result.append(start..<index) }
            start = index + 1
        }
        return result
    }

    /// A hash of the text without white space and quotes, which reprints often change.
    private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var hasher = Hasher()
        for scalar in scalars where !scalar.properties.isWhitespace && !Punctuation.closers.contains(scalar)
            && Punctuation.quotePairs[scalar] == nil {
            hasher.combine(scalar.value)
        }
        return hasher.finalize()
    }
}
