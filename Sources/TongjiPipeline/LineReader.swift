#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line in large chunks, so standard input can be a stream of
/// any length (a Hadoop Streaming or `RDD.pipe` mapper) and memory stays flat.
struct LineReader {
    /// One line of input.
    enum Line {
        /// The line's bytes, without the line break.
        case text(ArraySlice<UInt8>)
        /// A line longer than the limit; its bytes were dropped as they came, so a stream
        /// without line breaks never fills memory.
        case tooLong
    }

    private let descriptor: Int32
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var consumed = 0
    /// Where the search for the next line break goes on: bytes before it hold none.
    private var scanned = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(descriptor: Int32, maximumLength: Int = .max) {
        self.descriptor = descriptor
        self.maximumLength = maximumLength
    }

    /// The next line (LF or CRLF ended), or nil at the end of input. Throws the `errno` of a
    /// failed read.
    mutating func nextLine() throws(ReadError) -> Line? {
        var skipping = false
        while true {
            if let newline = buffer[max(consumed, scanned)...].firstIndex(of: 0x0A) {
                var line = buffer[consumed..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                consumed = newline + 1
                scanned = consumed
                return skipping || line.count > maximumLength ? .tooLong : .text(line)
            }
            scanned = buffer.count
            if buffer.count - consumed > maximumLength {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                (consumed, scanned) = (0, 0)
            }
            if atEnd {
                guard consumed < buffer.count || skipping else { return nil }
                let rest = buffer[consumed...]
                consumed = buffer.count
                return skipping ? .tooLong : .text(rest)
            }
            try refill()
        }
    }

    private mutating func refill() throws(ReadError) {
        buffer.removeFirst(consumed)
        scanned -= consumed
        consumed = 0
        let old = buffer.count
        buffer.reserveCapacity(old + Self.chunkSize)
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, Self.chunkSize) }
        if n < 0 {
            buffer.removeLast(Self.chunkSize)
            throw ReadError(code: errno)
        }
        buffer.removeLast(Self.chunkSize - n)
        if n == 0 { atEnd = true }
    }

    struct ReadError: Error {
        let code: Int32
        var message: String { String(cString: strerror(code)) }
    }
}
