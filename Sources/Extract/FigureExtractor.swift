import TongjiCore

/// The extract stage: finds every statistical figure in a text and normalises it.
///
/// One left-to-right pass over the code points; no regular expressions. Each position is
/// looked at a bounded number of times, so the cost grows linearly with the text.
public struct FigureExtractor: Sendable {
    /// What to report besides figures.
    public struct Options: Sendable {
        /// Also report numbers that have no unit, as kind `number` (to check the numeral parser).
        public var includeNumbers: Bool

        public init(includeNumbers: Bool = false) {
            self.includeNumbers = includeNumbers
        }
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The figures in `text`, in order; offsets count code points of `text`.
    public func figures(in text: String) -> [Figure] {
        figures(in: Array(text.unicodeScalars))
    }

    /// The figures in a text given as code points, so a caller can reuse one buffer.
    public func figures(in scalars: [Unicode.Scalar]) -> [Figure] {
        var scanner = FigureScanner(text: scalars, includeNumbers: options.includeNumbers)
        return scanner.scan()
    }
}
