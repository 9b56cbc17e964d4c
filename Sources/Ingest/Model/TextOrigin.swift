import TongjiCore

/// Where each code point of a cleaned-up text came from in the original input.
///
/// Stored as runs: within one run, consecutive code points of the text come from consecutive
/// columns of one original line, so a text of any length usually needs only a few anchors
/// (one per re-joined line, dropped entity or skipped escape).
public struct TextOrigin: Sendable, Hashable {
    struct Anchor: Sendable, Hashable {
        var offset: Int32
        var line: Int32
        var column: Int32
    }

    /// The file the text was read from, as given to the ingester.
    public let file: String
    /// The first anchor is stored inline: most sentences and lines need no other, so no array
    /// is allocated for them.
    private var first: Anchor?
    private var rest: [Anchor] = []
    private(set) var count = 0

    init(file: String) {
        self.file = file
    }

    /// The original line and column of the code point at `offset` in the text.
    public func location(ofScalarOffset offset: Int) -> SourceLocation {
        let (line, column) = lineAndColumn(ofScalarOffset: offset)
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The original line and column of the code point at `offset`; 0, 0 when the text is empty.
    /// Inlined: reprint marking asks it for every new clause.
    @inline(__always)
    func lineAndColumn(ofScalarOffset offset: Int) -> (line: Int, column: Int) {
        guard let index = anchorIndex(atOrBefore: offset) else { return (0, 0) }
        let anchor = anchor(at: index)
        return (Int(anchor.line), Int(anchor.column) + offset - Int(anchor.offset))
    }

    /// Records that the next code point of the text came from `line`, `column`.
    mutating func appendScalar(line: Int, column: Int) {
        if let last = rest.last ?? first,
           Int(last.line) == line, Int(last.column) + count - Int(last.offset) == column {
            count += 1
            return
        }
        append(Anchor(offset: Int32(count), line: Int32(line), column: Int32(column)))
        count += 1
    }

    /// Records that the next `count` code points came from consecutive columns of `line`,
    /// starting at `column`; the run must not continue the previous one.
    mutating func appendRun(line: Int, column: Int, count: Int) {
        append(Anchor(offset: Int32(self.count), line: Int32(line), column: Int32(column)))
        self.count += count
    }

    /// The origin of code points `range` of this text, re-based to start at offset 0.
    func slice(_ range: Range<Int>) -> TextOrigin {
        var result = TextOrigin(file: file)
        guard !range.isEmpty, var index = anchorIndex(atOrBefore: range.lowerBound) else { return result }
        let start = anchor(at: index)
        result.append(Anchor(offset: 0, line: start.line, column: start.column + Int32(range.lowerBound) - start.offset))
        index += 1
        while index < anchorCount, Int(anchor(at: index).offset) < range.upperBound {
            var anchor = anchor(at: index)
            anchor.offset -= Int32(range.lowerBound)
            result.append(anchor)
            index += 1
        }
        result.count = range.count
        return result
    }

    /// This origin followed by `other` (the texts are concatenated in the same order).
    mutating func append(_ other: TextOrigin) {
        for index in 0..<other.anchorCount {
            var anchor = other.anchor(at: index)
            anchor.offset += Int32(count)
            append(anchor)
        }
        count += other.count
    }

    private var anchorCount: Int { first == nil ? 0 : rest.count + 1 }

    private func anchor(at index: Int) -> Anchor {
        index == 0 ? first! : rest[index - 1]
    }

    private mutating func append(_ anchor: Anchor) {
        if first == nil { first = anchor } else { rest.append(anchor) }
    }

    @inline(__always)
    private func anchorIndex(atOrBefore offset: Int) -> Int? {
        // Most texts have a single anchor (a line, or a sentence of one): no search.
        if rest.isEmpty { return first.flatMap { Int($0.offset) <= offset ? 0 : nil } }
        var low = 0, high = anchorCount - 1, found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if Int(anchor(at: mid).offset) <= offset { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found
    }
}
