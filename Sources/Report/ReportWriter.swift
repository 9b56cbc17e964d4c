import Foundation

/// Turns one pipeline run into report files in a directory.
public protocol ReportWriter: Sendable {
    /// The name pipeline files use for this writer: `csv`, `html`.
    var identifier: String { get }
    /// Writes this writer's files into `directory` (created if missing), each one atomically.
    func write(_ run: ReportInput, to directory: URL) throws(ReportError)
}

/// The built-in report writers.
public enum ReportWriters {
    /// The names pipeline files may list under `outputs.formats`.
    public static let identifiers = [CSVReportWriter.identifier, HTMLReportWriter.identifier]

    /// The writer named `identifier`, or nil when there is none; `csv` uses `csvOptions`.
    public static func named(_ identifier: String, csvOptions: CSVWriter.Options = .init()) -> (any ReportWriter)? {
        switch identifier {
        case CSVReportWriter.identifier: CSVReportWriter(options: csvOptions)
        case HTMLReportWriter.identifier: HTMLReportWriter()
        default: nil
        }
    }
}
