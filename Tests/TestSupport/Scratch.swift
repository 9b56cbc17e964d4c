import Foundation

/// Scratch space for tests' files: one folder for the whole test process, removed when the
/// process exits, so `make test` leaves nothing behind in the temporary directory.
public enum Scratch {
    private static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A fresh empty folder for one test.
    public static func directory() throws -> URL {
        let url = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path for one test's file, not yet created.
    public static func path(named suffix: String) -> String {
        root.appendingPathComponent("\(UUID().uuidString)-\(suffix)").path
    }
}
