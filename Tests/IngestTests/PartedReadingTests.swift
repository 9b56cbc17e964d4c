import Foundation
import Ingest
import TestSupport
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

    /// The documents of `path` read whole and in parts of `partBytes`, with what each reported.
    private func wholeAndParts(_ path: String, partBytes: Int) -> (whole: [Document], wholeLog: [String],
                                                                     parts: [Document], partsLog: [String]) {
        let wholeLog = DiagnosticLog(), partsLog = DiagnosticLog()
        let whole = Ingester().read(paths: [path], diagnostics: wholeLog)
        var options = IngestOptions()
        options.partBytes = partBytes
        let parts = Ingester(options: options).read(paths: [path], diagnostics: partsLog)
        return (whole, wholeLog.all.map(\.description), parts, partsLog.all.map(\.description))
    }

    private func file(_ bytes: [UInt8]) throws -> String {
        let url = try Scratch.directory().appendingPathComponent("page.txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Lines ended by a lone CR count as lines in a part with no text, as in the file read whole;
    /// such a part gives no document of its own.
    @Test func aPartOfWhiteSpaceCountsItsLinesAsReadWhole() throws {
        let page = try Fixture.bytes("union-news-page.txt")
        let path = try file(Array(String(repeating: " \r \r\n", count: 400).utf8) + page)
        let read = wholeAndParts(path, partBytes: 1_000)
        #expect(read.parts.count > 1 && read.parts.allSatisfy { !$0.articles.isEmpty })
        #expect(read.parts.flatMap(\.articles) == read.whole.first?.articles)
        let pageStart = try #require(try Ingester().fixture("union-news-page.txt").articles.first?.startLine)
        #expect(read.whole.first?.articles.first?.startLine == 800 + pageStart)
    }

    /// A first line of a whole megabyte after a byte order mark: the first megabyte read holds no
    /// line break.
    @Test func aByteOrderMarkBeforeALineOfAMegabyte() throws {
        let page = try Fixture.bytes("union-news-page.txt")
        let path = try file([0xEF, 0xBB, 0xBF] + [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) - 3) + [0x0A] + page)
        let read = wholeAndParts(path, partBytes: 4_000)
        #expect(read.parts.count > 1)
        #expect(read.parts.flatMap(\.articles) == read.whole.first?.articles)
        #expect(read.partsLog == read.wholeLog)
    }

    /// A NUL after a byte order mark is reported where reading whole reports it (in code points
    /// after the mark), and so are bytes that are not UTF-8 after it; a file of only white space
    /// has no text in any part.
    @Test(arguments: [
        [0xEF, 0xBB, 0xBF] + Array("中文\0".utf8),
        [0xEF, 0xBB, 0xBF] + Array("中文\0".utf8) + Array(repeating: 0x20, count: 3_000) + [0xFF, 0x0A],
        Array(repeating: 0x20, count: 3_000) + [0x0A] + Array(repeating: 0x20, count: 3_000),
    ])
    func aBadFileWithPartsFailsAsReadWhole(_ start: [UInt8]) throws {
        let path = try file(start + (try Fixture.bytes("union-news-page.txt")).filter { start.last != 0x20 || $0 == 0x0A })
        let read = wholeAndParts(path, partBytes: 1_000)
        #expect(read.whole.isEmpty && read.parts.isEmpty)
        #expect(read.partsLog == read.wholeLog && read.wholeLog.count == 1)
    }

    /// A file a little over one part is cut into two of about half its length, not one of
    /// `partBytes` and a short rest: `tongji run` saves parts in order, and a short part waiting
    /// for a long one left a core idle. Parts just over half the file make two, the first ending
    /// before its planned cut.
    @Test(arguments: [16_000, 9_900])
    func aFileIsCutIntoPartsOfEvenLength(partBytes: Int) throws {
        let parts = parts("union-news-page.txt", partBytes: partBytes)
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { $0.part.byteCount > 19_670 / 3 }, "\(parts.map(\.part.byteCount))")
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
