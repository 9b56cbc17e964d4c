import Foundation

/// Writes `report.html`, the self-contained page of `HTMLReport`.
public struct HTMLReportWriter: Sendable {
    public static let identifier = "html"
    /// The file this writer creates in the report directory.
    public static let fileName = "report.html"

    /// The page builder.
    public var report: HTMLReport

    /// A writer for `report` (the default page when omitted).
    public init(report: HTMLReport = HTMLReport()) {
        self.report = report
    }

    /// Writes `directory/report.html` atomically; its sections are `main` when they were made
    /// ahead (by this writer's `report.mainSections(of:)`, of the same figures, totals and articles).
    public func write(_ run: ReportInput, main: HTMLReport.MainSections? = nil, to directory: URL) throws(ReportError) {
        try AtomicFile.makeDirectory(directory)
        let file = try AtomicFile(directory.appendingPathComponent(Self.fileName))
        try report.write(run, main: main) { (bytes: [UInt8]) throws(ReportError) in try file.append(bytes) }
        try file.commit()
    }
}
