import ArgumentParser
import Foundation
import TongjiCore
import TongjiPipeline

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline: read its new and changed inputs, update its store, write its reports.",
        discussion: "Set SOURCE_DATE_EPOCH (seconds since 1970) to fix the run time shown in the reports.")

    @Argument(help: "The pipeline file, e.g. Pipelines/union-news.yaml.")
    var pipeline: String

    @OptionGroup var reports: ReportOptions

    @Option(help: "Only articles published on or after this date (YYYY-MM-DD) in the reports.")
    var since: CalendarDate?

    @Option(help: "Only articles published on or before this date (YYYY-MM-DD) in the reports.")
    var until: CalendarDate?

    @Option(help: "Files extracted at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Name every file as it is read.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be given together") }
        if let since, let until, since > until { throw ValidationError("--since \(since) is after --until \(until)") }
    }

    func run() throws {
        let diagnostics = printedDiagnostics(quiet: quiet)
        let definition = try reports.pipeline(pipeline, diagnostics: diagnostics)
        let reporter = RunReporter(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
        let options = RunOptions(outputDirectory: reports.out, runTime: runTime(), since: since, until: until,
                                 jobs: jobs, onProgress: reporter.progress)
        let summary: RunJob.Summary
        do {
            summary = try RunJob(definition: definition, options: options).run(diagnostics: diagnostics)
        } catch {
            OutputSink.writeError("tongji: \(error)")
            throw ExitCode.failure
        }
        reporter.finish(summary, pipeline: definition.name, errors: diagnostics.all.filter { $0.severity == .error }.count)
        if diagnostics.hasErrors { throw someInputsFailed }
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
