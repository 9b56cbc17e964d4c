import TongjiCore

/// Settings of the ingest stage; the defaults suit Chinese newspaper text.
public struct IngestOptions: Sendable, Hashable {
    /// The publication date of articles whose input gives none.
    public var defaultDate: CalendarDate?
    /// Split sentences at `；` and `;` too, not only at `。！？`.
    public var splitsAtSemicolons = true
    /// Headings longer than this many code points are read as running text.
    public var maximumHeadingLength = 40
    /// Lines that label a column or a reading guide; they never start an article on their own.
    public var columnLabels: Set<String> = ["工会工作巡礼", "阅读提示", "编者按", "核心提示", "导读", "相关链接", "记者手记", "短评"]
    /// File name endings read when walking a directory (other files in it are skipped).
    public var directoryExtensions: Set<String> = ["txt", "text", "md", "html", "htm", "xhtml", "jsonl", "ndjson"]
    /// Longest line of a text or JSON Lines file, in bytes; a longer one means the file is no
    /// running text (a dump without line breaks) and would make every later stage crawl.
    public var maximumLineBytes = 1 << 20
    /// Text and JSON Lines files larger than this many bytes are read in parts of about this
    /// size, each a document of whole articles: memory stays the same however large one file
    /// is. A document takes about 4.4 bytes of memory a byte of text.
    public var partBytes = 8 << 20
    /// Mark sentences that repeat earlier text (in this document or an earlier one) as duplicates.
    public var marksDuplicates = true
    /// Hash each file's bytes (`Document.contentHash`), by which the store knows a file it has
    /// seen under another name. Off where nothing reads it: 3 instructions a byte.
    public var hashesContent = true

    /// The default settings.
    public init(defaultDate: CalendarDate? = nil) {
        self.defaultDate = defaultDate
    }
}
