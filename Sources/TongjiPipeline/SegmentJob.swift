import Ingest
import TongjiCore

/// `tongji segment`: the articles the ingest stage finds, one JSON object each, so that
/// segmentation can be checked without the later stages.
public struct SegmentJob {
    public var paths: [String]
    public var ingestOptions: IngestOptions

    public init(paths: [String], ingestOptions: IngestOptions = .init()) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.ingestOptions = ingestOptions
    }

    public func run(to sink: OutputSink, diagnostics: DiagnosticLog) {
        for document in Ingester(options: ingestOptions).documents(paths: paths, diagnostics: diagnostics) {
            for article in document.articles {
                sink.writeLine(Self.line(for: article, in: document))
            }
        }
        sink.flush()
        sink.reportFailure(to: diagnostics)
    }

    /// `file, article, title, title_lines, byline, date, start_line, end_line, paragraphs,
    /// sentences, duplicates` (each repeat: `lines` [first, last] and the `original` place).
    static func line(for article: Article, in document: Document) -> String {
        var out = "{\"file\":"
        JSONText.append(document.file, to: &out)
        out += ",\"article\":\(article.number),\"title\":"
        JSONText.append(article.title, to: &out)
        out += ",\"title_lines\":"
        JSONText.append(article.titleLines, to: &out)
        out += ",\"byline\":"
        JSONText.append(article.byline, to: &out)
        out += ",\"date\":"
        if let date = article.date { JSONText.append(date.description, to: &out) } else { out += "null" }
        out += ",\"start_line\":\(article.startLine),\"end_line\":\(article.endLine),\"paragraphs\":"
        JSONText.append(article.paragraphs.map(\.text), to: &out)
        out += ",\"sentences\":"
        JSONText.append(article.sentences.map(\.text), to: &out)
        out += ",\"duplicates\":["
        for (index, duplicate) in article.duplicates.enumerated() {
            if index > 0 { out += "," }
            out += "{\"lines\":[\(duplicate.lines.lowerBound),\(duplicate.lines.upperBound)],\"original\":"
            JSONText.append(duplicate.original.description, to: &out)
            out += "}"
        }
        out += "]}"
        return out
    }
}
