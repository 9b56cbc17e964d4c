import Ingest
import Testing
import TongjiCore

/// A file's content hash, by which the store counts the same article arriving under two names
/// once, and which `tongji extract` does without.
@Suite struct ContentHashTests {
    static let page = Array("各级工会投入资金1406.46万元，支持班组完成技术创新项目3633项。\n".utf8)

    private func hash(of bytes: [UInt8], name: String, options: IngestOptions = IngestOptions()) throws -> UInt64 {
        try Ingester(options: options).document(fromBytes: bytes, name: name, diagnostics: DiagnosticLog()).contentHash
    }

    @Test func sameBytesUnderTwoNamesHashAlike() throws {
        let first = try hash(of: Self.page, name: "a/2021-06-15.txt")
        #expect(first != 0)
        #expect(try hash(of: Self.page, name: "b/copy.txt") == first)
        #expect(try hash(of: Array("各级工会投入资金1406.47万元。\n".utf8), name: "a/2021-06-15.txt") != first)
    }

    @Test func notHashedWhenNothingReadsIt() throws {
        var options = IngestOptions()
        options.hashesContent = false
        #expect(try hash(of: Self.page, name: "a.txt", options: options) == 0)
    }
}
