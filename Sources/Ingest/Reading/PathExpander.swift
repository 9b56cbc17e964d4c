import Glibc
import TongjiCore

/// Turns the paths a user gave (files, directories, glob patterns, `-`) into the list of
/// inputs to read, in a stable order, reporting what cannot be found.
struct PathExpander {
    let options: IngestOptions
    let diagnostics: DiagnosticLog

    /// A root that cannot be found (a path given, or the folder a pattern starts from) is
    /// reported once, and `inPlaceOfMissing(root)` gives the inputs that stand in its place. So
    /// does a root folder that lists no files, when `inPlaceOfMissing` gives some: the mount
    /// point of a share that is not mounted is an empty folder, not a missing one.
    func expand(_ paths: [String], inPlaceOfMissing: (String) -> [String]) -> [String] {
        var inputs: [String] = []
        var seen: Set<String> = []
        var missing: Set<String> = []
        for path in paths {
            let found: [String]
            if let error = Self.missingRoot(of: path) {
                guard missing.insert(error.location.file).inserted else { continue }
                diagnostics.report(error.diagnostic)
                found = inPlaceOfMissing(error.location.file)
            } else {
                found = expandOrStandIn(path, inPlaceOfMissing: inPlaceOfMissing)
            }
            for input in found where seen.insert(input).inserted {
                inputs.append(input)
            }
        }
        return inputs
    }

    private func expandOrStandIn(_ path: String, inPlaceOfMissing: (String) -> [String]) -> [String] {
        let found = expand(path)
        let root = GlobExpander.isPattern(path) ? GlobExpander.folder(of: path) : path
        guard found.isEmpty, let info = DirectoryWalker.status(of: root), (info.st_mode & S_IFMT) == S_IFDIR else { return found }
        let standIns = inPlaceOfMissing(root)
        if !standIns.isEmpty { diagnostics.report(IngestError(.emptyRoot(kept: standIns.count), file: root).diagnostic) }
        return standIns
    }

    /// Why the root of `path` cannot be found, naming that root; nil when it can.
    private static func missingRoot(of path: String) -> IngestError? {
        guard path != FileReader.standardInputName, DirectoryWalker.status(of: path) == nil else { return nil }
        let root = GlobExpander.isPattern(path) ? GlobExpander.folder(of: path) : path
        guard DirectoryWalker.status(of: root) == nil else { return nil }
        return FileReader.openError(errno, path: root)
    }

    private func expand(_ path: String) -> [String] {
        if path == FileReader.standardInputName { return [path] }
        if GlobExpander.isPattern(path), DirectoryWalker.status(of: path) == nil {
            let matches = GlobExpander().expand(path)
            if matches.isEmpty { diagnostics.report(IngestError(.noMatches(pattern: path), file: path).diagnostic) }
            return matches.flatMap(expandExisting)
        }
        return expandExisting(path)
    }

    /// A directory becomes the files below it; anything else is read as given, so that an
    /// unreadable file is reported when it is read.
    private func expandExisting(_ path: String) -> [String] {
        guard let info = DirectoryWalker.status(of: path), (info.st_mode & S_IFMT) == S_IFDIR else { return [path] }
        var walker = DirectoryWalker(extensions: options.directoryExtensions, diagnostics: diagnostics)
        return walker.files(under: path)
    }
}
