#if canImport(Glibc)
import Glibc
#endif
import TongjiCore

/// Buffered writing of text to a file descriptor (standard output by default): one `write`
/// per 64 KiB instead of one per figure.
///
/// Not thread-safe: `@unchecked Sendable` so that a job can hand it to the one serial queue that
/// writes while ingest reads ahead; it is never used from two threads at once.
public final class OutputSink: @unchecked Sendable {
    private let descriptor: Int32
    /// The bytes not yet written: `count` of `buffer`'s room are used. Room managed by hand, so a
    /// line can be written into it through a pointer (see `writeLine(maximumCount:_:)`).
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private static let flushThreshold = 1 << 16

    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        buffer = .allocate(capacity: Self.flushThreshold * 2)
    }

    deinit {
        flush()
        buffer.deallocate()
    }

    /// Appends `text` and a line break.
    public func writeLine(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
        append(0x0A)
        flushWhenFull()
    }

    /// Appends the line `body` writes, at most `maximumCount` bytes, and a line break: bytes go
    /// straight into the buffer, with no `String` made, nor a capacity check for each piece.
    func writeLine(maximumCount: Int, _ body: (inout ByteWriter) -> Void) {
        makeRoom(maximumCount + 1)
        var writer = ByteWriter(into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
        body(&writer)
        writer.append(0x0A)
        count = writer.position - buffer.baseAddress!
        flushWhenFull()
    }

    /// Appends `text` as it is.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
        flushWhenFull()
    }

    /// Appends raw bytes.
    public func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
        flushWhenFull()
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        makeRoom(bytes.count)
        guard let base = bytes.baseAddress else { return }
        (buffer.baseAddress! + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    private func append(_ byte: UInt8) {
        makeRoom(1)
        buffer[count] = byte
        count += 1
    }

    /// Makes room for `needed` more bytes: writes out what the buffer holds when they would not
    /// fit, and grows it for a line longer than the buffer itself.
    private func makeRoom(_ needed: Int) {
        guard count + needed > buffer.count else { return }
        flush()
        if needed > buffer.count {
            buffer.deallocate()
            buffer = .allocate(capacity: needed)
        }
    }

    private func flushWhenFull() {
        if count >= Self.flushThreshold { flush() }
    }

    /// Writes one line to standard error at once, unbuffered (for diagnostics).
    public static func writeError(_ text: String) {
        let line = Array((text + "\n").utf8)
        _ = line.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress!, line.count) }
    }

    /// Why writing failed (a full disk, a closed pipe), or nil while all went out; the caller
    /// must then report it and exit non-zero rather than pretend the output is whole.
    public private(set) var failure: String?

    public func flush() {
        var offset = 0
        while offset < count, failure == nil {
            let n = Glibc.write(descriptor, buffer.baseAddress! + offset, count - offset)
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                failure = String(cString: strerror(errno))
                break
            }
            offset += n
        }
        count = 0
    }

    /// Reports a failed write to `diagnostics` as an error, naming the output.
    public func reportFailure(to diagnostics: DiagnosticLog, output: String = "standard output") {
        guard let failure else { return }
        diagnostics.report(Diagnostic(.error, at: SourceLocation(file: output, line: 0), "cannot write: \(failure)"))
    }
}
