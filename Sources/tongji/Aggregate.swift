import ArgumentParser
import Foundation
import TongjiCore
import TongjiPipeline

struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge figure files from many 'tongji extract' partitions into one run's reports.",
        discussion: "Each file holds the JSON Lines 'tongji extract --pipeline PIPELINE' wrote; the reports are those of 'tongji run' over the same inputs.")

    @Argument(help: "Figure files (JSON Lines); standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "The pipeline file: its title, categories and outputs.")
    var pipeline: String

    @Flag(help: "CSV files without the UTF-8 byte order mark (overrides the pipeline's outputs.bom).")
    var noBom = false

    @Option(help: "Write the reports here instead of the pipeline's output directory.")
    var out: String?

    func run() throws {
        var definition = try readPipeline(pipeline)
        if noBom { definition.outputs.byteOrderMark = false }
        let diagnostics = DiagnosticLog { OutputSink.writeError("tongji: \($0)") }
        do {
            let count = try AggregateJob(definition: definition, paths: files, outputDirectory: out, runTime: runTime())
                .run(diagnostics: diagnostics)
            OutputSink.writeError("tongji: \(definition.name): \(count) figures merged")
        } catch {
            OutputSink.writeError("tongji: \(error)")
            throw ExitCode.failure
        }
        if diagnostics.hasErrors { throw someInputsFailed }
    }
}
