import Extract
import Ingest
import Normalise
import Testing
import TongjiCore
@testable import TongjiPipeline

/// The sample page saved in every form and encoding ingest reads gives the same figures, in the
/// same articles and sentences, each located on the same line of its own file.
@Suite struct FormsGiveSameFiguresTests {
    static let plainVariants = ["union-news-page.bom.txt", "union-news-page.crlf.txt", "union-news-page.gbk.txt",
                                "union-news-page.utf16le.txt", "union-news-page.utf16be.txt"]
    static let otherForms = ["union-news-page.html", "union-news-page.gbk.html", "union-news-page.jsonl"]

    private func figures(_ name: String) throws -> [FigureRecord] {
        let path = Project.path("Tests/IngestTests/Fixtures/" + name)
        let document = try Ingester().document(fromBytes: try Project.bytes(path), name: path)
        let stages = DocumentFigures(extractor: FigureExtractor(), normaliser: Normaliser(categories: []))
        return stages.records(in: document).map(\.record)
    }

    /// What must not depend on the form: the figure, its article and sentence, the duplicate flag.
    private func meaning(_ records: [FigureRecord]) -> [String] {
        records.map { "\($0.article)|\($0.title)|\($0.figure.span)|\($0.figure.value)|\($0.figure.unit)|\($0.duplicate)|\($0.sentence)" }
    }

    @Test(arguments: plainVariants)
    func plainTextVariantGivesTheSameFiguresOnTheSameLines(_ name: String) throws {
        let reference = try figures("union-news-page.txt")
        let variant = try figures(name)
        #expect(reference.count == 76)
        #expect(meaning(variant) == meaning(reference))
        #expect(variant.map(\.location.line) == reference.map(\.location.line))
        #expect(variant.map(\.location.column) == reference.map(\.location.column))
    }

    @Test(arguments: otherForms)
    func htmlAndJSONLinesGiveTheSameFigures(_ name: String) throws {
        #expect(meaning(try figures(name)) == meaning(try figures("union-news-page.txt")))
    }
}
