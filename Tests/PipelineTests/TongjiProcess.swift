import Foundation
import TestSupport
import Testing

/// The `tongji` binary that `swift test` builds beside the tests, run as users run it: a
/// process of its own, no terminal, nothing on standard input, and the run time fixed
/// (`SOURCE_DATE_EPOCH`) so that two runs' reports compare equal.
enum TongjiProcess {
    /// How a run ended, and what it printed.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    static func binary() throws -> String {
        let bundle = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let path = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("tongji").path
        try #require(FileManager.default.isExecutableFile(atPath: path), "no tongji binary beside the tests at \(path)")
        return path
    }

    /// Starts `tongji arguments`; what it prints goes to `output` and `error`, or nowhere, and
    /// it reads the file `input` as standard input, or nothing.
    /// `fileSizeLimit` (in 512-byte blocks) makes a write past it fail, as a full disk does: the
    /// shell sets the limit and ignores SIGXFSZ, which would otherwise kill the process.
    /// `obeyingPermissions` runs it without root's licence to read any file (through
    /// `setpriv`), so that a file or folder made unreadable is unreadable to it.
    static func start(_ arguments: [String], input: URL? = nil, output: URL? = nil, error: URL? = nil,
                      fileSizeLimit: Int? = nil, obeyingPermissions: Bool = false) throws -> Process {
        let process = Process()
        if obeyingPermissions && geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--bounding-set=-dac_override,-dac_read_search", try binary()] + arguments
        } else if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", try binary()] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: try binary())
            process.arguments = arguments
        }
        // Not the pipeline a user's environment names for `tongji extract`.
        var environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "0"]) { $1 }
        environment["TONGJI_PIPELINE"] = nil
        process.environment = environment
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = try output.map(handle) ?? FileHandle.nullDevice
        process.standardError = try error.map(handle) ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `tongji arguments` to the end.
    static func run(_ arguments: [String], input: URL? = nil, fileSizeLimit: Int? = nil,
                    obeyingPermissions: Bool = false) throws -> Result {
        let folder = try Scratch.directory()
        let output = folder.appendingPathComponent("output"), error = folder.appendingPathComponent("error")
        let process = try start(arguments, input: input, output: output, error: error, fileSizeLimit: fileSizeLimit,
                                obeyingPermissions: obeyingPermissions)
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: try String(contentsOf: output, encoding: .utf8),
                      error: try String(contentsOf: error, encoding: .utf8))
    }

    /// Files rather than pipes: a pipe not read while the process runs could fill and stall it.
    private static func handle(_ url: URL) throws -> FileHandle {
        try #require(FileManager.default.createFile(atPath: url.path, contents: nil), "cannot create \(url.path)")
        return try FileHandle(forWritingTo: url)
    }
}

/// A scratch folder laid out as a user's: inputs in `in/`, the pipeline file `p.yaml` (with the
/// funding categories), reports in `out/`.
struct PipelineFolder {
    let folder: URL
    let inputs: URL
    let out: URL
    let pipeline: String

    init(name: String, formats: [String]) throws {
        folder = try Scratch.directory()
        inputs = folder.appendingPathComponent("in")
        out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        pipeline = try Project.write("""
            version: 1
            name: \(name)
            inputs: [in]
            categories:
              - {name: funding, keywords: [资金, 投入, 经费]}
              - {name: other}
            outputs: {directory: out, formats: [\(formats.joined(separator: ", "))]}
            """, named: "p.yaml", in: folder)
    }
}
