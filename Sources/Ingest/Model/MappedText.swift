/// Cleaned-up text together with the original place of every code point.
struct MappedText: Sendable {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var origin: TextOrigin
    /// The same text as copied out of the decoded input when it stands there unchanged (a
    /// plain text line without cleaned-up code points): a copy costs neither encoding nor the
    /// validation that every `String` built from bytes goes through. A copy of its own, not a
    /// `Substring`, so the decoded input is freed once its lines are read, and a paragraph of
    /// one line shares this storage.
    private var verbatim: String?

    init(file: String) {
        origin = TextOrigin(file: file)
    }

    var isEmpty: Bool { scalars.isEmpty }
    var count: Int { scalars.count }
    var string: String { verbatim ?? Self.string(scalars[...]) }

    /// The text of `scalars`, encoded straight into the string's storage: appending scalars to
    /// a `String.UnicodeScalarView` one by one cost an eighth of ingest time.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { scalars in
            var length = 0
            for scalar in scalars { length &+= UTF8Scan.width(scalar) }
            return String(unsafeUninitializedCapacity: length) { buffer in
                guard let start = buffer.baseAddress else { return 0 }
                var index = 0
                for scalar in scalars { index = UTF8Scan.encode(scalar, into: start, at: index) }
                return index
            }
        }
    }

    /// A text from its code points and their origin, which must count as many.
    init(scalars: [Unicode.Scalar], origin: TextOrigin, verbatim: String? = nil) {
        self.scalars = scalars
        self.origin = origin
        self.verbatim = verbatim
    }

    mutating func append(_ scalar: Unicode.Scalar, line: Int, column: Int) {
        scalars.append(scalar)
        origin.appendScalar(line: line, column: column)
        verbatim = nil
    }

    mutating func append(_ other: MappedText) {
        scalars.append(contentsOf: other.scalars)
        origin.append(other.origin)
        verbatim = nil
    }

    func slice(_ range: Range<Int>) -> MappedText {
        var result = MappedText(file: origin.file)
        // Not `Array(scalars[range])`, which may share a whole buffer, growth slack included.
        result.scalars.reserveCapacity(range.count)
        result.scalars.append(contentsOf: scalars[range])
        result.origin = origin.slice(range)
        return result
    }

    /// The text without leading and trailing white space.
    func trimmed() -> MappedText {
        let range = trimmed(0..<scalars.count)
        return range == 0..<scalars.count ? self : slice(range)
    }

    /// `range` without leading and trailing white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        Self.trimmed(range, of: scalars)
    }

    /// `range` of `scalars` without leading and trailing white space.
    static func trimmed(_ range: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int> {
        scalars.withUnsafeBufferPointer { trimmed(range, of: $0) }
    }

    /// `range` of `scalars` without leading and trailing white space.
    static func trimmed(_ range: Range<Int>, of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Range<Int> {
        let classes = ScalarClass.table
        var start = range.lowerBound, end = range.upperBound
        while start < end, classes[scalars[start]].contains(.whitespace) { start += 1 }
        while end > start, classes[scalars[end - 1]].contains(.whitespace) { end -= 1 }
        return start..<end
    }
}
