import Ingest
import Testing

/// A paragraph with no end mark (a table run into one line) is cut into sentences of at most
/// 2,000 code points, so that each figure looks around, and carries, a bounded text.
@Suite struct RunOnTextTests {
    private func sentences(of paragraph: String) throws -> [String] {
        let document = try Ingester().document(fromBytes: Array("标题\n\n\(paragraph)\n".utf8), name: "page.txt")
        return document.sentences.map(\.text).filter { $0 != "标题" }
    }

    @Test func aRunOnParagraphIsCutAfterAClauseBreak() throws {
        let paragraph = String(repeating: "全市职工参加技能培训一百场，", count: 400)
        let cut = try sentences(of: paragraph)
        #expect(cut.count == 3)
        #expect(cut.joined() == paragraph)
        #expect(cut.allSatisfy { $0.unicodeScalars.count <= 2_000 && $0.hasSuffix("，") })
    }

    @Test func withNoClauseBreakItIsCutBeforeANumber() throws {
        let paragraph = String(repeating: "5项", count: 3_000)
        let cut = try sentences(of: paragraph)
        // Each piece is cut before the 5 at 1,998, the last number before the limit.
        #expect(cut.map { $0.unicodeScalars.count } == [1_998, 1_998, 1_998, 6])
        #expect(cut.joined() == paragraph)
        #expect(cut.allSatisfy { $0.unicodeScalars.count <= 2_000 && $0.hasPrefix("5") && $0.hasSuffix("项") })
    }

    @Test func aLongSentenceWithAnEndMarkIsLeftWhole() throws {
        let sentence = String(repeating: "职工", count: 900) + "。"
        #expect(try sentences(of: sentence) == [sentence])
    }
}
