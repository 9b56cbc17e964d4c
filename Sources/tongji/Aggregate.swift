import ArgumentParser
import Foundation
import TongjiCore
import TongjiPipeline

struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Merge figure files from many 'tongji extract' partitions into one run's reports.",
        discussion: "Each file holds the JSON Lines 'tongji extract --pipeline PIPELINE' wrote; the reports are those of 'tongji run' over the same inputs.")

    @Argument(help: "Figure files (JSON Lines); standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "The pipeline file: its title, categories and outputs.")
    var pipeline: String

    @OptionGroup var reports: ReportOptions

    func run() throws {
        let diagnostics = printedDiagnostics()
        let definition = try reports.pipeline(pipeline, diagnostics: diagnostics)
        do {
            let count = try AggregateJob(definition: definition, paths: files, outputDirectory: reports.out, runTime: runTime())
                .run(diagnostics: diagnostics)
            OutputSink.writeError("tongji: \(definition.name): \(count) figures merged")
        } catch {
            OutputSink.writeError("tongji: \(error)")
            throw ExitCode.failure
        }
        if diagnostics.hasErrors { throw someInputsFailed }
    }
}
