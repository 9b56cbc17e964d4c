/// Cleaned-up text together with the original place of every code point.
struct MappedText: Sendable {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var origin: TextOrigin

    init(file: String) {
        origin = TextOrigin(file: file)
    }

    var isEmpty: Bool { scalars.isEmpty }
    var count: Int { scalars.count }
    var string: String { Self.string(scalars[...]) }

    /// The text of `scalars`, encoded straight into the string's storage: appending scalars to
    /// a `String.UnicodeScalarView` one by one cost an eighth of ingest time.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[index] = unit
                    index += 1
                }
            }
            return index
        }
    }

    mutating func append(_ scalar: Unicode.Scalar, line: Int, column: Int) {
        scalars.append(scalar)
        origin.appendScalar(line: line, column: column)
    }

    mutating func append(_ other: MappedText) {
        scalars.append(contentsOf: other.scalars)
        origin.append(other.origin)
    }

    func slice(_ range: Range<Int>) -> MappedText {
        var result = MappedText(file: origin.file)
        // Not `Array(scalars[range])`, which may share a whole buffer, growth slack included.
        result.scalars.reserveCapacity(range.count)
        result.scalars.append(contentsOf: scalars[range])
        result.origin = origin.slice(range)
        return result
    }

    /// Empties the text but keeps its storage, for a buffer that is filled again.
    mutating func removeAll() {
        scalars.removeAll(keepingCapacity: true)
        origin = TextOrigin(file: origin.file)
    }

    /// The text without leading and trailing white space.
    func trimmed() -> MappedText {
        let range = trimmed(0..<scalars.count)
        return range == 0..<scalars.count ? self : slice(range)
    }

    /// A trimmed copy that owns storage of exactly its size, for text taken out of a reused buffer.
    func trimmedCopy() -> MappedText {
        slice(trimmed(0..<scalars.count))
    }

    /// `range` without leading and trailing white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ScalarClass(scalars[start]).contains(.whitespace) { start += 1 }
        while end > start, ScalarClass(scalars[end - 1]).contains(.whitespace) { end -= 1 }
        return start..<end
    }

    /// The UTF-8 offsets of the code point ranges `ranges`, which must be in increasing order.
    func utf8Ranges(of ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(ranges.count)
        var index = 0, offset = 0
        func advance(to target: Int) {
            while index < target {
                offset += UTF8.width(scalars[index])
                index += 1
            }
        }
        for range in ranges {
            advance(to: range.lowerBound)
            let start = offset
            advance(to: range.upperBound)
            result.append(start..<offset)
        }
        return result
    }
}
