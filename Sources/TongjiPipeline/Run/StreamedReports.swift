import Aggregate
import Dispatch
import Foundation
import Normalise
import Report
import Synchronization
import TongjiCore

/// What a pipeline's reports are built from, streamed: the figures in report order (by file,
/// then place in it), the articles they name, and the text of the articles the page shows.
protocol ReportSource {
    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws
    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws
    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary]
    /// Looks up the articles of some keys, with their text, in the order of `forEachArticle`,
    /// and may run on another thread while `forEachFigure` reads; nil when the source cannot.
    var articleLookup: (@Sendable ([ArticleKey]) throws -> [ArticleSummary])? { get }
}

/// The reports of `tongji run` and `tongji aggregate`, built from a `ReportSource` in one pass
/// over its figures and one over its articles: figures.csv and articles.csv are written and the
/// totals summed as they stream past, so memory does not grow with the archive. The HTML page
/// lists at most `options.htmlFigureLimit` figures, and keeps only the articles it shows.
struct StreamedReports {
    enum Failure: Error {
        /// The source could not be read.
        case source(any Error)
        case report(ReportError)
    }

    /// Figures and articles in the reports.
    struct Counts {
        var figures = 0
        var articles = 0
    }

    var definition: PipelineDefinition
    /// The inputs the page names.
    var inputs: [String]
    var directory: String
    /// The run time, dates covered and page size.
    var options: RunOptions

    func write(from source: some ReportSource, diagnostics: DiagnosticLog) throws(Failure) -> Counts {
        let directory = URL(fileURLWithPath: directory)
        let csvOptions = CSVWriter.Options(includesByteOrderMark: definition.outputs.byteOrderMark)
        let writesCSV = definition.outputs.formats.contains(CSVReportWriter.identifier)
        let writesHTML = definition.outputs.formats.contains(HTMLReportWriter.identifier)
        let filtering = options.since != nil || options.until != nil
        let html = HTMLReportWriter()
        var figures = FigurePass(aggregator: Aggregator(categories: definition.categories),
                                 pageLimit: writesHTML ? options.htmlFigureLimit : 0)
        var newIndex: [Int32] = []
        var counts = Counts()
        var pageArticles: [ArticleSummary] = []
        // The page's sections, made while the rest of the figures are read once the page is full.
        var sectionsAhead: SectionsAhead?
        defer { _ = sectionsAhead?.wait() }
        do {
            figures.file = writesCSV ? try StreamedCSVFile.figures(in: directory, options: csvOptions) : nil
            try source.forEachFigure { stored in
                guard options.covers(stored.record.date) else {
                    if filtering { newIndex.append(-1) }
                    return
                }
                // Copied only to renumber its total: a copy retains and releases a dozen strings.
                if filtering {
                    var figure = stored
                    newIndex.append(Int32(figures.count))
                    figure.partOf = figure.partOf.flatMap { newIndex[$0] >= 0 ? Int(newIndex[$0]) : nil }
                    try figures.add(figure)
                } else {
                    try figures.add(stored)
                }
                // A figure past the page's last: the page lists those before it, and their articles.
                if figures.count == figures.pageLimit + 1, let lookup = source.articleLookup, let totals = figures.pageTotals {
                    sectionsAhead = SectionsAhead(report: html.report, figures: figures.page, totals: totals,
                                                  categories: definition.categories, lookup: lookup)
                }
            }
            try figures.file?.commit()
            counts.figures = figures.count
            // A page of all figures lists every article; a page of the first figures, theirs.
            let pageIsFull = counts.figures > figures.page.count
            let listed = Set(figures.page.map { ArticleKey(file: $0.record.location.file, number: $0.record.article) })
            let articlesFile = writesCSV ? try StreamedCSVFile.articles(in: directory, options: csvOptions) : nil
            try source.forEachArticle { article in
                guard options.covers(article.date) else { return }
                counts.articles += 1
                try articlesFile?.append(article)
                if writesHTML && (!pageIsFull || listed.contains(ArticleKey(file: article.file, number: article.number))) {
                    pageArticles.append(article)
                }
            }
            try articlesFile?.commit()
        } catch let error as ReportError {
            throw .report(error)
        } catch {
            throw .source(error)
        }
        var input = ReportInput(
            title: definition.title, inputs: inputs, runTime: options.runTime, figures: figures.page,
            categories: definition.categories, groups: figures.accumulator.groups, articles: pageArticles,
            diagnostics: diagnostics.all)
        do {
            if writesCSV { try CSVReportWriter(options: csvOptions).writeTotals(input, to: directory) }
        } catch {
            throw .report(error)
        }
        guard writesHTML else { return counts }
        if counts.figures > figures.page.count {
            // A page of millions of rows helps nobody: show the first figures, totalled on their
            // own, and say where the rest are.
            input.groups = figures.pageTotals?.groups ?? []
            input.diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: CSVReportWriter.fileNames.figures, line: 0),
                "this page shows the first \(figures.page.count) of \(counts.figures) figures and their totals; figures.csv and summary.csv hold them all"))
        }
        // Made ahead, or made here when they could not be: a second connection to the store
        // that failed to open costs the time it would have saved, not the page.
        let sections = try? sectionsAhead?.wait().get()
        if sections == nil {
            do {
                input.articles = try source.withText(input.articles)
            } catch {
                throw .source(error)
            }
        }
        do {
            try html.write(input, main: sections, to: directory)
        } catch {
            throw .report(error)
        }
        return counts
    }
}

