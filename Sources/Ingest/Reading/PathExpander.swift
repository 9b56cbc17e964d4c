import Glibc
import TongjiCore

/// The inputs to read, and how many paths failed: roots named that are missing, or empty
/// folders standing for files read from them before; folders below them that cannot be
/// listed; entries that cannot be read (broken links, loops, names that are not UTF-8).
public struct ExpandedInputs: Sendable {
    public var files: [String] = []
    public var failedPaths = 0
}

/// Turns the paths a user gave (files, directories, glob patterns, `-`) into the list of
/// inputs to read, in a stable order, reporting what cannot be found.
struct PathExpander {
    let options: IngestOptions
    let diagnostics: DiagnosticLog
    /// Folders never read from (a run's report folder).
    let excluded: Set<DirectoryWalker.FileIdentity>

    init(options: IngestOptions, diagnostics: DiagnosticLog, excluding folders: [String] = []) {
        self.options = options
        self.diagnostics = diagnostics
        excluded = Set(folders.compactMap { DirectoryWalker.status(of: $0).map(DirectoryWalker.FileIdentity.init) })
    }

    /// A root that cannot be found (a path given, or the folder a pattern starts from) is
    /// reported once, and `inPlaceOfMissing(root)` gives the inputs that stand in its place. So
    /// does a root folder with nothing in it, when `inPlaceOfMissing` gives some: the mount
    /// point of a share that is not mounted is an empty folder, not a missing one. And so does
    /// a folder that cannot be listed (its permissions), where it stands in the walk.
    func expand(_ paths: [String], inPlaceOfMissing: (String) -> [String]) -> ExpandedInputs {
        var result = ExpandedInputs()
        var seen: Set<String> = []
        var roots: Set<String> = []
        // Each reported once, though two inputs (a folder, a pattern in it) come upon it; true
        // the first time.
        var failures: Set<IngestError> = []
        func report(_ failure: IngestError) -> Bool {
            guard failures.insert(failure).inserted else { return false }
            diagnostics.report(failure.diagnostic)
            return true
        }
        for path in paths {
            var found: [String]
            if let error = Self.missingRoot(of: path) {
                guard roots.insert(error.location.file).inserted else { continue }
                diagnostics.report(error.diagnostic)
                result.failedPaths += 1
                found = inPlaceOfMissing(error.location.file)
            } else {
                found = []
                for entry in expand(path) {
                    switch entry {
                    case .file(let file):
                        found.append(file)
                    case .unlistedFolder(let error):
                        guard report(error) else { continue }
                        result.failedPaths += 1
                        if roots.insert(error.location.file).inserted { found += inPlaceOfMissing(error.location.file) }
                    case .failed(let error):
                        if report(error) { result.failedPaths += 1 }
                    case .skipped(let warning):
                        _ = report(warning)
                    }
                }
                let root = Self.root(of: path)
                if found.isEmpty, DirectoryWalker.listing(of: root, includingHidden: true)?.names.isEmpty == true,
                   roots.insert(root).inserted {
                    found = inPlaceOfMissing(root)
                    if !found.isEmpty {
                        diagnostics.report(IngestError(.emptyRoot(kept: found.count), file: root).diagnostic)
                        result.failedPaths += 1
                    }
                }
            }
            for input in found {
                let (inserted, member) = seen.insert(input)
                if inserted {
                    result.files.append(input)
                } else if !member.utf8.elementsEqual(input.utf8) {
                    // Another file, not the same one named twice.
                    diagnostics.report(IngestError(.sameNameAs(member), file: input).diagnostic)
                }
            }
        }
        return result
    }

    /// The path itself, or the folder a pattern starts from.
    private static func root(of path: String) -> String {
        GlobExpander.isPattern(path) ? GlobExpander.folder(of: path) : path
    }

    /// Why the root of `path` cannot be found, naming that root; nil when it can.
    private static func missingRoot(of path: String) -> IngestError? {
        guard path != FileReader.standardInputName, DirectoryWalker.status(of: path) == nil else { return nil }
        let root = Self.root(of: path)
        guard DirectoryWalker.status(of: root) == nil else { return nil }
        return FileReader.openError(errno, path: root)
    }

    private func expand(_ path: String) -> [DirectoryWalker.Found] {
        if path == FileReader.standardInputName { return [.file(path)] }
        if GlobExpander.isPattern(path), DirectoryWalker.status(of: path) == nil {
            let matches = GlobExpander(walker: walker()).expand(path)
            if matches.isEmpty { diagnostics.report(IngestError(.noMatches(pattern: path), file: path).diagnostic) }
            return matches.flatMap { match in
                guard case .file(let path) = match else { return [match] }
                return expandExisting(path)
            }
        }
        return expandExisting(path)
    }

    /// A directory becomes the files below it; anything else is read as given, so that an
    /// unreadable file is reported when it is read.
    private func expandExisting(_ path: String) -> [DirectoryWalker.Found] {
        guard let info = DirectoryWalker.status(of: path), (info.st_mode & S_IFMT) == S_IFDIR else {
            // A report named as an input, in so many words: the run writes there, never reads.
            if let folder = DirectoryWalker.status(of: Self.folder(of: path)), excluded.contains(.init(folder)) {
                return [.skipped(IngestError(.inReportFolder, file: path))]
            }
            return [.file(path)]
        }
        var walker = walker()
        return walker.files(under: path)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private func walker() -> DirectoryWalker {
        DirectoryWalker(extensions: options.directoryExtensions, excluded: excluded)
    }
}
