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
        // By index, reading the role first: a copy of each paragraph retained its text and sentences.
        for index in paragraphs.indices {
            switch paragraphs[index].role {
            case .lead: if let named = bracketedNames(after: paragraphs[index].text) { return named }
            case .byline: return paragraphs[index].text
            default: break
            }
        }
        return ""
    }

    /// The bracket must open within the first five code points (本报讯（) and close within 60;
    /// the scan stops there, as most leads (央视网消息（新闻联播）：…) have no names to give. Read
    /// from the UTF-8 bytes: walking `unicodeScalars` cost ~1,000 instructions a lead.
    private func bracketedNames(after lead: String) -> String? {
        lead.withBorrowedUTF8 { bytes in
            var offset = 0, position = 0
            var namesStart: Int?
            while offset < bytes.count, position < 60 {
                let (scalar, width) = UTF8Scan.scalar(in: bytes, at: offset)
                if let namesStart {
                    if scalar == "）" || scalar == ")" {
                        return String(uncheckedUTF8: UnsafeBufferPointer(rebasing: bytes[namesStart..<offset]))
                    }
                } else if scalar == "（" || scalar == "(" {
                    namesStart = offset + width
                } else if position == 4 {
                    return nil
                }
                offset += width
                position += 1
            }
            return nil
        }
    }
}
