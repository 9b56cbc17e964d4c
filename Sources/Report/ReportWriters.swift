import Foundation

/// The report formats a pipeline file may list under `outputs.formats`.
public enum ReportWriters {
    /// `csv` (`CSVReportWriter`, `StreamedCSVFile`) and `html` (`HTMLReportWriter`).
    public static let identifiers = [CSVReportWriter.identifier, HTMLReportWriter.identifier]

    /// Removes what killed runs left half-written in a report directory (each report is written
    /// beside its old version and renamed over it). Call it holding the directory's lock.
    public static func removeLeftovers(in directory: String) {
        let names = [CSVReportWriter.fileNames.figures, CSVReportWriter.fileNames.summary, CSVReportWriter.fileNames.articles,
                     CSVReportWriter.fileNames.errors, HTMLReportWriter.fileName]
        AtomicFile.removeLeftovers(of: names, in: URL(fileURLWithPath: directory))
    }
}
