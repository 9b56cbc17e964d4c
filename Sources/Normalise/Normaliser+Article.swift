import TongjiCore

extension Normaliser {
    /// How many opening sentences may name the article's place when its title does not; the
    /// first also gives the article's organisation. Of the other sentences, only those with
    /// figures and, for a sentence that names no place, those before it in its paragraph are read.
    static let regionSentences = 2
    /// How many sentences of an article its title speaks for: as many as 99 % of the articles
    /// of the benchmark corpus have. What goes on longer is mostly text the segmenter could not
    /// cut, such as a list of sentences after one headline, or a speech (主旨演讲 made a contest of
    /// every count in 35 xwlb figures past this point, and the limit changed no other).
    public static let titleSentences = 40

    /// The meanings of all figures of one article, in the order given.
    ///
    /// Unlike figure-by-figure normalising, this resolves 全省/该市 to the article's place (from
    /// its title or first sentences), falls back to the organisation of its first sentence, and
    /// points each part (其中 …) at the total before it. A sentence that names no period continues
    /// the period of the sentence right before it in its paragraph, as a paragraph-opening
    /// 2020年以来 scopes over the account that follows it; the next paragraph starts afresh. A
    /// sentence that names no place takes the last place named before it in its paragraph (在辽宁
    /// 沈阳多福社区，吃上一顿“百家宴”…。400多户人家…), unless it speaks of the whole country (全国,
    /// 我国, 中国), else the article's.
    public func meanings(of figures: [SentenceFigure], in article: ArticleText) -> [Meaning] {
        // Title and first sentence decoded once for all that is read from them: names and keywords.
        let title = ScalarText(article.title)
        let first = article.sentences.isEmpty ? nil : article.scalarText(ofSentence: 0)
        let region = article.region ?? openingRegion(of: article, title: title, first: first).flatMap { region in
            Self.isNationalInTheCapital(region, title: title, first: first) ? nil : region
        }
        let organisation = first.map { firstOrganisation(in: $0, articleRegion: region) } ?? ""
        var facts = ArticleFacts(region: region, date: article.date, organisation: organisation,
                                 titleKeywords: classifier.titleKeywords(title))
        // The extract stage lists figures sentence by sentence already: then no sort is needed.
        let inOrder = figures.indices.dropFirst().allSatisfy { figures[$0 - 1].sentence <= figures[$0].sentence }
        let order = inOrder ? Array(figures.indices)
            : figures.indices.sorted(by: { (figures[$0].sentence, $0) < (figures[$1].sentence, $1) })
        let groups = Self.sentenceGroups(order, of: figures)
        // Appended in the order of `order`, each sentence's straight into it: filling in a copy of
        // each sentence's meanings retained all their strings again, and Array(repeating:count:)
        // allocates through a look-up of the element type at run time.
        var meanings: [Meaning] = []
        meanings.reserveCapacity(figures.count)
        // One entry a sentence up to the last read, in an array rather than a dictionary, whose
        // hashing cost more than the look-ups saved; reserved, not filled, as
        // Array(repeating:count:) looks the element type up at run time.
        var placesLeft: [PlaceLeft] = []
        placesLeft.reserveCapacity(article.sentences.count)
        var work = SentenceWork()
        for (sentence, indices) in groups {
            guard article.sentences.indices.contains(sentence) else {
                for _ in indices { meanings.append(Meaning(category: classifier.rest.category)) }
                continue
            }
            if sentence >= Self.titleSentences { facts.titleKeywords = .none }
            let text = article.scalarText(ofSentence: sentence)
            let sentenceStart = meanings.count
            work.figures.removeAll(keepingCapacity: true)
            for index in indices { work.figures.append(figures[index].figure) }
            let placeLeft = self.meanings(of: &work, in: text, article: facts, into: &meanings)
            // Groups come in the order of sentences, each once.
            while placesLeft.count < sentence { placesLeft.append(.unread) }
            placesLeft.append(.read(placeLeft))
            guard !work.unplaced.isEmpty else { continue }
            let place = Self.placeBefore(sentence, text, in: article, region: region, regions: regions,
                                         placesLeft: &placesLeft) ?? region
            for position in work.unplaced { meanings[sentenceStart + position].region = place }
        }
        if !inOrder {
            let inOrderOfSentences = meanings
            for (position, index) in order.enumerated() { meanings[index] = inOrderOfSentences[position] }
        }
        continuePeriods(&meanings, groups: groups, figures: figures, article: article)
        for index in meanings.indices where meanings[index].isPart {
            meanings[index].partOf = total(before: index, figures: figures, meanings: meanings)
        }
        return meanings
    }

    /// The place a sentence leaves its paragraph with (see `RegionFinder.lastPlace`), once read.
    private enum PlaceLeft {
        case unread
        case read(Region??)
    }

