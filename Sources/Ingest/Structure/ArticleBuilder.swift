/// Turns a segmented draft into an `Article`: paragraphs with roles, sentences, title and byline.
struct ArticleBuilder {
    let splitter: SentenceSplitter
    let classifier: ParagraphClassifier

    /// The article of `draft`; `workspace` serves every paragraph of a document.
    func article(from draft: ArticleDraft, of blocks: [Block], number: Int, workspace: inout SentenceSplitter.Workspace) -> Article {
        let paragraphs = zip(draft.blocks, draft.roles).map { index, role in paragraph(blocks[index], role: role, workspace: &workspace) }
        var article = Article(number: number, paragraphs: paragraphs)
        article.title = draft.title
        article.titleLines = draft.titleLines
        article.byline = byline(of: article.paragraphs)
        return article
    }

    /// The drafts of a single-article unit: marked headings at the top are its title block.
    func singleDraft(_ blocks: [Block]) -> ArticleDraft {
        var draft = ArticleDraft(blocks: blocks.indices)
        draft.roles = classifier.roles(of: blocks)
        draft.titleLines = blocks.prefix { $0.isMarkedHeading }.map { $0.text.string }
        draft.title = TitlePicker.title(among: draft.titleLines)
        return draft
    }

    private func paragraph(_ block: Block, role: Paragraph.Role, workspace: inout SentenceSplitter.Workspace) -> Paragraph {
        let string = block.text.string
        block.text.scalars.withUnsafeBufferPointer { splitter.split($0, in: &workspace) }
        let sentences = workspace.sentences.map { Sentence(in: string, utf8: $0.utf8, origin: block.text.origin.slice($0.scalars)) }
        return Paragraph(role: role, text: string, sentences: sentences, lines: block.lines, isRejoined: block.isRejoined)
    }

    /// The reporters named in the lead's brackets (本报讯（记者邹倜然）→ 记者邹倜然), else the first byline.
    private func byline(of paragraphs: [Paragraph]) -> String {
        for paragraph in paragraphs {
            if paragraph.role == .lead, let named = bracketedNames(after: paragraph.text) { return named }
            if paragraph.role == .byline { return paragraph.text }
        }
        return ""
    }

    /// The bracket must open within the first five code points (本报讯（) and close within 60;
    /// the scan stops there, as most leads (央视网消息（新闻联播）：…) have no names to give.
    private func bracketedNames(after lead: String) -> String? {
        let scalars = lead.unicodeScalars
        guard let open = scalars.prefix(5).firstIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let inside = scalars.index(after: open)
        guard let close = scalars[inside...].prefix(59 - scalars.distance(from: scalars.startIndex, to: open))
            .firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        return String(scalars[inside..<close])
    }
}
