import Ingest
import Testing
import TongjiCore

/// The sample page saved in other encodings and forms reads into the same articles and
/// sentences, and every sentence still points at its own text in each original file.
@Suite struct FormsTests {
    static let variants = [
        "union-news-page.bom.txt", "union-news-page.crlf.txt", "union-news-page.gbk.txt",
        "union-news-page.utf16le.txt", "union-news-page.utf16be.txt",
        "union-news-page.html", "union-news-page.gbk.html", "union-news-page.jsonl",
    ]

    let reference: Document

    init() throws {
        reference = try Ingester().fixture("union-news-page.txt")
    }

    @Test(arguments: variants)
    func variantGivesTheSameArticlesAndSentences(_ name: String) throws {
        let document = try Ingester().fixture(name)
        #expect(document.articles.map(\.title) == Fixture.titles)
        for (mine, expected) in zip(document.articles, reference.articles) {
            #expect(bodySentences(mine) == bodySentences(expected), "article \(expected.number)")
        }
    }

    @Test(arguments: variants + ["union-news-page.txt"])
    func everySentenceMapsBackToItsTextInTheOriginalFile(_ name: String) throws {
        let document = try Ingester().fixture(name)
        let lines = try Fixture.originalLines(name)
        for sentence in document.sentences {
            for (offset, scalar) in sentence.text.unicodeScalars.enumerated() where scalar.properties.numericType != nil {
                let place = sentence.location(ofScalarOffset: offset)
                let original = lines[place.line - 1]
                let written = original[place.column - 1]
                let escaped = written == "\\" && original[place.column] == "u"
                #expect(written == scalar || escaped, "\(place) for \(sentence.text)")
            }
        }
    }

    @Test func encodingIsDetectedFromTheBytes() throws {
        #expect(try Ingester().fixture("union-news-page.gbk.txt").encoding == "GB18030")
        #expect(try Ingester().fixture("union-news-page.utf16be.txt").encoding == "UTF-16BE")
        #expect(try Ingester().fixture("union-news-page.gbk.html").encoding == "GB18030")
    }

    @Test func htmlDropsScriptsNavigationAndFootersAndReadsTheMetaDate() throws {
        let document = try Ingester().fixture("union-news-page.html")
        let all = document.sentences.map(\.text).joined()
        #expect(!all.contains("1234万元") && !all.contains("首页") && !all.contains("版权所有"))
        #expect(document.articles.allSatisfy { $0.date?.description == "2021-06-15" })
    }

    @Test func jsonLinesKeepsMetadataAndPointsAtTheJSONLine() throws {
        let document = try Ingester().fixture("union-news-page.jsonl")
        let second = document.articles[1]
        #expect(second.metadata["id"] == "grrb-20210615-04-2")
        #expect(second.date?.description == "2021-06-15")
        #expect(second.sentences.allSatisfy { $0.location.line == 2 })
        #expect(document.articles[9].duplicates.count == 1)
    }

    /// A `date` that names no day (30 February, a word) leaves the article undated, and says so.
    @Test func jsonLinesWarnsOfADateThatIsNoDate() throws {
        let lines = ["2021-02-30", "待定", "2021年6月15日", ""].map { #"{"title":"全总召开会议","text":"投入资金500万元。","date":"\#($0)"}"# }
        let log = DiagnosticLog()
        let document = try Ingester().document(fromBytes: Array((lines.joined(separator: "\n") + "\n").utf8), name: "days.jsonl",
                                               diagnostics: log)
        #expect(document.articles.map { $0.date?.description ?? "none" } == ["none", "none", "2021-06-15", "none"])
        #expect(log.all.map(\.description) == [
            "days.jsonl:1:1: warning: '2021-02-30' is no date (2021-06-15, 2021年6月15日): the article is read without one",
            "days.jsonl:2:1: warning: '待定' is no date (2021-06-15, 2021年6月15日): the article is read without one",
        ])
    }

    private func bodySentences(_ article: Article) -> [String] {
        article.paragraphs.filter { $0.role != .heading && $0.role != .label }.flatMap(\.sentences).map(\.text)
    }
}
