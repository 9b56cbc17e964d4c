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
        var scalars: [Unicode.Scalar] = []
        for article in document.articles {
            let sentences = article.sentences
            // Each sentence's text made once: its figures' records share it instead of copying it.
            var texts: [String] = []
            texts.reserveCapacity(sentences.count)
            var found: [SentenceFigure] = []
            for (index, sentence) in sentences.enumerated() {
                let text = sentence.text
                texts.append(text)
                FigureExtractor.decode(text, into: &scalars)
                for figure in extractor.figures(in: scalars) {
                    found.append(SentenceFigure(figure: figure, sentence: index))
                }
            }
            guard !found.isEmpty else { continue }
            let meanings = normaliser.meanings(of: found, in: ArticleText(title: article.title, sentences: texts, date: article.date))
            let articleStart = firstID + result.count
            for (figure, meaning) in zip(found, meanings) {
                let sentence = sentences[figure.sentence]
                let record = FigureRecord(
                    figure: figure.figure, location: sentence.location(ofScalarOffset: figure.figure.start),
                    article: article.number, title: article.title, date: article.date,
                    sentence: texts[figure.sentence], duplicate: sentence.isDuplicate)
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
