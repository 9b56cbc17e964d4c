import Glibc

/// Expands a glob pattern with `*`, `?`, `[…]` and `**` (any number of directories) into the
/// existing paths that match, in sorted order, listing folders through a `DirectoryWalker`: a
/// folder that cannot be listed is found in place of its matches.
struct GlobExpander {
    let walker: DirectoryWalker

    static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The folder `pattern` starts from: its components before the first with a wildcard.
    static func folder(of pattern: String) -> String {
        let base = split(pattern).base
        return base.isEmpty ? "." : base
    }

    func expand(_ pattern: String) -> [DirectoryWalker.Found] {
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

    private func match(_ components: [String], in directory: String,
                       visited: inout Set<DirectoryWalker.FileIdentity>) -> [DirectoryWalker.Found] {
        guard let first = components.first else { return DirectoryWalker.status(of: directory) == nil ? [] : [.file(directory)] }
        let rest = Array(components.dropFirst())
        let listed = directory.isEmpty ? "." : directory
        guard let info = DirectoryWalker.status(of: listed), (info.st_mode & S_IFMT) == S_IFDIR,
              !walker.excluded.contains(.init(info)) else { return [] }
        // Last, `**` is this folder with everything below it, which walking it finds (once,
        // loops stopped). Before the folder counts as visited: it matches the rest here too.
        if first == "**" {
            return rest.isEmpty ? [.file(listed)] : matchAnyDepth(rest, in: directory, info: info, visited: &visited)
        }
        // A folder a symbolic link leads back to, while it is being matched, is a loop.
        guard visited.insert(.init(info)).inserted else { return [] }
        defer { visited.remove(.init(info)) }
        let names: [String]
        var results: [DirectoryWalker.Found]
        switch walker.names(in: listed, includingHidden: first.hasPrefix("."), matching: first) {
        case .success(let listed): (names, results) = listed
        case .failure(let error): return [.unlistedFolder(error)]
        }
        for name in names where fnmatch(first, name, 0) == 0 {
            results += match(rest, in: path(directory, name), visited: &visited)
        }
        return results
    }

    /// `**` then `rest`: `rest` matched in `directory` (given by `info`) and in every folder below it.
    private func matchAnyDepth(_ rest: [String], in directory: String, info: stat,
                               visited: inout Set<DirectoryWalker.FileIdentity>) -> [DirectoryWalker.Found] {
        var results = match(rest, in: directory, visited: &visited)
        guard visited.insert(.init(info)).inserted else { return results }
        defer { visited.remove(.init(info)) }
        // What cannot be listed the match above has found already.
        guard let names = DirectoryWalker.listing(of: directory.isEmpty ? "." : directory)?.names else { return results }
        for name in names {
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
