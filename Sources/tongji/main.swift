import ArgumentParser
import TongjiCore
import TongjiPipeline
#if canImport(Glibc)
import Glibc
#endif

@main
struct Tongji: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn the numbers in Chinese news text into statistics.",
        subcommands: [Extract.self])
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print every figure in the inputs.")

    @Argument(help: "Input files; standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "Output format: jsonl or csv.")
    var format: ExtractJob.Format = .jsonl

    @Option(help: "Also print bare numbers without a unit (value: numbers).")
    var include: [String] = []

    func run() throws {
        let diagnostics = DiagnosticLog { OutputSink.writeError("tongji: \($0)") }
        ExtractJob(paths: files, format: format, includeNumbers: include.contains("numbers"))
            .run(to: OutputSink(), diagnostics: diagnostics)
        if diagnostics.hasErrors { throw ExitCode.failure }
    }
}

extension ExtractJob.Format: ExpressibleByArgument {}
