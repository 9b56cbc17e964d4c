import TongjiCore

/// Temporary CSV rows for `tongji extract --format csv` until the report stage's writer lands.
enum FigureCSV {
    static let header = "file,line,column,span,value,unit,kind,qualifier,upper"
    static func row(for record: FigureRecord) -> String {
        let f = record.figure
        return [record.location.file, "\(record.location.line)", "\(record.location.column)", f.span,
                "\(f.value)", f.unit, f.kind.rawValue, f.qualifier.rawValue, f.upper.map { "\($0)" } ?? ""]
            .joined(separator: ",")
    }
}
