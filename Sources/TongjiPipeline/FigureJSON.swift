import TongjiCore

/// Writes figures as JSON Lines, the output of `tongji extract`; fields named and ordered like
/// the columns of figures.csv.
///
/// Written by hand rather than with `JSONEncoder`: the fields are few and fixed, the values are
/// already exact decimal text, and the encoder would cost more than the extraction itself.
enum FigureJSON {
    /// One JSON object, without the line break. `upper` is present only for ranges.
    static func line(for record: FigureRecord) -> String {
        let f = record.figure
        var out = "{\"file\":"
        JSONText.append(record.location.file, to: &out)
        out += ",\"line\":\(record.location.line),\"column\":\(record.location.column),\"article\":\(record.article),\"title\":"
        JSONText.append(record.title, to: &out)
        out += ",\"span\":"
        JSONText.append(f.span, to: &out)
        out += ",\"value\":\(f.value)"
        if let upper = f.upper { out += ",\"upper\":\(upper)" }
        out += ",\"unit\":"
        JSONText.append(f.unit, to: &out)
        out += ",\"kind\":\"\(f.kind.rawValue)\",\"qualifier\":\"\(f.qualifier.rawValue)\""
        out += ",\"duplicate\":\(record.duplicate),\"sentence\":"
        JSONText.append(record.sentence, to: &out)
        out += "}"
        return out
    }
}
