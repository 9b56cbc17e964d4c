import TongjiCore

/// The documents under a list of paths, read lazily one at a time.
public struct DocumentSequence: Sequence, Sendable {
    let ingester: Ingester
    let paths: [String]
    let diagnostics: DiagnosticLog

    /// Expands the paths, then reads each input when `next()` reaches it.
    public func makeIterator() -> Iterator {
        let inputs = ingester.inputs(paths: paths, diagnostics: diagnostics)
        return Iterator(ingester: ingester, inputs: inputs, diagnostics: diagnostics)
    }

    /// Reads the next readable input; unreadable ones are reported and skipped.
    public struct Iterator: IteratorProtocol {
        let ingester: Ingester
        let inputs: [String]
        let diagnostics: DiagnosticLog
        private var position = 0
        private var duplicates = DuplicateIndex()
        /// The input being read, until its last document.
        private var current: DocumentParts?

        init(ingester: Ingester, inputs: [String], diagnostics: DiagnosticLog) {
            self.ingester = ingester
            self.inputs = inputs
            self.diagnostics = diagnostics
        }

        public mutating func next() -> Document? {
            while true {
                if let document = current?.next(duplicates: &duplicates) { return document }
                guard position < inputs.count else { return nil }
                current = ingester.parts(of: inputs[position], diagnostics: diagnostics)
                position += 1
            }
        }
    }
}
