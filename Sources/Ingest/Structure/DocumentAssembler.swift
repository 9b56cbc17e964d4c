/// Runs the structure steps over parsed input: re-join layout breaks, segment into articles,
/// split sentences, date the articles and mark repeated text.
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
                                 classifier: classifier)
    }

    /// Takes `parsed` over and frees the code points of each article's blocks as soon as the
    /// article is built, so the input is not held twice (as blocks and as articles). The
    /// blocks stay in one array, which drafts index, and are never copied.
    func document(from parsed: consuming ParsedInput, file: String, duplicates: inout DuplicateIndex) -> Document {
        document(from: parsed, file: file, articlesBefore: 0, cutting: false, duplicates: &duplicates)!.document
    }

    /// A part of a file read in parts, whose articles are numbered after `articlesBefore`. Not
    /// the last part (`cutting`), the page's last articles are left for the next part, which
    /// starts at `restartLine`: they may go on past the cut, and where an article starts is
    /// decided by the blocks around it. The part's last block may continue in the next part
    /// (a layout break re-joined), so its role may change, and with it the role of the block
    /// before (a block's role looks one block ahead). Kept are the articles before the one
    /// before the last that starts before those two blocks: where each of them starts and ends
    /// depends on none of the two. Nil when nothing can be kept yet: the part must be longer.
    func document(from parsed: consuming ParsedInput, file: String, articlesBefore: Int, cutting: Bool,
                  duplicates: inout DuplicateIndex) -> (document: Document, restartLine: Int?)? {
        let fileDate = DateScanner.firstDate(in: Self.fileName(of: file)) ?? options.defaultDate
        var articles: [Article] = []
        var restartLine: Int?
        var workspace = SentenceSplitter.Workspace()
        for unitIndex in parsed.units.indices {
            var unit = parsed.units[unitIndex]
            parsed.units[unitIndex].blocks = []
            let unitBlocks = unit.blocks
            unit.blocks = []
            var blocks = joiner.join(consume unitBlocks)
            var drafts = unit.isSingleArticle ? [builder.singleDraft(blocks)] : segmenter.segment(blocks)
            if cutting, !unit.isSingleArticle {
                guard let kept = drafts.lastIndex(where: { $0.blocks.lowerBound < blocks.count - 2 }), kept > 1 else { return nil }
                restartLine = blocks[drafts[kept - 1].blocks.lowerBound].lines.lowerBound
                drafts.removeSubrange((kept - 1)...)
            }
            for draft in drafts {
                var article = builder.article(from: draft, of: blocks, number: articlesBefore + articles.count + 1,
                                              workspace: &workspace)
                for index in draft.blocks { blocks[index].text = MappedText(file: "") }
                article.date = unit.date ?? fileDate
                article.metadata = unit.metadata
                articles.append(article)
            }
        }
        if options.marksDuplicates { mark(&articles, with: &duplicates) }
        var document = Document(file: file, form: parsed.form, encoding: parsed.encoding, articles: articles)
        document.reprintKeys = duplicates.takeKeys()
        return (document, restartLine)
    }

    /// Marks repeats once the whole document is built, when its blocks are freed: the index
    /// grows as it learns, and its growth on top of the blocks set the peak of a run.
    private func mark(_ articles: inout [Article], with duplicates: inout DuplicateIndex) {
        duplicates.reserveKeys(forTextBytes: articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.text.utf8.count } })
        for a in articles.indices {
            for p in articles[a].paragraphs.indices {
                // Each sentence's bytes borrowed from the paragraph's text, which its sentences
                // share: once a paragraph, not a copy of the text for each sentence.
                articles[a].paragraphs[p].forEachSentenceUTF8(changing: { sentence, utf8 in
                    duplicates.mark(&sentence, utf8: utf8)
                })
            }
        }
    }

    private static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
