import TongjiCore

struct HTMLForm {
    let file: String
    let diagnostics: DiagnosticLog

    func parse(_ bytes: [UInt8]) throws(IngestError) -> ParsedInput {
        throw IngestError(.unparsableHTML, file: file)
    }
}
