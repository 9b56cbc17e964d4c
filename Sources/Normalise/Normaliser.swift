import TongjiCore

/// The normalise stage: attaches a meaning (category, subject, period, place, organisation,
/// part-of) to each figure the extract stage found.
public struct Normaliser: Sendable {
    public let categories: [CategoryDefinition]
    public let gazetteer: Gazetteer
    let classifier: CategoryClassifier
    private let periods = PeriodFinder()
    private let subjects = SubjectFinder()
    private let parts = PartMarker()
    let regions: RegionFinder
    private let organisations: OrganisationFinder

    public init(categories: [CategoryDefinition], gazetteer: Gazetteer = .builtIn) {
        self.categories = categories
        self.gazetteer = gazetteer
        self.classifier = CategoryClassifier(categories: categories)
        self.regions = RegionFinder(gazetteer: gazetteer)
        self.organisations = OrganisationFinder(gazetteer: gazetteer)
    }

    /// The meaning of one figure of `context.sentence`.
    public func meaning(of figure: Figure, in context: FigureContext) -> Meaning {
        var figures = context.sentenceFigures
        if !figures.contains(figure) { figures.append(figure) }
        return meanings(of: figures, in: context)[figures.firstIndex(of: figure)!]
    }

    /// The meanings of `figures`, all standing in `context.sentence`, in the same order.
    public func meanings(of figures: [Figure], in context: FigureContext) -> [Meaning] {
        let article = ArticleFacts(
            region: context.articleRegion ?? gazetteer.firstRegion(in: context.articleTitle), date: context.articleDate,
            organisation: context.articleOrganisation, titleKeywords: classifier.titleKeywords(ScalarText(context.articleTitle)))
        var meanings: [Meaning] = []
        var sentence = SentenceWork()
        sentence.figures = figures
        _ = self.meanings(of: &sentence, in: ScalarText(context.sentence), article: article, into: &meanings)
        for index in sentence.unplaced {
            meanings[index].region = article.region
        }
        return meanings
    }

    /// The arrays one sentence's meanings are worked out in, emptied for the next sentence and
    /// kept at their size: new ones for each sentence cost an allocation each.
    struct SentenceWork {
        /// The sentence's figures, which the caller puts here.
        var figures: [Figure] = []
        /// The clause around each figure.
        var clauses: [Range<Int>] = []
        /// The positions in `figures` of those the sentence places nowhere.
        var unplaced: [Int] = []
    }

    /// Appends to `meanings` the meanings of `sentence.figures`, all standing in `text`, in the
    /// same order. Every finder scans the sentence once and shares what it found among the
    /// figures. Puts in `sentence.unplaced` the positions of the figures the sentence places
    /// nowhere, as it names no place: their region is left nil for the caller to give (the place
    /// of the paragraph, else the article's); a closure to ask for it copied the finders it
    /// captured for every sentence. Returns the place the sentence leaves its paragraph with
    /// (`RegionFinder.lastPlace`), for the sentences after it, which would otherwise scan it again.
    func meanings(of sentence: inout SentenceWork, in text: ScalarText, article: ArticleFacts,
                  into meanings: inout [Meaning]) -> Region?? {
        let figures = sentence.figures
        let region = article.region
        // Without categories (tongji extract without a pipeline) every figure goes with the rest:
        // no array of the same decision for each sentence.
        let decisions = classifier.categories.isEmpty ? nil : classifier.decisions(for: figures, in: text, title: article.titleKeywords)
        // Found once for the finders of subjects, periods and places, which all read it.
        sentence.clauses.removeAll(keepingCapacity: true)
        for figure in figures { sentence.clauses.append(text.clause(around: figure.range)) }
        let clauses = sentence.clauses
        let subjects = self.subjects.subjects(of: figures, in: text, clauses: clauses)
        let mentions = periods.mentions(in: text, date: article.date)
        let places = regions.mentions(in: text, articleRegion: region)
        let names = organisations.organisations(in: text, articleRegion: region)
        let opensWithPart = parts.opensWithMarker(text, at: 0)
        sentence.unplaced.removeAll(keepingCapacity: true)
        for index in figures.indices {
            // Its range, not a copy of the figure: a Figure holds Strings, retained on a copy.
            let range = figures[index].range
            let place = regions.region(of: range, in: text, clause: clauses[index], mentions: places)
            if place == nil { sentence.unplaced.append(index) }
            let decision = decisions?[index] ?? classifier.rest
            meanings.append(Meaning(
                category: decision.category,
                categoryReason: decision.reason,
                subject: subjects[index],
                period: periods.period(of: range, in: text, clause: clauses[index], mentions: mentions, date: article.date),
                region: place ?? nil,
                organisation: organisations.organisation(of: range, among: names, in: text)
                    ?? article.organisation,
                isPart: opensWithPart || parts.opensPhrase(around: range, in: text)))
        }
        return regions.lastPlace(among: places)
    }

    /// The first organisation named in `text`, for an article's opening sentence.
    public func firstOrganisation(in text: String, articleRegion: Region?) -> String {
        firstOrganisation(in: ScalarText(text), articleRegion: articleRegion)
    }

    func firstOrganisation(in scalars: ScalarText, articleRegion: Region?) -> String {
        organisations.organisations(in: scalars, articleRegion: articleRegion).first
            .map { organisations.text(of: $0, in: scalars) } ?? ""
    }
}
