import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader sees either the old file or the whole new one, never half.
enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `url`, flushes it, then renames it into place
    /// (rename within one directory is atomic on POSIX file systems).
    static func write(_ bytes: [UInt8], to url: URL) throws(ReportError) {
        let path = url.path
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(path) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do throws(ReportError) {
            try writeAll(bytes, to: fd, path: path)
            // mkstemp creates the file 0600; a report is meant to be shared like any other output.
            guard fchmod(fd, 0o644) == 0, fsync(fd) == 0 else { throw failure(path) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
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

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(ReportError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw failure(path) }
            offset += written
        }
    }

    private static func failure(_ path: String) -> ReportError {
        ReportError(path: path, reason: .cannotWrite(String(cString: strerror(errno))))
    }
}