    /// The place the sentences before `sentence` (whose text is `text`) in its paragraph left, nearest first (nil
    /// inside: a place abroad or a list across provinces, which places nothing); nil when they
    /// name none. `placesLeft` keeps what each sentence before `sentence` left, for the sentences after it.
    private static func placeBefore(_ sentence: Int, _ text: ScalarText, in article: ArticleText, region: Region?,
                                    regions: RegionFinder, placesLeft: inout [PlaceLeft]) -> Region?? {
        if Self.wholeCountry.occurs(in: text, at: 0..<text.count) { return nil }
        var index = sentence
        while index > 0, !article.opensParagraph(index) {
            index -= 1
            let left: Region??
            if case .read(let known) = placesLeft[index] {
                left = known
            } else {
                let previous = article.scalarText(ofSentence: index)
                left = regions.lastPlace(among: regions.mentions(in: previous, articleRegion: region))
                placesLeft[index] = .read(left)
            }
            if let left {
                // A province adds nothing to an article placed in one of its cities.
                if let place = left, place.city.isEmpty, let region, region.province == place.province { return region }
                return left
            }
        }
        return nil
    }

    /// Words for the whole country: a sentence with one reports no figure of a place named
    /// before it (中国红树林面积比本世纪初增加7200多公顷 after a sentence on Shenzhen).
    private static let wholeCountry = WordList(["全国", "我国", "中国"])

    /// Words of the country's own bodies and of the whole country: 全国人大, 全国政协, 国务院,
    /// 中央, 全国, 世界.
    private static let nationalScope = WordList(["全国", "中央", "国务院", "国办", "人大常委会", "世界"])

    /// True when the article is placed in Beijing only because the country's bodies meet there:
    /// its title or first sentence names one of them or the whole country (十四届全国人大三次会议…
    /// 在北京人民大会堂举行, 中国残联第八次全国代表大会在京开幕, 世界数字教育大会今天在京开幕). Its
    /// figures are the country's; a place named with them still places them.
    private static func isNationalInTheCapital(_ region: Region, title: ScalarText, first: ScalarText?) -> Bool {
        guard region.province == "北京市" else { return false }
        return [title, first].contains { text in text.map { nationalScope.occurs(in: $0, at: 0..<$0.count) } ?? false }
    }

    /// The place the title names first, else the first of the opening sentences that names one;
    /// none when that first name places nothing (a place abroad, the whole country, one of
    /// places listed across provinces: 对辽宁、安徽、山东、湖南4个省进行“回头看”).
    private func openingRegion(of article: ArticleText, title: ScalarText, first: ScalarText?) -> Region? {
        if let mention = regions.mentions(in: title, articleRegion: nil).first { return mention.region }
        guard let first else { return nil }
        if let mention = regions.mentions(in: first, articleRegion: nil).first { return mention.region }
        for index in 1..<min(Self.regionSentences, article.sentences.count) {
            if let mention = regions.mentions(in: article.scalarText(ofSentence: index),
                                              articleRegion: nil).first {
                return mention.region
            }
        }
        return nil
    }

    /// The indices of `figures` by sentence, sentences in order, from `order`: the indices sorted
    /// by sentence (a sort, not Dictionary(grouping:): no hashing, and the order comes for free).
    /// Each group a slice of `order`: an array of its own for each sentence cost an allocation.
    private static func sentenceGroups(_ order: [Int],
                                       of figures: [SentenceFigure]) -> [(sentence: Int, indices: ArraySlice<Int>)] {
        var groups: [(sentence: Int, indices: ArraySlice<Int>)] = []
        // Room for a group a figure at most: one allocation, not one for each doubling.
        groups.reserveCapacity(order.count)
        var start = 0
        for position in order.indices
        where position + 1 == order.count || figures[order[position + 1]].sentence != figures[order[position]].sentence {
            groups.append((figures[order[position]].sentence, order[start...position]))
            start = position + 1
        }
        return groups
    }

    /// Gives figures of a sentence without any period (a bare 累计 aside) the last period of
    /// the sentence before in its paragraph, unless that is a bare 累计, which covers its own
    /// clause alone.
    private func continuePeriods(_ meanings: inout [Meaning], groups: [(sentence: Int, indices: ArraySlice<Int>)],
                                 figures: [SentenceFigure], article: ArticleText) {
        for (position, (sentence, indices)) in groups.enumerated() {
            guard position > 0, groups[position - 1].sentence == sentence - 1, !article.opensParagraph(sentence),
                  indices.allSatisfy({ meanings[$0].period?.isRunningTotalOnly ?? true }),
                  let previous = groups[position - 1].indices.max(by: { figures[$0].figure.start < figures[$1].figure.start }),
                  let period = meanings[previous].period, !period.isRunningTotalOnly else { continue }
            for index in indices { meanings[index].period = period }
        }
    }

    /// The total a part belongs to: the nearest earlier figure that is no part, one with the
    /// same unit preferred; on a tie in place, the one listed first.
    private func total(before index: Int, figures: [SentenceFigure], meanings: [Meaning]) -> Int? {
        func place(_ i: Int) -> (Int, Int) { (figures[i].sentence, figures[i].figure.start) }
        var nearest: Int?
        var nearestSameUnit: Int?
        for other in figures.indices where !meanings[other].isPart && place(other) < place(index) {
            if nearest.map({ place(other) > place($0) }) ?? true { nearest = other }
            if figures[other].figure.unit == figures[index].figure.unit,
               nearestSameUnit.map({ place(other) > place($0) }) ?? true {
                nearestSameUnit = other
            }
        }
        return nearestSameUnit ?? nearest
    }
}
