/// Runs the structure steps over parsed input: re-join layout breaks, segment into articles,
/// split sentences and mark repeated text, date the articles.
struct DocumentAssembler {
    let options: IngestOptions
    private let joiner: ParagraphJoiner
    private let segmenter: ArticleSegmenter
    private let builder: ArticleBuilder

    init(options: IngestOptions) {
        self.options = options
        let classifier = ParagraphClassifier(options: options)
        joiner = ParagraphJoiner(classifier: classifier)
        segmenter = ArticleSegmenter(classifier: classifier)
        builder = ArticleBuilder(splitter: SentenceSplitter(splitsAtSemicolons: options.splitsAtSemicolons),
                                 classifier: classifier, marksDuplicates: options.marksDuplicates)
    }

    /// Takes `parsed` over and frees the code points of each article's blocks as soon as the
    /// article is built, so the input is not held twice (as blocks and as articles).
    func document(from parsed: consuming ParsedInput, file: String, duplicates: inout DuplicateIndex) -> Document {
        let fileDate = DateScanner.firstDate(in: Self.fileName(of: file)) ?? options.defaultDate
        var articles: [Article] = []
        for unitIndex in parsed.units.indices {
            var unit = parsed.units[unitIndex]
            parsed.units[unitIndex].blocks = []
            let blocks = joiner.join(unit.blocks)
            unit.blocks = []
            var drafts = unit.isSingleArticle ? [builder.singleDraft(consume blocks)] : segmenter.segment(consume blocks)
            for draftIndex in drafts.indices {
                let draft = drafts[draftIndex]
                drafts[draftIndex] = ArticleDraft()
                var article = builder.article(from: draft, number: articles.count + 1, duplicates: &duplicates)
                article.date = unit.date ?? fileDate
                article.metadata = unit.metadata
                articles.append(article)
            }
        }
        return Document(file: file, form: parsed.form, encoding: parsed.encoding, articles: articles)
    }

    private static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
