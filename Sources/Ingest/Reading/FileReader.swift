import Glibc

/// Reads whole files and standard input as bytes, turning `errno` into an `IngestError`.
enum FileReader {
    static let standardInputName = "-"

    static func read(_ path: String) throws(IngestError) -> [UInt8] {
        if path == standardInputName { return try readAll(from: STDIN_FILENO, path: path) }
        // Non-blocking open: opening a named pipe for reading would otherwise wait for a writer
        // forever and hang a whole batch.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(errno, path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw IngestError(.unreadable(errno: errno), file: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw IngestError(.notRegularFile, file: path) }
        return try readAll(from: descriptor, path: path)
    }

    static func openError(_ code: Int32, path: String) -> IngestError {
        switch code {
        case ENOENT where isSymbolicLink(path): IngestError(.brokenSymbolicLink, file: path)
        case ENOENT, ENOTDIR: IngestError(.fileNotFound, file: path)
        case EACCES, EPERM: IngestError(.permissionDenied, file: path)
        case ELOOP: IngestError(.symbolicLinkLoop, file: path)
        default: IngestError(.unreadable(errno: code), file: path)
        }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func readAll(from descriptor: Int32, path: String) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        // The size of a regular file is known: one exact allocation instead of doubling copies.
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestError(.unreadable(errno: errno), file: path)
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
