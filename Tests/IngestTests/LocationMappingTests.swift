import Ingest
import Testing
import TongjiCore

/// Figure offsets in a sentence's cleaned-up text map back to the original line and column.
@Suite struct LocationMappingTests {
    private func place(of figure: String, in text: String, name: String = "page.txt") throws -> TongjiCore.SourceLocation {
        let document = try Ingester().document(fromBytes: Array(text.utf8), name: name)
        let sentence = try #require(document.sentences.first { $0.text.contains(figure) })
        let prefix = try #require(sentence.text.range(of: figure)).lowerBound
        return sentence.location(ofScalarOffset: sentence.text.unicodeScalars.distance(
            from: sentence.text.unicodeScalars.startIndex, to: prefix))
    }

    @Test func fullWidthDigitsBecomeASCIIAndKeepTheirColumns() throws {
        let text = "标题\n\n　　各级工会投入资金１４０６．４６万元，培养人才３９００多人。\n"
        let document = try Ingester().document(fromBytes: Array(text.utf8), name: "page.txt")
        #expect(document.sentences.last?.text == "各级工会投入资金1406.46万元，培养人才3900多人。")
        #expect(try place(of: "3900", in: text) == TongjiCore.SourceLocation(file: "page.txt", line: 3, column: 25))
        #expect(try place(of: "1406.46", in: text).column == 11)
    }

    @Test func aFigureAfterARejoinedLayoutBreakPointsAtTheSecondLine() throws {
        let text = "甘肃工会紧盯重大项目、重点\n\n工业企业投入资金1406.46万元。\n"
        #expect(try place(of: "1406.46", in: text) == TongjiCore.SourceLocation(file: "page.txt", line: 3, column: 9))
    }

    @Test func crlfLineEndsCountAsOneLineBreak() throws {
        let text = "标题\r\n\r\n投入资金1406.46万元。\r\n培养人才3900多人。\r\n"
        #expect(try place(of: "3900", in: text) == TongjiCore.SourceLocation(file: "page.txt", line: 4, column: 5))
    }

    @Test func htmlEntitiesAndTagsAreSkippedWhenCounting() throws {
        let html = "<html><body>\n<p>工会 &amp; 企业 <b>投入</b>资金1406.46万元。</p>\n</body></html>\n"
        #expect(try place(of: "1406.46", in: html, name: "page.html") == TongjiCore.SourceLocation(file: "page.html", line: 2, column: 27))
    }

    @Test func jsonEscapesCountAsWrittenOnTheJSONLine() throws {
        let jsonl = "{\"title\": \"标题\", \"text\": \"\\u5de5\\u4f1a投入1406.46万元。\"}\n"
        #expect(try place(of: "1406.46", in: jsonl, name: "page.jsonl") == TongjiCore.SourceLocation(file: "page.jsonl", line: 1, column: 40))
    }
}
