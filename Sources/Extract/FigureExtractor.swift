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

    /// The figures in `text`, in order; offsets count code points of `text`. Through the
    /// decoder the pipeline uses, so that what is fuzzed and tested here is that path.
    public func figures(in text: String) -> [Figure] {
        var text = text
        return text.withUTF8 { bytes in ScalarBuffer().withDecoded(ofUTF8: bytes) { figures(in: $0) } }
    }

    /// The figures in a text given as code points.
    public func figures(in scalars: [Unicode.Scalar]) -> [Figure] {
        scalars.withUnsafeBufferPointer { figures(in: $0) }
    }

    /// The figures in code points read in place, such as a `ScalarBuffer`'s. The scan reads
    /// through the pointer, without a bounds check for each code point.
    public func figures(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Figure] {
        var scanner = FigureScanner(text: scalars, includeNumbers: options.includeNumbers)
        return scanner.scan()
    }

    /// The figures in a text a `ScalarBuffer` decoded, scanned from the places where the
    /// decoder saw that a number may start.
    package func figures(in text: ScannableText) -> [Figure] {
        // Four sentences in ten have none: no scanner to make and free for them.
        guard !text.possibleStarts.isEmpty else { return [] }
        var scanner = FigureScanner(text: text.scalars, includeNumbers: options.includeNumbers,
                                    possibleStarts: text.possibleStarts)
        return scanner.scan()
    }
}

/// A text as a `ScalarBuffer` decoded it: its code points, and the offsets among them where a
/// number may start (`FigureScanner.mayStartNumber`), noted as each code point was decoded.
/// The scanner then jumps from one to the next: testing every code point again in a loop of
/// its own cost twice as many instructions as noting the few there are.
package struct ScannableText {
    package let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let possibleStarts: UnsafeBufferPointer<Int>
}

/// One buffer that texts are decoded into one after another, so that scanning many sentences
/// allocates once: a new array for each sentence cost ~1,000 instructions to allocate and free,
/// more than decoding the sentence.
public final class ScalarBuffer {
    private var storage: UnsafeMutableBufferPointer<Unicode.Scalar>
    /// Room for the offsets where a number may start: as many as code points at most.
    private var starts: UnsafeMutableBufferPointer<Int>

    public init() {
        storage = .allocate(capacity: 256)
        starts = .allocate(capacity: 256)
    }

    deinit {
        storage.deallocate()
        starts.deallocate()
    }

    /// Decodes text given as its UTF-8 bytes into the buffer, replacing what it held, and calls
    /// `body` with it; valid only during the call. The bytes must be valid and whole (a
    /// `String`'s storage, never a slice cut inside a character): a text read in place needs no
    /// `String` of its own. Package-wide only, since the decoder trusts every lead byte.
    ///
    /// Decoded in one pass straight into the buffer: `Array(text.unicodeScalars)` walked the
    /// text twice (to count, then to copy), and `append` checks capacity and uniqueness for
    /// every element; both cost more than the scan itself.
    package func withDecoded<Result>(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (ScannableText) -> Result) -> Result {
        // Never more code points than bytes.
        if storage.count < bytes.count {
            let capacity = max(bytes.count, 2 * storage.count)
            storage.deallocate()
            storage = .allocate(capacity: capacity)
            starts.deallocate()
            starts = .allocate(capacity: capacity)
        }
        let (count, startCount) = FigureScanner.mayStartNumber.withUnsafeBufferPointer { mayStartNumber in
            Self.decode(bytes, into: storage, noting: mayStartNumber, in: starts)
        }
        return body(ScannableText(scalars: UnsafeBufferPointer(rebasing: storage[..<count]),
                                possibleStarts: UnsafeBufferPointer(rebasing: starts[..<startCount])))
    }

    /// Decodes valid UTF-8 into `scalars`, which has room for one code point per byte, and puts
    /// in `starts` the offsets of those the bitmap `mayStartNumber` holds; returns how many of
    /// each there are. The lead byte alone gives the length: a `String` holds valid UTF-8.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               noting mayStartNumber: UnsafeBufferPointer<UInt64>,
                               in starts: UnsafeMutableBufferPointer<Int>) -> (count: Int, startCount: Int) {
        var i = 0, count = 0, startCount = 0
        while i < bytes.count {
            let lead = UInt32(bytes[i])
            let value: UInt32
            // Chinese text is mostly three-byte characters: that case is tested first.
            if lead >= 0xE0 && lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F)
                i &+= 3
            } else if lead < 0x80 {
                value = lead
                i &+= 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F)
                i &+= 2
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12
                    | UInt32(bytes[i &+ 2] & 0x3F) << 6 | UInt32(bytes[i &+ 3] & 0x3F)
                i &+= 4
            }
            // Valid UTF-8 decodes to valid code points: no need to check each one again.
            scalars[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
            if FigureScanner.isPossibleStart(value, in: mayStartNumber) {
                starts[startCount] = count
                startCount &+= 1
            }
            count &+= 1
        }
        return (count, startCount)
    }
}
