import ArgumentParser
import TongjiCore
import TongjiPipeline

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every figure in the inputs, one JSON object (or CSV row) per figure.",
        discussion: "Files go through ingest (text, HTML, JSON Lines; UTF-8, UTF-16 or GB18030). Standard input is streamed line by line: a line holding a JSON object is one article, any other line is plain text.")

    @Argument(help: "Input files, folders or glob patterns; standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "Output format: jsonl or csv.")
    var format: ExtractJob.Format = .jsonl

    @Option(help: "Also print bare numbers without a unit (value: numbers).")
    var include: [String] = []

    @Flag(help: "CSV without the UTF-8 byte order mark.")
    var noBom = false

    @Option(help: "Sort figures into the categories of this pipeline file (default: $TONGJI_PIPELINE, else Pipelines/union-news.yaml here, else the one of the checkout or prefix tongji runs from; without any, every figure is 'other').")
    var pipeline: String?

    func validate() throws {
        for value in include where value != "numbers" {
            throw ValidationError("unknown --include value '\(value)'; known: numbers")
        }
    }

    func run() throws {
        let diagnostics = printedDiagnostics()
        let definition = try (pipeline ?? DefaultPipeline.path()).map { try readPipeline($0, diagnostics: diagnostics) }
        ExtractJob(paths: files, format: format, includeNumbers: include.contains("numbers"),
                   csvOptions: .init(includesByteOrderMark: !noBom),
                   ingestOptions: .init(defaultDate: definition?.defaultDate),
                   categories: definition?.categories ?? [])
            .run(to: OutputSink(), diagnostics: diagnostics)
        if diagnostics.hasErrors { throw someInputsFailed }
    }
}

extension ExtractJob.Format: ExpressibleByArgument {}
