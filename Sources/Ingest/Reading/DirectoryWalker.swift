import Glibc
import TongjiCore

/// Lists the entries of directories in a stable (byte-wise sorted) order, and finds files
/// below a directory, and the loops and what cannot be read or named there.
struct DirectoryWalker {
    let extensions: Set<String>
    /// Folders never entered: the run's own report folder, whose page is HTML.
    let excluded: Set<FileIdentity>
    private var visited: Set<FileIdentity> = []

    struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// What a walk finds: a file to read; a folder it could not list, in whose place a run keeps
    /// the files it stored from there; an entry it could not read (a broken link, a loop, a
    /// name that is not UTF-8); a file left out on purpose, with a warning. The last three with
    /// why, to report once however often found.
    enum Found: Equatable {
        case file(String)
        case unlistedFolder(IngestError)
        case failed(IngestError)
        case skipped(IngestError)
    }

    /// A directory's entries: the names that are UTF-8, sorted, and those that are not.
    struct Listing {
        var names: [String] = []
        var undecodable: [[UInt8]] = []
    }

    init(extensions: Set<String>, excluded: Set<FileIdentity> = []) {
        self.extensions = extensions
        self.excluded = excluded
    }

    /// The entries of `directory`, hidden ones left out unless asked for; nil, with `errno`
    /// set, when it cannot be opened.
    static func listing(of directory: String, includingHidden: Bool = false) -> Listing? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        var listing = Listing()
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] || (!includingHidden && bytes.first == 0x2E) { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                listing.names.append(name)
            } else {
                listing.undecodable.append(bytes)
            }
        }
        listing.names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return listing
    }

    /// The names in `directory`, sorted, and the entries that failed; or why it cannot be
    /// listed. A name that is not UTF-8 (a GBK name from a Windows archive) fails when it names
    /// a folder or a file tongji reads (and matches the glob `pattern`, when one is given): it
    /// could not be opened by a name kept as a `String`.
    func names(in directory: String, includingHidden: Bool = false,
               matching pattern: String? = nil) -> Result<(names: [String], failed: [Found]), IngestError> {
        guard let listing = Self.listing(of: directory, includingHidden: includingHidden) else {
            return .failure(FileReader.openError(errno, path: directory))
        }
        let failed = listing.undecodable
            .filter { name in
                if let pattern { return Self.matches(name, pattern) }
                return hasKnownExtension(name) || isFolder(named: name, in: directory)
            }
            .map { Found.failed(IngestError(.nameNotUTF8, file: Self.joined(directory, Self.escaped($0)))) }
        return .success((listing.names, failed))
    }

    /// Whether the name's bytes match the glob `pattern`, as `fnmatch` matches them.
    private static func matches(_ name: [UInt8], _ pattern: String) -> Bool {
        (name + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { fnmatch(pattern, $0.baseAddress!, 0) == 0 }
        }
    }

    static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func status(of path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// What to read below `directory` (files with a known extension), depth first, sorted.
    mutating func files(under directory: String) -> [Found] {
        guard let info = Self.status(of: directory), !excluded.contains(FileIdentity(info)) else { return [] }
        guard visited.insert(FileIdentity(info)).inserted else { return [.failed(IngestError(.directoryLoop, file: directory))] }
        let (names, failed): ([String], [Found])
        switch self.names(in: directory) {
        case .success(let listed): (names, failed) = listed
        case .failure(let error): return [.unlistedFolder(error)]
        }
        var found = failed
        for name in names {
            let path = Self.joined(directory, name)
            guard let entry = Self.status(of: path) else {
                if hasKnownExtension(name) { found.append(.failed(FileReader.openError(errno, path: path))) }
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                found += files(under: path)
            } else if hasKnownExtension(name) {
                found.append(.file(path))
            }
        }
        return found
    }

    private func hasKnownExtension(_ name: String) -> Bool {
        hasKnownExtension(Array(name.utf8))
    }

    /// Read off the bytes, which a name that is not UTF-8 has too: the extension is ASCII in
    /// any name worth reading.
    private func hasKnownExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: 0x2E) else { return false }
        return extensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased())
    }

    private func isFolder(named name: [UInt8], in directory: String) -> Bool {
        var path = Array(Self.joined(directory, "").utf8) + name
        path.append(0)
        var info = stat()
        return path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) } == 0
        } && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// A name shown with each byte that is not UTF-8 as \xHH, so that it can be found.
    static func escaped(_ name: [UInt8]) -> String {
        var shown = "", rest = name[...]
        while !rest.isEmpty {
            var valid = rest.count
            while valid > 0, String(validating: rest.prefix(valid), as: UTF8.self) == nil { valid -= 1 }
            if valid > 0 {
                shown += String(decoding: rest.prefix(valid), as: UTF8.self)
                rest = rest.dropFirst(valid)
            } else {
                shown += "\\x" + String(rest.first!, radix: 16, uppercase: true)
                rest = rest.dropFirst()
            }
        }
        return shown
    }
}
