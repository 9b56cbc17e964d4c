import Glibc
import TongjiCore

/// Turns the paths a user gave (files, directories, glob patterns, `-`) into the list of
/// inputs to read, in a stable order, reporting what cannot be found.
struct PathExpander {
    let options: IngestOptions
    let diagnostics: DiagnosticLog

    func expand(_ paths: [String]) -> [String] {
        var inputs: [String] = []
        var seen: Set<String> = []
        for path in paths {
            for input in expand(path) where seen.insert(input).inserted {
                inputs.append(input)
            }
        }
        return inputs
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

    /// A directory becomes the files below it; anything else is read as given, so that a
    /// missing or unreadable file is reported when it is read.
    private func expandExisting(_ path: String) -> [String] {
        guard let info = DirectoryWalker.status(of: path), (info.st_mode & S_IFMT) == S_IFDIR else { return [path] }
        var walker = DirectoryWalker(extensions: options.directoryExtensions, diagnostics: diagnostics)
        return walker.files(under: path)
    }
}
