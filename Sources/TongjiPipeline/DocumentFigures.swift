import Extract
import Ingest
import Normalise
import TongjiCore

/// The extract and normalise stages run over an ingested document: every sentence scanned once,
/// every figure located in the original input, tied to its article and sentence, and given its
/// category, subject, period, region and organisation.
struct DocumentFigures {
    let extractor: FigureExtractor
    let normaliser: Normaliser

    /// The document's figures. `partOf` indexes figures counted from `firstID`: 0 for one
    /// document on its own (the store), the figures already written for one output stream.
    func records(in document: Document, firstID: Int = 0) -> [NormalisedRecord] {
        var result: [NormalisedRecord] = []
        for article in document.articles {
            let sentences = article.sentences
            var found: [SentenceFigure] = []
            var records: [FigureRecord] = []
            for (index, sentence) in sentences.enumerated() {
                for figure in extractor.figures(in: sentence.text) {
                    found.append(SentenceFigure(figure: figure, sentence: index))
                    records.append(FigureRecord(
                        figure: figure, location: sentence.location(ofScalarOffset: figure.start),
                        article: article.number, title: article.title, date: article.date,
                        sentence: sentence.text, duplicate: sentence.isDuplicate))
                }
            }
            guard !found.isEmpty else { continue }
            let text = ArticleText(title: article.title, sentences: sentences.map(\.text), date: article.date)
            let meanings = normaliser.meanings(of: found, in: text)
            let articleStart = firstID + result.count
            for (record, meaning) in zip(records, meanings) {
                // The part's total, counted run-wide, lives on the record alone.
                var meaning = meaning
                let partOf = meaning.partOf.map { articleStart + $0 }
                meaning.partOf = nil
                result.append(NormalisedRecord(record: record, meaning: meaning, partOf: partOf))
            }
        }
        return result
    }
}
