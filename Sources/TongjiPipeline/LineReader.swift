#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line in large chunks, so standard input can be a stream of
/// any length (a Hadoop Streaming or `RDD.pipe` mapper) and memory stays flat.
struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var consumed = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its line break (LF or CRLF), or nil at the end of input.
    /// Throws the `errno` of a failed read.
    mutating func nextLine() throws(ReadError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[consumed...].firstIndex(of: 0x0A) {
                var line = buffer[consumed..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                consumed = newline + 1
                return line
            }
            if atEnd {
                guard consumed < buffer.count else { return nil }
                let rest = buffer[consumed...]
                consumed = buffer.count
                return rest
            }
            try refill()
        }
    }

    private mutating func refill() throws(ReadError) {
        buffer.removeFirst(consumed)
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
