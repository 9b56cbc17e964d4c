/// An article while the segmenter is still collecting its paragraphs.
struct ArticleDraft {
    var blocks: [(block: Block, role: Paragraph.Role)] = []
    var titleLines: [String] = []
    var title = ""
    /// The title block held only a kicker and column labels; the headline follows later
    /// (after a reading guide, byline and first paragraph, as features are often laid out).
    var isTitlePending = false
}

/// Splits the paragraphs of a newspaper page into articles.
///
/// A run of headings and column labels starts a new article when it is followed by a lead
/// (本报讯…), when it has a column label, when it has two or more heading lines (kicker, title,
/// subtitle), or when the running text after it ends in a photo credit (a photo story). A
/// single heading inside an article is a section heading and stays in the article.
struct ArticleSegmenter {
    let classifier: ParagraphClassifier

    func segment(_ blocks: [Block]) -> [ArticleDraft] {
        let roles = blocks.map(classifier.role(of:))
        var drafts: [ArticleDraft] = []
        var index = 0
        while index < blocks.count {
            guard roles[index] == .heading || roles[index] == .label else {
                if drafts.isEmpty { drafts.append(ArticleDraft()) }
                drafts[drafts.count - 1].blocks.append((blocks[index], roles[index]))
                index += 1
                continue
            }
            var end = index
            while end < blocks.count, roles[end] == .heading || roles[end] == .label { end += 1 }
            place(titleBlock: index..<end, of: blocks, roles: roles, into: &drafts)
            index = end
        }
        return drafts
    }

    private func place(titleBlock range: Range<Int>, of blocks: [Block], roles: [Paragraph.Role],
                       into drafts: inout [ArticleDraft]) {
        let entries = range.map { (blocks[$0], roles[$0]) }
        let headings = range.filter { roles[$0] == .heading }.map { blocks[$0].text.string }
        let hasLabel = range.contains { roles[$0] == .label }
        let nextIsLead = range.upperBound < blocks.count && roles[range.upperBound] == .lead
        if let last = drafts.last, last.isTitlePending, !nextIsLead, !hasLabel {
            drafts[drafts.count - 1].blocks += entries
            drafts[drafts.count - 1].titleLines += headings
            drafts[drafts.count - 1].title = TitlePicker.title(among: headings)
            drafts[drafts.count - 1].isTitlePending = false
        } else if drafts.isEmpty || nextIsLead || hasLabel || headings.count >= 2
                    || startsPhotoStory(at: range.upperBound, blocks: blocks, roles: roles) {
            var draft = ArticleDraft(blocks: entries)
            draft.titleLines = range.map { blocks[$0].text.string }
            draft.title = TitlePicker.title(among: headings)
            draft.isTitlePending = roles[range.upperBound - 1] == .label
            drafts.append(draft)
        } else {
            drafts[drafts.count - 1].blocks += entries
        }
    }

    private func startsPhotoStory(at start: Int, blocks: [Block], roles: [Paragraph.Role]) -> Bool {
        var index = start
        while index < blocks.count, roles[index] == .body { index += 1 }
        return index > start && index < blocks.count && classifier.isPhotoCredit(blocks[index])
    }
}
