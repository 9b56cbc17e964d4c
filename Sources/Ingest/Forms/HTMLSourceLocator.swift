/// Finds where text that libxml2 extracted from an HTML page stands in the page's source.
///
/// libxml2 gives line numbers of elements but not columns, and its text has entities decoded.
/// The locator walks the decoded source forward from the element's line, skipping markup and
/// counting an entity (`&amp;`) as the one character it stands for.
struct HTMLSourceLocator {
    private var scalars: [Unicode.Scalar] = []
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    private var lineStarts: [Int] = [0]
    private var position = 0

    init(source: String) {
        var line: Int32 = 1, column: Int32 = 1
        for scalar in source.unicodeScalars {
            scalars.append(scalar)
            lines.append(line)
            columns.append(column)
            if scalar == "\n" {
                line += 1
                column = 1
                lineStarts.append(scalars.count)
            } else {
                column += 1
            }
        }
    }

    /// Moves the search start to the start of `line` unless the search is already past it.
    mutating func seek(toLine line: Int) {
        guard line >= 1, line <= lineStarts.count else { return }
        position = max(position, lineStarts[line - 1])
    }

    /// The original line and column of the next occurrence of `scalar` in the page's text.
    mutating func locate(_ scalar: Unicode.Scalar) -> (line: Int, column: Int) {
        skipMarkup()
        guard position < scalars.count else { return lastPlace() }
        if scalars[position] == scalar || (scalar == " " && scalars[position].properties.isWhitespace) {
            return take(upTo: position + 1)
        }
        if scalars[position] == "&", let end = scalars[position...].prefix(12).firstIndex(of: ";") {
            return take(upTo: end + 1)
        }
        if let found = scalars[position...].prefix(200).firstIndex(of: scalar) { position = found }
        return take(upTo: position + 1)
    }

    private mutating func take(upTo end: Int) -> (line: Int, column: Int) {
        let place = (Int(lines[position]), Int(columns[position]))
        position = min(end, scalars.count)
        return place
    }

    private mutating func skipMarkup() {
        while position < scalars.count, scalars[position] == "<",
              let close = scalars[position...].firstIndex(of: ">") {
            position = close + 1
        }
    }

    private func lastPlace() -> (line: Int, column: Int) {
        scalars.isEmpty ? (1, 1) : (Int(lines[scalars.count - 1]), Int(columns[scalars.count - 1]))
    }
}
