import TestSupport
import Testing
@testable import Report

@Suite struct HTMLDocumentTests {
    private func serialize(_ body: [HTMLNode]) -> [UInt8] {
        HTMLDocument(root: .element("html", [("lang", "zh-CN")], [
            .element("head", [], [.element("meta", [("charset", "utf-8")])]),
            .element("body", [], body),
        ])).serialized()
    }

    @Test func writesHTML5DoctypeAndNoInjectedMeta() {
        let html = String(decoding: serialize([]), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(!html.contains("http-equiv"))
    }

    @Test func textAndAttributesSurviveTheRoundTripExactly() throws {
        let tricky = "A<B & \"C\" 'D' &amp; 工会"
        let bytes = serialize([.element("p", [("title", tricky), ("data-x", "it's \"both\"")], text: tricky)])
        let page = try #require(ParsedHTML(bytes))
        #expect(page.texts("//p") == [tricky])
        #expect(page.texts("//p/@title") == [tricky])
        #expect(page.texts("//p/@data-x") == ["it's \"both\""])
        #expect(String(decoding: bytes, as: UTF8.self).contains("A&lt;B &amp; \"C\" 'D' &amp;amp; 工会"))
    }

    @Test func chineseIsWrittenAsRawUTF8() {
        let bytes = serialize([.element("p", text: "工会投入资金1406.46万元")])
        #expect(bytes.firstRange(of: Array("工会投入资金1406.46万元".utf8)) != nil)
        #expect(bytes.firstRange(of: Array("&#".utf8)) == nil)
    }

    @Test func adjacentTextNodesAreKept() throws {
        let bytes = serialize([.element("p", [], [.text("前"), .text("后"), .element("mark", text: "中")])])
        #expect(try #require(ParsedHTML(bytes)).texts("//p") == ["前后中"])
    }

    @Test func anElementOfEmptyTextIsWrittenWithItsEndTag() {
        let bytes = HTMLDocument { page in
            page.element("html") { html in
                html.element("body") { body in
                    body.element("td", ["class": "period"], text: "")
                    body.element("ul") { $0.element("li", text: "") }
                }
            }
        }.serialized()
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.contains("<td class=\"period\"></td>"))
        #expect(html.contains("<li></li>"))
    }
}
