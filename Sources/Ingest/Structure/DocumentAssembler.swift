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
    /// article is built, so the input is not held twice (as blocks and as articles). The
    /// blocks stay in one array, which drafts index, and are never copied.
    func document(from parsed: consuming ParsedInput, file: String, duplicates: inout DuplicateIndex) -> Document {
        let fileDate = DateScanner.firstDate(in: Self.fileName(of: file)) ?? options.defaultDate
        var articles: [Article] = []
        for unitIndex in parsed.units.indices {
            var unit = parsed.units[unitIndex]
            parsed.units[unitIndex].blocks = []
            let unitBlocks = unit.blocks
            unit.blocks = []
            var blocks = joiner.join(consume unitBlocks)
            let drafts = unit.isSingleArticle ? [builder.singleDraft(blocks)] : segmenter.segment(blocks)
            for draft in drafts {
                var article = builder.article(from: draft, of: blocks, number: articles.count + 1, duplicates: &duplicates)
                for index in draft.blocks { blocks[index].text = MappedText(file: "") }
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
