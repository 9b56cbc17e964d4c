import TongjiCore

/// A pipeline file that cannot be used: the file, the place and the key path are named.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    /// File, line and column (line 0 when the problem is the file as a whole).
    public var location: SourceLocation
    /// The path of keys to the bad value: `categories[2].keywords`.
    public var keyPath: String
    public var message: String

    public init(at location: SourceLocation, keyPath: String, _ message: String) {
        self.location = location
        self.keyPath = keyPath
        self.message = message
    }

    /// `file:line:col: error: categories[2].keywords: must be a list of strings`.
    public var description: String { diagnostic.description }

    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, keyPath.isEmpty ? message : "\(keyPath): \(message)")
    }
}
