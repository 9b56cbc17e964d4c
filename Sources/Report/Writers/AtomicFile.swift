import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader sees either the old file or the whole new one, never half:
/// the bytes go to a temporary file beside the target, which is flushed to disk and then
/// renamed into place (rename within one directory is atomic on POSIX file systems). A run
/// killed at any moment leaves at worst a stray `.name.tongji-XXXXXX` file, never a torn report;
/// the next run, holding the directory's lock, removes it (`removeLeftovers`).
final class AtomicFile {
    private let path: String
    private let temporary: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    private static let flushThreshold = 1 << 20
    /// Between the file's name and mkstemp's six characters: marks the temporaries as tongji's,
    /// so that `removeLeftovers` cannot take a user's `.summary.csv.backup` for one.
    private static let temporaryMark = ".tongji-"

    /// Starts a new version of the file at `url`.
    init(_ url: URL) throws(ReportError) {
        path = url.path
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + Self.temporaryMark + "XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.failure(url.path) }
        temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        buffer.reserveCapacity(Self.flushThreshold)
    }

    deinit {
        if !committed {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Appends bytes; they reach the disk in large writes, so memory stays flat however big the file.
    func append(_ bytes: some Collection<UInt8>) throws(ReportError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Lets `body` append bytes to the write buffer itself, saving a copy per record.
    func append(with body: (inout [UInt8]) -> Void) throws(ReportError) {
        body(&buffer)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Flushes, syncs and renames the file into place.
    func commit() throws(ReportError) {
        try flush()
        // mkstemp creates the file 0600; a report is meant to be shared like any other output.
        guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else { throw Self.failure(path) }
        committed = true
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let error = Self.failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// Writes `bytes` as the whole new file.
    static func write(_ bytes: [UInt8], to url: URL) throws(ReportError) {
        let file = try AtomicFile(url)
        try file.append(bytes)
        try file.commit()
    }

    /// Removes the temporaries of the files `names` in `directory` (`.name.tongji-XXXXXX`, plain
    /// files) that a killed run left. Call it holding the directory's lock, when no other writer
    /// can be at work there.
    static func removeLeftovers(of names: [String], in directory: URL) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for entry in entries where names.contains(where: { isTemporary(entry, of: $0) }) {
            let path = directory.appendingPathComponent(entry).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// True when `entry` is a name `init` gives a temporary of `name`: mkstemp's six letters and
    /// digits in place of the X's of the template.
    private static func isTemporary(_ entry: String, of name: String) -> Bool {
        let prefix = "." + name + temporaryMark
        guard entry.hasPrefix(prefix) else { return false }
        let suffix = entry.utf8.dropFirst(prefix.utf8.count)
        return suffix.count == 6 && suffix.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        }
    }

    /// Creates `directory` and its parents when missing.
    static func makeDirectory(_ directory: URL) throws(ReportError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ReportError(path: directory.path, reason: .cannotCreateDirectory(error.localizedDescription))
        }
    }

    private func flush() throws(ReportError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw Self.failure(path) }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func failure(_ path: String) -> ReportError {
        ReportError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
    }
}
