import Ingest
import Testing
import TongjiCore

/// A text or JSON Lines file larger than `IngestOptions.partBytes` is read in parts of whole
/// articles: together they are the document read whole, to the last sentence's place and
/// reprint mark, and a file that cannot be read fails as it does read whole.
@Suite struct PartedReadingTests {
    static let forms = [
        "union-news-page.txt", "union-news-page.crlf.txt", "union-news-page.gbk.txt", "union-news-page.bom.txt",
        "union-news-page.jsonl",
    ]

    /// Every document of the file `name`, read in parts of `partBytes`.
    private func parts(_ name: String, partBytes: Int, maximumLineBytes: Int = 1 << 20,
                       log: DiagnosticLog = DiagnosticLog()) -> [Document] {
        var options = IngestOptions()
        options.partBytes = partBytes
        options.maximumLineBytes = maximumLineBytes
        return Array(Ingester(options: options).documents(paths: [Fixture.path(name)], diagnostics: log))
    }

    // Parts shorter than one article too: the part grows until an article can be kept.
    @Test(arguments: forms, [700, 2_500, 6_000])
    func partsTogetherAreTheWholeFile(_ name: String, partBytes: Int) throws {
        let whole = try Ingester().fixture(name)
        let parts = parts(name, partBytes: partBytes)
        #expect(parts.count > 1)
        #expect(parts.map(\.part.index) == Array(parts.indices))
        #expect(parts.map(\.part.isLast) == Array(repeating: false, count: parts.count - 1) + [true])
        #expect(parts.map(\.part.byteCount).reduce(0, +) == whole.byteCount)
        #expect(parts.allSatisfy { $0.contentHash == whole.contentHash && $0.encoding == whole.encoding })
        #expect(parts.allSatisfy { $0.byteCount == whole.byteCount })
        #expect(parts.flatMap(\.articles) == whole.articles)
        #expect(whole.sentences.contains { $0.isDuplicate }, "the page reprints a passage")
    }

    @Test func aSmallFileIsReadWholeAsOnePart() throws {
        let parts = parts("union-news-page.txt", partBytes: 1 << 20)
        #expect(parts.count == 1)
        let part = try #require(parts.first?.part)
        #expect(part.index == 0 && part.isLast && part.byteCount == 19_670)
    }

    @Test(arguments: ["broken/binary.txt", "broken/invalid-bytes.txt"])
    func aBadFileFailsAsWhenReadWhole(_ name: String) throws {
        let wholeLog = DiagnosticLog(), partsLog = DiagnosticLog()
        #expect(Ingester().read(paths: [Fixture.path(name)], diagnostics: wholeLog).isEmpty == true)
        #expect(parts(name, partBytes: 16, log: partsLog).isEmpty)
        #expect(partsLog.all.map(\.description) == wholeLog.all.map(\.description))
        #expect(partsLog.all.count == 1)
    }

    @Test func aLineTooLongFailsAtItsLineAsWhenReadWhole() throws {
        var options = IngestOptions()
        options.maximumLineBytes = 400
        let wholeLog = DiagnosticLog(), partsLog = DiagnosticLog()
        #expect(Ingester(options: options).read(paths: [Fixture.path("union-news-page.txt")], diagnostics: wholeLog).isEmpty)
        #expect(parts("union-news-page.txt", partBytes: 1_000, maximumLineBytes: 400, log: partsLog).isEmpty)
        let message = try #require(wholeLog.all.first?.description)
        #expect(message.contains("union-news-page.txt:") && !message.contains(".txt:0:"))
        #expect(partsLog.all.map(\.description) == [message])
    }
}
