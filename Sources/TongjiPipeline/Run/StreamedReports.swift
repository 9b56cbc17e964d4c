import Aggregate
import Foundation
import Normalise
import Report
import TongjiCore

/// What a pipeline's reports are built from, streamed: the figures in report order (by file,
/// then place in it), the articles they name, and the text of the articles the page shows.
protocol ReportSource {
    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws
    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws
    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary]
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
        var accumulator = Aggregator(categories: definition.categories).accumulator()
        var pageFigures: [NormalisedRecord] = []
        // The totals of the page's figures alone, as they stood when the page filled: summing
        // those figures again took 95 M instructions for a page of 10 000.
        var pageTotals: Aggregator.Accumulator?
        var newIndex: [Int32] = []
        var counts = Counts()
        var pageArticles: [ArticleSummary] = []
        do {
            let figuresFile = writesCSV ? try StreamedCSVFile.figures(in: directory, options: csvOptions) : nil
            func report(_ figure: NormalisedRecord) throws {
                accumulator.add(id: counts.figures, figure: figure.record.figure, meaning: figure.meaning,
                                duplicate: figure.record.duplicate)
                try figuresFile?.append(figure)
                if writesHTML && pageFigures.count < options.htmlFigureLimit {
                    pageFigures.append(figure)
                    if pageFigures.count == options.htmlFigureLimit { pageTotals = accumulator }
                }
                counts.figures += 1
            }
            try source.forEachFigure { stored in
                guard options.covers(stored.record.date) else {
                    if filtering { newIndex.append(-1) }
                    return
                }
                // Copied only to renumber its total: a copy retains and releases a dozen strings.
                guard filtering else { return try report(stored) }
                var figure = stored
                newIndex.append(Int32(counts.figures))
                figure.partOf = figure.partOf.flatMap { newIndex[$0] >= 0 ? Int(newIndex[$0]) : nil }
                try report(figure)
            }
            try figuresFile?.commit()
            // A page of all figures lists every article; a page of the first figures, theirs.
            let pageIsFull = counts.figures > pageFigures.count
            let listed = Set(pageFigures.map { ArticleKey(file: $0.record.location.file, number: $0.record.article) })
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
            title: definition.title, inputs: inputs, runTime: options.runTime, figures: pageFigures,
            categories: definition.categories, groups: accumulator.groups, articles: pageArticles,
            diagnostics: diagnostics.all)
        do {
            if writesCSV { try CSVReportWriter(options: csvOptions).writeTotals(input, to: directory) }
        } catch {
            throw .report(error)
        }
        guard writesHTML else { return counts }
        if counts.figures > pageFigures.count {
            // A page of millions of rows helps nobody: show the first figures, totalled on their
            // own, and say where the rest are.
            input.groups = pageTotals?.groups ?? []
            input.diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: CSVReportWriter.fileNames.figures, line: 0),
                "this page shows the first \(pageFigures.count) of \(counts.figures) figures and their totals; figures.csv and summary.csv hold them all"))
        }
        do {
            input.articles = try source.withText(input.articles)
        } catch {
            throw .source(error)
        }
        do {
            try HTMLReportWriter().write(input, to: directory)
        } catch {
            throw .report(error)
        }
        return counts
    }
}

/// An article as the page names it: a file and a number there. Hashed as they are, where a
/// string made of the two cost an interpolation for every article of the archive.
private struct ArticleKey: Hashable {
    let file: String
    let number: Int
}
