import Glibc

/// Expands a glob pattern with `*`, `?`, `[…]` and `**` (any number of directories) into the
/// existing paths that match, in sorted order.
struct GlobExpander {
    static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The folder `pattern` starts from: its components before the first with a wildcard.
    static func folder(of pattern: String) -> String {
        let base = split(pattern).base
        return base.isEmpty ? "." : base
    }

    func expand(_ pattern: String) -> [String] {
        let (base, rest) = Self.split(pattern)
        var visited: Set<DirectoryWalker.FileIdentity> = []
        return match(rest, in: base, visited: &visited)
    }

    /// The fixed folder of `pattern` ("" for the working directory) and the components after it.
    private static func split(_ pattern: String) -> (base: String, rest: [String]) {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let fixed = components.prefix { !isPattern($0) }
        return ((pattern.hasPrefix("/") ? "/" : "") + fixed.joined(separator: "/"), Array(components.dropFirst(fixed.count)))
    }

    private func match(_ components: [String], in directory: String, visited: inout Set<DirectoryWalker.FileIdentity>) -> [String] {
        guard let first = components.first else { return DirectoryWalker.status(of: directory) == nil ? [] : [directory] }
        let rest = Array(components.dropFirst())
        let listed = directory.isEmpty ? "." : directory
        guard let info = DirectoryWalker.status(of: listed), (info.st_mode & S_IFMT) == S_IFDIR,
              visited.insert(.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return [] }
        defer { visited.remove(.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))) }
        if first == "**" { return matchAnyDepth(rest, in: directory, visited: &visited) }
        var results: [String] = []
        for name in DirectoryWalker.entries(of: listed, includingHidden: first.hasPrefix("."))
        where fnmatch(first, name, 0) == 0 {
            results += match(rest, in: path(directory, name), visited: &visited)
        }
        return results
    }

    private func matchAnyDepth(_ rest: [String], in directory: String, visited: inout Set<DirectoryWalker.FileIdentity>) -> [String] {
        var results = match(rest, in: directory, visited: &visited)
        for name in DirectoryWalker.entries(of: directory.isEmpty ? "." : directory) {
            let child = path(directory, name)
            if let info = DirectoryWalker.status(of: child), (info.st_mode & S_IFMT) == S_IFDIR {
                results += match(["**"] + rest, in: child, visited: &visited)
            }
        }
        return results
    }

    private func path(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : DirectoryWalker.joined(directory, name)
    }
}
