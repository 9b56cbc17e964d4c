import Ingest
import Testing
import TongjiCore

/// `\u` escapes of JSON Lines input, surrogate pairs included, and where a bad one is reported.
@Suite struct JSONEscapeTests {
    private func read(_ text: String) -> (sentences: [String], problems: [String]) {
        let log = DiagnosticLog()
        let line = "{\"title\":\"标题\",\"text\":\"\(text)\"}\n{\"text\":\"工会投入资金100万元。\"}\n"
        let document = try? Ingester().document(fromBytes: Array(line.utf8), name: "page.jsonl", diagnostics: log)
        return (document?.sentences.map(\.text) ?? [], log.all.map(\.description))
    }

    @Test func escapesAndSurrogatePairsAreTheirCodePoints() {
        let (sentences, problems) = read(#"\u5de5\u4F1a\ud83d\ude00投入\"100\"万元\/。"#)
        #expect(problems.isEmpty)
        #expect(sentences.prefix(2) == ["标题", "工会😀投入\"100\"万元/。"])
    }

    /// Columns count code points of the line; the text field starts at column 23.
    @Test(arguments: [
        (#"工\ud800会"#, "page.jsonl:1:30: error: malformed JSON line: a lone surrogate in a \\u escape"),
        (#"工\udc00会"#, "page.jsonl:1:30: error: malformed JSON line: a lone surrogate in a \\u escape"),
        (#"\ud83d\u0041"#, "page.jsonl:1:35: error: malformed JSON line: a bad surrogate pair in a \\u escape"),
        (#"\u5dx5"#, "page.jsonl:1:27: error: malformed JSON line: expected four hex digits after \\u"),
        (#"\u+041"#, "page.jsonl:1:25: error: malformed JSON line: expected four hex digits after \\u"),
    ])
    func aBadEscapeIsReportedWhereReadingStoppedAndTheNextLineIsRead(_ text: String, _ problem: String) {
        let (sentences, problems) = read(text)
        #expect(problems == [problem])
        #expect(sentences == ["工会投入资金100万元。"])
    }
}
