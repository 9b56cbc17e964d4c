/// The report formats a pipeline file may list under `outputs.formats`.
public enum ReportWriters {
    /// `csv` (`CSVReportWriter`, `StreamedCSVFile`) and `html` (`HTMLReportWriter`).
    public static let identifiers = [CSVReportWriter.identifier, HTMLReportWriter.identifier]
}
