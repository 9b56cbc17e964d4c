import Foundation

/// The pipeline whose categories `tongji extract` uses when none is named: `union-news.yaml`,
/// looked for where a user would have put it, so that a plain `tongji extract` sorts figures
/// into categories instead of leaving every one in `other`.
public enum DefaultPipeline {
    public static let fileName = "union-news.yaml"

    /// In order: `$TONGJI_PIPELINE`; `Pipelines/union-news.yaml` under the working directory;
    /// then beside the executable, in the checkout it was built in (`…/Pipelines/`) or the
    /// prefix it was installed under (`…/share/tongji/Pipelines/`). Nil when none exists.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: String = FileManager.default.currentDirectoryPath,
                            executable: String? = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        -> String? {
        if let named = environment["TONGJI_PIPELINE"] { return named }
        var candidates = [workingDirectory + "/Pipelines/" + fileName]
        var folder = URL(fileURLWithPath: executable ?? "/").deletingLastPathComponent()
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("Pipelines/" + fileName).path)
            candidates.append(folder.appendingPathComponent("share/tongji/Pipelines/" + fileName).path)
            folder.deleteLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
