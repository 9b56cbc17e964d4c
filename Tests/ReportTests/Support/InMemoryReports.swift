import Normalise
@testable import Report

/// Whole reports in memory, for tests that compare them: the tool itself only streams them.
extension HTMLReport {
    func bytes(for run: ReportInput) -> [UInt8] {
        var bytes: [UInt8] = []
        write(run) { bytes += $0 }
        return bytes
    }
}

extension FigureTable {
    static func table(for figures: [NormalisedRecord]) -> CSVTable {
        CSVTable(columns: columns, rows: figures.map(row))
    }
}
