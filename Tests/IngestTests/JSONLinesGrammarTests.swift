import Ingest
import Testing
import TongjiCore

/// Values of JSON Lines input that tongji does not keep (nested arrays and objects, numbers,
/// literals) are still read by JSON's grammar: a line that breaks it is reported where reading
/// stopped, and the next line is read.
@Suite struct JSONLinesGrammarTests {
    private static let goodLine = #"{"text":"工会投入资金100万元。"}"#

    private func read(_ line: String) -> (sentences: [String], problems: [String]) {
        let log = DiagnosticLog()
        let input = line + "\n" + Self.goodLine + "\n"
        let document = try? Ingester().document(fromBytes: Array(input.utf8), name: "page.jsonl", diagnostics: log)
        return (document?.sentences.map(\.text) ?? [], log.all.map(\.description))
    }

    @Test func nestedValuesNumbersAndLiteralsAreRead() {
        let line = #"{"tags":[1 , {"a" : [true,null,-0.5e+3,"]\"\u005d"]},"x",[]], "meta":{ }, "n":0, "e":1E-2,"# +
            "\t\"ok\":false,\"title\":\"标题\",\"text\":\"职工200人。\"}"
        let (sentences, problems) = read(line)
        #expect(problems.isEmpty)
        #expect(sentences == ["标题", "职工200人。", "工会投入资金100万元。"])
    }

    @Test func nestingDeeperThanAnyStackIsRead() {
        let depth = 100_000
        let line = #"{"deep":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) +
            #","text":"职工200人。"}"#
        let (sentences, problems) = read(line)
        #expect(problems.isEmpty)
        #expect(sentences == ["职工200人。", "工会投入资金100万元。"])
    }

    /// Columns count the line's code points from 1.
    @Test(arguments: [
        (#"{"id":[1}},"text":"x"}"#, "page.jsonl:1:9: error: malformed JSON line: expected ',' or ']'"),
        (#"{"id":[1,],"text":"x"}"#, "page.jsonl:1:10: error: malformed JSON line: expected a value"),
        (#"{"id":{"a" 1},"text":"x"}"#, "page.jsonl:1:12: error: malformed JSON line: expected ':'"),
        (#"{"id":{1:2},"text":"x"}"#, "page.jsonl:1:8: error: malformed JSON line: expected '\"'"),
        (#"{"id":[[["#, "page.jsonl:1:10: error: malformed JSON line: line ends inside an array or object"),
        (#"{"id":inf,"text":"x"}"#, "page.jsonl:1:7: error: malformed JSON line: expected a value"),
        (#"{"id":+1,"text":"x"}"#, "page.jsonl:1:7: error: malformed JSON line: expected a value"),
        (#"{"id":1.,"text":"x"}"#, "page.jsonl:1:9: error: malformed JSON line: expected digits after the decimal point"),
        (#"{"id":1e,"text":"x"}"#, "page.jsonl:1:9: error: malformed JSON line: expected digits in the exponent"),
        (#"{"id":0x10,"text":"x"}"#, "page.jsonl:1:8: error: malformed JSON line: expected ','"),
        (#"{"id":truth,"text":"x"}"#, "page.jsonl:1:7: error: malformed JSON line: expected a value"),
        (#"{"id":01,"text":"x"}"#, "page.jsonl:1:8: error: malformed JSON line: expected ','"),
        (#"{"id":.5,"text":"x"}"#, "page.jsonl:1:7: error: malformed JSON line: expected a value"),
        (#"{"id":-x,"text":"x"}"#, "page.jsonl:1:8: error: malformed JSON line: expected a digit after '-'"),
        (#"{"id":[1 2],"text":"x"}"#, "page.jsonl:1:10: error: malformed JSON line: expected ',' or ']'"),
        (#"{"id":{"b":1,},"text":"x"}"#, "page.jsonl:1:14: error: malformed JSON line: expected '\"'"),
        (#"{"id":[1,{"b":1,"#, "page.jsonl:1:17: error: malformed JSON line: line ends inside an array or object"),
        ("{\"id\":[\"a\tb\"],\"text\":\"x\"}", "page.jsonl:1:10: error: malformed JSON line: a control character inside a string"),
        ("{\"text\":\"工会\u{01}\"}", "page.jsonl:1:12: error: malformed JSON line: a control character inside a string"),
        (#"{"text":"\x"}"#, #"page.jsonl:1:11: error: malformed JSON line: unknown escape '\x'"#),
    ])
    func aLineThatBreaksTheGrammarIsReportedWhereReadingStopped(_ line: String, _ problem: String) {
        let (sentences, problems) = read(line)
        #expect(problems == [problem])
        #expect(sentences == ["工会投入资金100万元。"])
    }
}
