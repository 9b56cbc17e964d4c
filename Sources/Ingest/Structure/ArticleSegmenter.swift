/// An article while the segmenter is still collecting its paragraphs.
struct ArticleDraft {
    /// The indices of its blocks: each article is a run of the page's blocks, so the blocks
    /// stay where they are instead of being copied into drafts.
    var blocks: Range<Int>
    /// The roles of those blocks, in order.
    var roles: [Paragraph.Role] = []
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
        let roles = classifier.roles(of: blocks)
        var drafts: [ArticleDraft] = []
        var index = 0
        while index < blocks.count {
            guard roles[index] == .heading || roles[index] == .label else {
                if drafts.isEmpty { drafts.append(ArticleDraft(blocks: index..<index)) }
                drafts[drafts.count - 1].blocks = drafts[drafts.count - 1].blocks.lowerBound..<index + 1
                index += 1
                continue
            }
            var end = index
            while end < blocks.count, roles[end] == .heading || roles[end] == .label { end += 1 }
            place(titleBlock: index..<end, of: blocks, roles: roles, into: &drafts)
            index = end
        }
        for index in drafts.indices { drafts[index].roles = Array(roles[drafts[index].blocks]) }
        return drafts
    }

    private func place(titleBlock range: Range<Int>, of blocks: [Block], roles: [Paragraph.Role],
                       into drafts: inout [ArticleDraft]) {
        let hasLabel = range.contains { roles[$0] == .label }
        let headingCount = range.count { roles[$0] == .heading }
        let nextIsLead = range.upperBound < blocks.count && roles[range.upperBound] == .lead
        if let last = drafts.last, last.isTitlePending, !nextIsLead, !hasLabel {
            let headings = range.filter { roles[$0] == .heading }.map { blocks[$0].text.string }
            drafts[drafts.count - 1].blocks = last.blocks.lowerBound..<range.upperBound
            drafts[drafts.count - 1].titleLines += headings
            drafts[drafts.count - 1].title = TitlePicker.title(among: headings)
            drafts[drafts.count - 1].isTitlePending = false
        } else if drafts.isEmpty || nextIsLead || hasLabel || headingCount >= 2
                    || startsPhotoStory(at: range.upperBound, blocks: blocks, roles: roles) {
            var draft = ArticleDraft(blocks: range)
            draft.titleLines = range.map { blocks[$0].text.string }
            draft.title = TitlePicker.title(among: zip(range, draft.titleLines).filter { roles[$0.0] == .heading }.map(\.1))
            draft.isTitlePending = roles[range.upperBound - 1] == .label
            drafts.append(draft)
        } else {
            drafts[drafts.count - 1].blocks = drafts[drafts.count - 1].blocks.lowerBound..<range.upperBound
        }
    }

    private func startsPhotoStory(at start: Int, blocks: [Block], roles: [Paragraph.Role]) -> Bool {
        var index = start
        while index < blocks.count, roles[index] == .body { index += 1 }
        return index > start && index < blocks.count && classifier.isPhotoCredit(blocks[index])
    }
}
