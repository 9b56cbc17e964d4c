import Foundation
import Normalise
import Store
import Synchronization
import TestSupport
import Testing
import TongjiCore
@testable import TongjiPipeline

/// A page that lists the first figures of a run is made while the rest are read, its articles
/// looked up by key: it must be the page made after reading everything, byte for byte.
@Suite struct PageAheadTests {
    /// The store of the default pipeline over the sample page (76 figures, 10 articles) and one
    /// more dated file, and a folder of its own for each way of writing the reports.
    let folder: URL
    let definition: PipelineDefinition

    init() throws {
        folder = try Scratch.directory()
        var (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        let dated = folder.appendingPathComponent("2021-06-20 工会简讯.txt")
        try "工会简讯\n据统计，今年全省各级工会投入帮扶资金500万元，走访慰问困难职工3000名。\n".write(to: dated, atomically: true, encoding: .utf8)
        definition.inputs.append(dated.path)
        definition.outputs.directory = folder.appendingPathComponent("run").path
        self.definition = definition
        _ = try RunJob(definition: definition, options: options()).run(diagnostics: DiagnosticLog())
    }

    private func options(pageLimit: Int = 10_000, since: CalendarDate? = nil) -> RunOptions {
        var options = RunOptions(runTime: Date(timeIntervalSince1970: 1_623_715_200), since: since)
        options.htmlFigureLimit = pageLimit
        return options
    }

    /// The reports of the store, written into `name` from `source`.
    private func page(_ name: String, from source: some ReportSource, options: RunOptions) throws -> String {
        let directory = folder.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let reports = StreamedReports(definition: definition, inputs: definition.inputs, directory: directory, options: options)
        _ = try reports.write(from: source, diagnostics: DiagnosticLog())
        return try String(contentsOfFile: directory + "/report.html", encoding: .utf8)
    }

    @Test(arguments: [1, 20, 75])
    func aPageOfTheFirstFiguresIsTheSameMadeAheadOrAfter(pageLimit: Int) throws {
        let store = try FigureStore(path: definition.reportDirectory + "/" + RunJob.storeName)
        defer { try? store.close() }
        let lookups = CountingLookup(store: store)
        let ahead = try page("ahead", from: lookups, options: options(pageLimit: pageLimit))
        let after = try page("after", from: WithoutLookup(store: store), options: options(pageLimit: pageLimit))
        #expect(lookups.calls.withLock { $0 } == 1)
        #expect(ahead == after)
        #expect(ahead.components(separatedBy: "<tr id=\"row-").count - 1 == pageLimit)
        #expect(ahead.contains("this page shows the first \(pageLimit) of 78 figures"))
    }

    /// Dates filter the figures before the page takes its first: only the dated file's two
    /// figures are left. A page of one is full and made ahead; a page of two is not full, and is
    /// made after, with every article of that day.
    @Test func aPageOfFiguresSinceADateIsTheSameMadeAheadOrAfter() throws {
        let store = try FigureStore(path: definition.reportDirectory + "/" + RunJob.storeName)
        defer { try? store.close() }
        for pageLimit in [1, 2] {
            let since = options(pageLimit: pageLimit, since: CalendarDate(year: 2021, month: 6, day: 20))
            let lookups = CountingLookup(store: store)
            let ahead = try page("ahead", from: lookups, options: since)
            #expect(try ahead == page("after", from: WithoutLookup(store: store), options: since))
            #expect(lookups.calls.withLock { $0 } == (pageLimit == 1 ? 1 : 0))
            #expect(ahead.contains("全省各级工会投入帮扶资金"))
            #expect(!ahead.contains("8998名"))
        }
    }
}

/// The store as the run reads it, counting its lookups of the page's articles.
private final class CountingLookup: ReportSource, Sendable {
    let store: StoreReportSource
    let calls = Mutex(0)

    init(store: FigureStore) {
        self.store = StoreReportSource(store: store)
    }

    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws { try store.forEachFigure(body) }
    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws { try store.forEachArticle(body) }
    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary] { try store.withText(articles) }

    var articleLookup: (@Sendable ([ArticleKey]) throws -> [ArticleSummary])? {
        guard let lookup = store.articleLookup else { return nil }
        return { [self] keys in
            calls.withLock { $0 += 1 }
            return try lookup(keys)
        }
    }
}

/// The store read as before: the page made after all the figures and articles are read.
private struct WithoutLookup: ReportSource {
    let store: StoreReportSource

    init(store: FigureStore) {
        self.store = StoreReportSource(store: store)
    }

    func forEachFigure(_ body: (NormalisedRecord) throws -> Void) throws { try store.forEachFigure(body) }
    func forEachArticle(_ body: (ArticleSummary) throws -> Void) throws { try store.forEachArticle(body) }
    func withText(_ articles: [ArticleSummary]) throws -> [ArticleSummary] { try store.withText(articles) }
    var articleLookup: (@Sendable ([ArticleKey]) throws -> [ArticleSummary])? { nil }
}
