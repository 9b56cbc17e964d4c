import Foundation
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
    /// Every figure found, in input order, duplicates included.
    public var records: [FigureRecord]
    /// What went wrong; errors are the inputs that failed.
    public var diagnostics: [Diagnostic]

    /// A run titled `title` over `inputs`.
    public init(title: String, inputs: [String], runTime: Date,
                timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt,
                records: [FigureRecord], diagnostics: [Diagnostic] = []) {
        self.title = title
        self.inputs = inputs
        self.runTime = runTime
        self.timeZone = timeZone
        self.records = records
        self.diagnostics = diagnostics
    }

    /// The error diagnostics: inputs that could not be read or parsed.
    public var failures: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warning diagnostics.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
