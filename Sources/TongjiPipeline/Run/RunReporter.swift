import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What `tongji run` tells its user on standard error: on a terminal a progress line redrawn
/// in place (files, MB, figures, rate); elsewhere (cron, a pipe) one summary line at the end,
/// so that mail from cron holds a line per run, not a line per file.
public final class RunReporter: Sendable {
    public enum Verbosity: Sendable { case quiet, normal, verbose }

    private let verbosity: Verbosity
    private let isTerminal: Bool
    private let started = Date()
    private let lastDraw = Mutex<Date>(.distantPast)

    /// `isTerminal` defaults to whether standard error is one.
    public init(verbosity: Verbosity, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.verbosity = verbosity
        self.isTerminal = isTerminal
    }

    /// Called after every file, and every part of a file read in parts.
    public func progress(_ progress: RunProgress) {
        if verbosity == .verbose {
            OutputSink.writeError("tongji: read \(progress.lastFile)" + (progress.lastFilePart.map { ", part \($0)" } ?? ""))
            return
        }
        guard verbosity == .normal, isTerminal else { return }
        let now = Date()
        let shouldDraw = lastDraw.withLock { last in
            guard now.timeIntervalSince(last) >= 0.1 || progress.filesDone == progress.filesToRead else { return false }
            last = now
            return true
        }
        guard shouldDraw else { return }
        let line = "\r\u{1B}[K" + Self.counts(files: "\(progress.filesDone)/\(progress.filesToRead)", bytes: progress.bytes,
                                              figures: progress.figures, seconds: now.timeIntervalSince(started))
        _ = line.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
    }

    /// The closing line: what was read, skipped and found, and where the reports are.
    public func finish(_ summary: RunJob.Summary, pipeline: String, errors: Int) {
        if isTerminal && verbosity == .normal { _ = "\r\u{1B}[K".withCString { write(STDERR_FILENO, $0, 4) } }
        guard verbosity != .quiet else { return }
        let seconds = Date().timeIntervalSince(started)
        var parts = [Self.counts(files: "\(summary.filesRead)", bytes: summary.bytesRead, figures: summary.figures, seconds: seconds)]
        parts.append("\(summary.filesUnchanged) unchanged, \(summary.filesRemoved) removed, \(summary.filesDuplicate) duplicate, \(summary.filesFailed) failed files")
        parts.append("\(summary.articles) articles")
        parts.append("\(errors) errors")
        OutputSink.writeError("tongji: \(pipeline): " + parts.joined(separator: ", ") + " → \(summary.directory)")
    }

    /// `12 files read, 110.5 MB, 323676 figures, 2.1 s (52.6 MB/s)`.
    static func counts(files: String, bytes: Int, figures: Int, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        return "\(files) files read, \(format(megabytes)) MB, \(figures) figures, \(format(seconds)) s (\(format(rate)) MB/s)"
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
