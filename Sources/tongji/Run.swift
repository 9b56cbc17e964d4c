import ArgumentParser
import Foundation
import TongjiCore
import TongjiPipeline

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline: read its inputs and write its reports.",
        discussion: "Set SOURCE_DATE_EPOCH (seconds since 1970) to fix the run time shown in the reports.")

    @Argument(help: "The pipeline file, e.g. Pipelines/union-news.yaml.")
    var pipeline: String

    @Option(help: "Write the reports here instead of the pipeline's output directory.")
    var out: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let definition = try readPipeline(pipeline)
        let diagnostics = DiagnosticLog { OutputSink.writeError("tongji: \($0)") }
        let job = RunJob(definition: definition, outputDirectory: out, runTime: Self.runTime())
        let summary: RunJob.Summary
        do {
            summary = try job.run(diagnostics: diagnostics)
        } catch {
            OutputSink.writeError("tongji: \(error)")
            throw ExitCode.failure
        }
        if !quiet {
            let failed = diagnostics.all.filter { $0.severity == .error }.count
            OutputSink.writeError("tongji: \(definition.name): \(summary.documents) files, \(summary.articles) articles, \(summary.figures) figures, \(failed) errors → \(summary.directory)")
        }
        if diagnostics.hasErrors { throw someInputsFailed }
    }

    /// Now, or `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention).
    private static func runTime() -> Date {
        guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) else {
            return Date()
        }
        return Date(timeIntervalSince1970: epoch)
    }
}
