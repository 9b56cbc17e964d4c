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
        figures(in: Self.scalars(of: text))
    }

    /// The figures in a text given as code points, so a caller can reuse one buffer.
    public func figures(in scalars: [Unicode.Scalar]) -> [Figure] {
        var scanner = FigureScanner(text: scalars, includeNumbers: options.includeNumbers)
        return scanner.scan()
    }

    /// The code points of `text`, decoded from its UTF-8 in one pass: `Array(text.unicodeScalars)`
    /// walked the text twice (to count, then to copy), a quarter of the extraction's time.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
                // A `String` holds valid UTF-8, so the lead byte alone gives the length.
                var i = 0
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    let value: UInt32
                    if lead < 0x80 {
                        value = lead
                        i += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    scalars.initializeElement(at: count, to: Unicode.Scalar(value).unsafelyUnwrapped)
                    count += 1
                }
            }
        }
    }
}
