import ArgumentParser
import TongjiCore
import TongjiPipeline

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the articles found in the inputs, one JSON object per article.")

    @Argument(help: "Input files, folders or glob patterns; standard input when none or '-'.")
    var files: [String] = []

    func run() throws {
        let diagnostics = printedDiagnostics()
        SegmentJob(paths: files).run(to: OutputSink(), diagnostics: diagnostics)
        if diagnostics.hasErrors { throw someInputsFailed }
    }
}