/// An article as the page names it: a file and a number there. Hashed as they are, where a
/// string made of the two cost an interpolation for every article of the archive; the path by
/// its bytes, as the store tells files apart (Swift's `==` takes é and e + ◌́ for one path).
struct ArticleKey: Hashable, Sendable {
    let file: String
    let number: Int

    static func == (left: ArticleKey, right: ArticleKey) -> Bool {
        left.number == right.number && left.file.utf8.elementsEqual(right.file.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        file.withBorrowedUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// The sections of a page that lists the first figures of a run, made on a thread of their own
/// as soon as the figures after them start: they need only those figures, their totals and
/// their articles, looked up by key. Made after all the figures and articles are read, the
/// page was a second of one core at the end of every run of a large archive, while the figures'
/// reading kept one core busy and the other half idle.
private final class SectionsAhead: Sendable {
    private let made = DispatchGroup()
    private let result = Mutex<Result<HTMLReport.MainSections, any Error>?>(nil)

    /// Starts making the sections `report` writes (the same `report` as the page's header, with
    /// its formatter) of `figures`, totalled as `totals`.
    init(report: HTMLReport, figures: [NormalisedRecord], totals: Aggregator.Accumulator,
         categories: [CategoryDefinition], lookup: @escaping @Sendable ([ArticleKey]) throws -> [ArticleSummary]) {
        DispatchQueue.global().async(group: made) { [self] in
            let sections = Result { () throws -> HTMLReport.MainSections in
                var keys: [ArticleKey] = []
                var seen: Set<ArticleKey> = []
                for figure in figures {
                    let key = ArticleKey(file: figure.record.location.file, number: figure.record.article)
                    if seen.insert(key).inserted { keys.append(key) }
                }
                // The articles the pass over all of them keeps for the page (see `write`): a
                // figure's date is its article's, so those of figures the dates kept are kept too.
                let page = ReportInput(title: "", inputs: [], runTime: Date(timeIntervalSince1970: 0), figures: figures,
                                       categories: categories, groups: totals.groups, articles: try lookup(keys))
                return report.mainSections(of: page)
            }
            result.withLock { $0 = sections }
        }
    }

    /// The sections, once made.
    func wait() -> Result<HTMLReport.MainSections, any Error> {
        made.wait()
        guard let sections = result.withLock({ $0 }) else { preconditionFailure("the sections are set before the group is left") }
        return sections
    }
}

/// What the pass over the figures makes of them: their totals, figures.csv and the page's first
/// figures. One value, changed through one access a figure: as variables the pass's closure
/// captured, they were checked for exclusive access three times a figure.
private struct FigurePass {
    var accumulator: Aggregator.Accumulator
    var file: StreamedCSVFile<NormalisedRecord>?
    /// The most figures the page lists; 0 when there is no page.
    let pageLimit: Int
    var page: [NormalisedRecord] = []
    /// The totals of the page's figures alone, as they stood when the page filled: summing
    /// those figures again took 95 M instructions for a page of 10 000.
    var pageTotals: Aggregator.Accumulator?
    /// Figures added so far.
    var count = 0

    init(aggregator: Aggregator, pageLimit: Int) {
        accumulator = aggregator.accumulator()
        self.pageLimit = pageLimit
    }

    mutating func add(_ figure: NormalisedRecord) throws {
        accumulator.add(id: count, figure: figure.record.figure, meaning: figure.meaning, duplicate: figure.record.duplicate)
        try file?.append(figure)
        if page.count < pageLimit {
            page.append(figure)
            if page.count == pageLimit { pageTotals = accumulator }
        }
        count += 1
    }
}
