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
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 16

    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    deinit { flush() }

    /// Appends `text` and a line break.
    public func writeLine(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= Self.flushThreshold { flush() }
    }

    /// Appends the line `body` writes into the buffer, and a line break: bytes go straight into
    /// the buffer, with no `String` made for each line.
    public func writeLine(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        buffer.append(0x0A)
        if buffer.count >= Self.flushThreshold { flush() }
    }

    /// Appends `text` as it is.
    public func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    /// Appends raw bytes.
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { flush() }
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
        while offset < buffer.count, failure == nil {
            let n = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, buffer.count - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                failure = String(cString: strerror(errno))
                break
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Reports a failed write to `diagnostics` as an error, naming the output.
    public func reportFailure(to diagnostics: DiagnosticLog, output: String = "standard output") {
        guard let failure else { return }
        diagnostics.report(Diagnostic(.error, at: SourceLocation(file: output, line: 0), "cannot write: \(failure)"))
    }
}
