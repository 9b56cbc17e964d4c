import Glibc
import TongjiCore

/// Lists the entries of directories in a stable (byte-wise sorted) order, and finds files
/// below a directory, reporting loops and entries that cannot be read.
struct DirectoryWalker {
    let extensions: Set<String>
    let diagnostics: DiagnosticLog
    private var visited: Set<FileIdentity> = []

    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    init(extensions: Set<String>, diagnostics: DiagnosticLog) {
        self.extensions = extensions
        self.diagnostics = diagnostics
    }

    /// The entry names of `directory`, hidden ones left out unless asked for, sorted.
    static func entries(of directory: String, includingHidden: Bool = false) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || (!includingHidden && name.hasPrefix(".")) { continue }
            names.append(name)
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func status(of path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// The readable files below `directory` with a known extension, depth first, sorted.
    mutating func files(under directory: String) -> [String] {
        guard let info = Self.status(of: directory), enter(info, path: directory) else { return [] }
        var files: [String] = []
        for name in Self.entries(of: directory) {
            let path = Self.joined(directory, name)
            guard let entry = Self.status(of: path) else {
                if hasKnownExtension(name) { diagnostics.report(FileReader.openError(errno, path: path).diagnostic) }
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                files += self.files(under: path)
            } else if hasKnownExtension(name) {
                files.append(path)
            }
        }
        return files
    }

    /// Records a directory as visited; false (and a diagnostic) when a symbolic link led back to it.
    mutating func enter(_ info: stat, path: String) -> Bool {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(identity).inserted else {
            diagnostics.report(IngestError(.directoryLoop, file: path).diagnostic)
            return false
        }
        return true
    }

    private func hasKnownExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
