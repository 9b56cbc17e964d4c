import Aggregate
import Foundation
import Normalise
import TongjiCore

/// Everything a report shows about one pipeline run. Writers read only this, never the clock.
public struct ReportInput: Sendable {
    /// The pipeline's title, the page's heading.
    public var title: String
    /// The input files, as the user named them.
    public var inputs: [String]
    /// When the run happened; passed in so that reports are reproducible.
    public var runTime: Date
    /// The zone the run time is shown in (China Standard Time by default).
    public var timeZone: TimeZone
    /// Every figure found, in input order, duplicates included; a figure's id is its index.
    public var figures: [NormalisedRecord]
    /// The pipeline's categories, in its order (labels for headings).
    public var categories: [CategoryDefinition]
    /// Totals by category, region, period and unit.
    public var groups: [FigureGroup]
    /// Every article read, figures or not.
    public var articles: [ArticleSummary]
    /// What went wrong; errors are the inputs that failed.
    public var diagnostics: [Diagnostic]

    /// A run titled `title` over `inputs`.
    public init(title: String, inputs: [String], runTime: Date,
                timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt,
                figures: [NormalisedRecord], categories: [CategoryDefinition] = [], groups: [FigureGroup] = [],
                articles: [ArticleSummary] = [], diagnostics: [Diagnostic] = []) {
        self.title = title
        self.inputs = inputs
        self.runTime = runTime
        self.timeZone = timeZone
        self.figures = figures
        self.categories = categories
        self.groups = groups
        self.articles = articles
        self.diagnostics = diagnostics
    }

    /// The figures without their meaning.
    public var records: [FigureRecord] { figures.map(\.record) }

    /// The error diagnostics: inputs that could not be read or parsed.
    public var failures: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warning diagnostics.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// One article of the run, for `articles.csv` and the report's sources.
public struct ArticleSummary: Sendable, Hashable {
    public var file: String
    /// 1-based number within its file.
    public var number: Int
    public var title: String
    public var byline: String
    public var date: CalendarDate?
    public var startLine: Int
    public var endLine: Int
    /// The article's paragraphs, cleaned up, in order.
    public var paragraphs: [String]
    public var sentenceCount: Int
    /// Runs of lines that repeat earlier text.
    public var duplicateLines: [ClosedRange<Int>]

    public init(file: String, number: Int, title: String, byline: String = "", date: CalendarDate? = nil,
                startLine: Int, endLine: Int, paragraphs: [String] = [], sentenceCount: Int = 0,
                duplicateLines: [ClosedRange<Int>] = []) {
        self.file = file
        self.number = number
        self.title = title
        self.byline = byline
        self.date = date
        self.startLine = startLine
        self.endLine = endLine
        self.paragraphs = paragraphs
        self.sentenceCount = sentenceCount
        self.duplicateLines = duplicateLines
    }
}
