import TongjiCore

/// The documents of one input, read one at a time as `next` is called: the whole file, or the
/// parts of a text or JSON Lines file larger than `IngestOptions.partBytes`, in order, the
/// last with `part.isLast`. A file that cannot be read gives none, with the reason in the
/// diagnostics; one that fails after some of its parts ends early, without a last part.
public final class DocumentParts {
    private enum State {
        case unopened
        case parted(PartedFile)
        case finished
    }

    let ingester: Ingester
    public let path: String
    let diagnostics: DiagnosticLog
    private var state = State.unopened

    init(ingester: Ingester, path: String, diagnostics: DiagnosticLog) {
        self.ingester = ingester
        self.path = path
        self.diagnostics = diagnostics
    }

    deinit {
        if case .parted(let file) = state { file.close() }
    }

    /// The next document of the input, its repeats marked against `duplicates`; nil after the last.
    public func next(duplicates: inout DuplicateIndex) -> Document? {
        switch state {
        case .finished:
            return nil
        case .unopened:
            let file: PartedFile?
            do {
                file = try PartedFile.open(path, form: Ingester.fileExtension(of: path), options: ingester.options)
            } catch {
                diagnostics.report(error.diagnostic)
                state = .finished
                return nil
            }
            guard let file else {
                state = .finished
                return ingester.document(at: path, diagnostics: diagnostics, duplicates: &duplicates)
            }
            state = .parted(file)
            return next(duplicates: &duplicates)
        case .parted(var file):
            do {
                let document = try file.next(assembler: DocumentAssembler(options: ingester.options),
                                             diagnostics: diagnostics, duplicates: &duplicates)
                if document == nil || document?.part.isLast == true {
                    file.close()
                    state = .finished
                } else {
                    state = .parted(file)
                }
                return document
            } catch {
                file.close()
                diagnostics.report(error.diagnostic)
                state = .finished
                return nil
            }
        }
    }
}
