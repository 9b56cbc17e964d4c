/// Cleaned-up text together with the original place of every code point.
struct MappedText: Sendable {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var origin: TextOrigin

    init(file: String) {
        origin = TextOrigin(file: file)
    }

    var isEmpty: Bool { scalars.isEmpty }
    var count: Int { scalars.count }
    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
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
        result.scalars = Array(scalars[range])
        result.origin = origin.slice(range)
        return result
    }

    /// The text without leading and trailing white space.
    func trimmed() -> MappedText {
        var start = 0, end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start == 0 && end == scalars.count ? self : slice(start..<end)
    }
}
