/// A report file that could not be written.
public struct ReportError: Error, Equatable, CustomStringConvertible {
    /// Why the file could not be written.
    public enum Reason: Equatable, Sendable {
        /// The output directory is missing and could not be created.
        case cannotCreateDirectory(String)
        /// Writing or renaming the file failed; the system's message.
        case cannotWrite(String)
    }

    /// The file or directory concerned.
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `path: error: message`, like every other tongji diagnostic.
    public var description: String {
        switch reason {
        case .cannotCreateDirectory(let why): "\(path): error: cannot create the report directory: \(why)"
        case .cannotWrite(let why): "\(path): error: cannot write the report: \(why)"
        }
    }
}
