#if canImport(Glibc)
import Glibc
#endif

/// One run of a pipeline at a time: an exclusive `flock` on `<report dir>/.tongji.lock`.
///
/// The kernel drops the lock when its process dies, even by kill -9, so a stale lock file from
/// a dead run is simply taken over; the file holds the owner's process id for the message.
final class RunLock {
    /// Another run holds the lock, or the lock file cannot be opened.
    struct Held: Error, CustomStringConvertible {
        let path: String
        let owner: String
        var cannotOpen: String? = nil
        var description: String {
            if let cannotOpen { return "\(path): error: cannot open the lock file: \(cannotOpen)" }
            return "\(path): error: another tongji run or aggregate\(owner.isEmpty ? "" : " (process \(owner))") is using this pipeline; try again when it has finished"
        }
    }

    private let descriptor: Int32

    init(directory: String) throws(Held) {
        let path = directory + "/.tongji.lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Held(path: path, owner: "", cannotOpen: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let owner = Self.contents(of: descriptor)
            close(descriptor)
            throw Held(path: path, owner: owner)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func contents(of descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return "" }
        return String(decoding: buffer[..<count], as: UTF8.self).filter(\.isNumber)
    }
}
