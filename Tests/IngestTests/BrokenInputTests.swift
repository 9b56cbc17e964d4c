import Foundation
import Ingest
import Testing
import TongjiCore

/// Inputs that cannot be read are reported with their path and do not stop the batch.
@Suite struct BrokenInputTests {
    let log = DiagnosticLog()
    let documents: [Document]

    init() {
        let paths = ["broken/empty.txt", "broken/binary.txt", "broken/invalid-bytes.txt", "broken/missing.txt",
                     "broken/truncated.html", "broken/malformed.jsonl", "union-news-page.txt"].map(Fixture.path)
        documents = Ingester().read(paths: paths, diagnostics: log)
    }

    private func message(for name: String) -> String? {
        log.all.first { $0.location.file == Fixture.path(name) }?.description
    }

    @Test func theReadableInputsAreStillRead() {
        #expect(documents.map { ($0.file as NSString).lastPathComponent }
                == ["truncated.html", "malformed.jsonl", "union-news-page.txt"])
        #expect(documents.last?.articles.count == 10)
    }

    @Test func anEmptyFileIsAnError() {
        #expect(message(for: "broken/empty.txt") == "\(Fixture.path("broken/empty.txt")): error: empty file: nothing to read")
    }

    @Test func aBinaryFileIsAnErrorWithTheOffsetOfItsFirstNULByte() {
        #expect(message(for: "broken/binary.txt")?.hasSuffix("error: binary file (NUL byte at byte offset 8)") == true)
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreAnErrorWithTheirOffset() {
        #expect(message(for: "broken/invalid-bytes.txt")?
            .hasSuffix("error: not UTF-8, UTF-16 or GB18030: invalid byte sequence at byte offset 35") == true)
    }

    @Test func aMissingFileIsAnError() {
        #expect(message(for: "broken/missing.txt")?.hasSuffix(": error: no such file or directory") == true)
    }

    @Test func aTruncatedHTMLPageIsReadAndReportedAtItsLastLine() {
        #expect(message(for: "broken/truncated.html") == "\(Fixture.path("broken/truncated.html")):3:1: warning: HTML page ends before </html>: read what was recovered")
        #expect(documents.first?.sentences.map(\.text) == ["各级工会投入资金1406.46万元。", "培养各类人才3900多人"])
    }

    @Test func aMalformedJSONLineIsReportedWithItsLineAndTheOtherLinesAreRead() {
        #expect(message(for: "broken/malformed.jsonl") == "\(Fixture.path("broken/malformed.jsonl")):2:41: error: malformed JSON line: line ends early, expected ','")
        #expect(documents[1].articles.map(\.title) == ["第一篇", "第三篇"])
    }
}
