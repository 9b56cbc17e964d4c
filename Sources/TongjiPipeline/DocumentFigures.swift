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
        // Room for a figure every 256 bytes (news gives one every 360), up to a part's worth (an
        // HTML page or a file of one article is read whole): grown by doubling, the array was
        // copied into fresh pages again and again, a sixth of a run's page faults. Room never
        // filled is never written, so fresh pages of it take no memory.
        result.reserveCapacity(min(document.part.byteCount / 256, 32_768))
        forEachRecord(in: document, firstID: firstID) { result.append($0) }
        return result
    }

    /// Hands each of the document's figures to `body` as soon as its article is normalised,
    /// without gathering the whole document's: a year of transcripts in one file holds 30,000.
    func forEachRecord(in document: Document, firstID: Int, _ body: (consuming NormalisedRecord) -> Void) {
        var count = 0
        let buffer = ScalarBuffer()
        // Per article, emptied for the next one but kept at their size: a page of broadcast
        // transcripts has thousands of short articles, and growing four new arrays for each cost
        // as much as the finders that read them.
        // Each sentence's text made once: its figures' records share it instead of copying it.
        // Empty for the sentences without figures: the normaliser reads them from `decoded`.
        var texts: [String] = []
        // The code points of every sentence, one after another, handed on so the normaliser does
        // not decode them again: it reads those with figures and the places named before them in
        // a paragraph. One array for the article, not one a sentence: most sentences have no
        // figure and are never read, and their arrays cost more to allocate and free than to fill.
        var decoded: [Unicode.Scalar] = []
        var decodedRanges: [Range<Int>] = []
        var opensParagraph: [Bool] = []
        var found: [SentenceFigure] = []
        // Where each figure stands in the input, and whether its sentence is a reprint:
        // taken while the sentence is at hand rather than looked up again.
        var places: [(location: SourceLocation, duplicate: Bool)] = []
        for article in document.articles {
            texts.removeAll(keepingCapacity: true)
            decoded.removeAll(keepingCapacity: true)
            decodedRanges.removeAll(keepingCapacity: true)
            opensParagraph.removeAll(keepingCapacity: true)
            found.removeAll(keepingCapacity: true)
            places.removeAll(keepingCapacity: true)
            // Paragraph by paragraph: `Article.sentences` would join them into a new array.
            for paragraph in article.paragraphs {
                paragraph.forEachSentenceUTF8 { place, bytes in
                    // Scanned in place: most sentences have no figure and need no text of their own.
                    let figures = buffer.withDecoded(ofUTF8: bytes) { text in
                        decodedRanges.append(decoded.count..<decoded.count + text.scalars.count)
                        decoded.append(contentsOf: text.scalars)
                        return extractor.figures(in: text)
                    }
                    if figures.isEmpty {
                        texts.append("")
                    } else {
                        // The sentence's origin read in place: a copy of the sentence retained all its strings.
                        let origin = paragraph.sentences[place].origin, isDuplicate = paragraph.sentences[place].isDuplicate
                        // By index: a figure copied out of `figures` retained its strings once more.
                        for index in figures.indices {
                            places.append((origin.location(ofScalarOffset: figures[index].start), isDuplicate))
                            found.append(SentenceFigure(figure: figures[index], sentence: texts.count))
                        }
                        // Made of the bytes at hand, whole code points of a `String`.
                        texts.append(String(uncheckedUTF8: bytes))
                    }
                    opensParagraph.append(place == 0)
                }
            }
            guard !found.isEmpty else { continue }
            let meanings = normaliser.meanings(of: found, in: ArticleText(title: article.title, sentences: texts, date: article.date,
                                                                              decodedScalars: decoded,
                                                                              decodedRanges: decodedRanges,
                                                                              opensParagraph: opensParagraph))
            let articleStart = firstID + count
            for index in found.indices {
                let record = FigureRecord(
                    figure: found[index].figure, location: places[index].location, article: article.number,
                    title: article.title, date: article.date, sentence: texts[found[index].sentence],
                    duplicate: places[index].duplicate)
                // The part's total, counted run-wide, lives on the record alone (set in place:
                // a copy of the meaning to change would retain all its strings again).
                var normalised = NormalisedRecord(record: record, meaning: meanings[index],
                                                  partOf: meanings[index].partOf.map { articleStart + $0 })
                normalised.meaning.partOf = nil
                body(consume normalised)  // Moved: a copy retained every string of the record again.
            }
            count += found.count
        }
    }
}
