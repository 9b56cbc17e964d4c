import Extract
import Ingest
import TongjiCore

/// The extract stage run over an ingested document: every sentence scanned once, every figure
/// located in the original input and tied to its article and sentence.
enum DocumentFigures {
    static func records(in document: Document, extractor: FigureExtractor) -> [FigureRecord] {
        var records: [FigureRecord] = []
        for article in document.articles {
            for sentence in article.sentences {
                for figure in extractor.figures(in: sentence.text) {
                    records.append(FigureRecord(
                        figure: figure, location: sentence.location(ofScalarOffset: figure.start),
                        article: article.number, title: article.title,
                        sentence: sentence.text, duplicate: sentence.isDuplicate))
                }
            }
        }
        return records
    }
}
