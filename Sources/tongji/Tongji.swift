import ArgumentParser
import Foundation
import TongjiCore
import TongjiPipeline
#if canImport(Glibc)
import Glibc
#endif

/// The command line: parses arguments and calls the library, nothing more.
///
/// Exit status, for every subcommand: 0 when every input was read, 1 when some could not be
/// (each named on standard error), 2 for bad arguments or a bad pipeline file.
@main
struct Tongji: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Every command names itself: deriving the names from the type names took 7 M
        // instructions, a seventh of `tongji extract`'s start-up.
        commandName: "tongji",
        abstract: "Turn the numbers in Chinese news text into statistics.",
        version: TongjiVersion.description,
        subcommands: [Run.self, Extract.self, Segment.self, Aggregate.self])

    static func main() {
        // glibc keeps one heap per thread and returns little of it: with ingest and extract on
        // parallel threads a long run's memory grew by a third. Two heaps, trimmed above 1 MiB free.
        _ = mallopt(mallocArenaMax, 2)
        _ = mallopt(mallocTrimThreshold, 1 << 20)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // ArgumentParser's usage errors exit 64; tongji promises 2, as most Unix tools do.
            if code == .validationFailure {
                OutputSink.writeError(fullMessage(for: error))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Exit status 1: finished, but some inputs could not be read.
let someInputsFailed = ExitCode(1)
/// Exit status 2: the arguments or the pipeline file are invalid.
let invalidInvocation = ExitCode(2)

/// Reads a pipeline file; its warnings go to `diagnostics` (printed, and listed in errors.csv by
/// the commands that write one); a bad file is reported and exits 2.
func readPipeline(_ path: String, diagnostics: DiagnosticLog) throws -> PipelineDefinition {
    do {
        let (definition, warnings) = try PipelineFileReader.read(path)
        warnings.forEach(diagnostics.report)
        return definition
    } catch {
        OutputSink.writeError("tongji: \(error)")
        throw invalidInvocation
    }
}

/// Now, or `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), so that two runs
/// over the same input can write identical reports.
func runTime() -> Date {
    guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) else {
        return Date()
    }
    return Date(timeIntervalSince1970: epoch)
}

/// glibc's `mallopt` and two of its parameters from <malloc.h>, which Swift's Glibc module
/// does not import.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
private let mallocTrimThreshold: Int32 = -1
private let mallocArenaMax: Int32 = -8

/// Prints each diagnostic to standard error as it arrives; `quiet` keeps only the errors.
func printedDiagnostics(quiet: Bool = false) -> DiagnosticLog {
    DiagnosticLog { diagnostic in
        if !quiet || diagnostic.severity == .error { OutputSink.writeError("tongji: \(diagnostic)") }
    }
}

/// The options of the commands that write a pipeline's reports (`run`, `aggregate`).
struct ReportOptions: ParsableArguments {
    @Option(help: "Write the reports (and the store of `run`) here instead of the pipeline's output directory.")
    var out: String?

    @Flag(help: "CSV files without the UTF-8 byte order mark (overrides the pipeline's outputs.bom).")
    var noBom = false

    func validate() throws {
        if out?.isEmpty == true { throw ValidationError("--out needs a folder") }
    }

    /// The pipeline file at `path`, with `--no-bom` applied.
    func pipeline(_ path: String, diagnostics: DiagnosticLog) throws -> PipelineDefinition {
        var definition = try readPipeline(path, diagnostics: diagnostics)
        if noBom { definition.outputs.byteOrderMark = false }
        return definition
    }
}
