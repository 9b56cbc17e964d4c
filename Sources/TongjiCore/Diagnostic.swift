import Synchronization

/// Something a stage wants the user to know about one input: a failure or a warning.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// Where it happened; `line` 0 when the problem is the file as a whole.
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`, or `path: error: message` for a whole file.
    public var description: String {
        let place = location.line > 0 ? location.description : location.file
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics from every stage. The library never prints; the caller decides what
/// to do with them, and the exit status comes from `hasErrors`.
public final class DiagnosticLog: Sendable {
    private let entries = Mutex<[Diagnostic]>([])
    private let onReport: @Sendable (Diagnostic) -> Void

    /// `onReport` sees each diagnostic as it arrives (the CLI prints it to standard error).
    public init(onReport: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
        self.onReport = onReport
    }

    public func report(_ diagnostic: Diagnostic) {
        entries.withLock { $0.append(diagnostic) }
        onReport(diagnostic)
    }

    public var all: [Diagnostic] { entries.withLock { $0 } }
    public var hasErrors: Bool { entries.withLock { $0.contains { $0.severity == .error } } }
}
