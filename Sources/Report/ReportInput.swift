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

    /// The error diagnostics: inputs that could not be read or parsed.
    public var failures: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warning diagnostics.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
