/// One input file (or standard input) read into articles.
public struct Document: Sendable, Hashable {
    /// The input form the file was read as.
    public enum Form: String, Sendable, Hashable {
        case text, html, jsonLines
    }

    /// The path as given (or as found in a directory), `-` for standard input.
    public let file: String
    /// How the file was parsed.
    public let form: Form
    /// The character encoding the bytes were decoded from, e.g. `UTF-8`, `GB18030`, `UTF-16LE`.
    public let encoding: String
    /// FNV-1a 64 of the file's bytes: the same file under two names has the same hash. 0 when
    /// `IngestOptions.hashesContent` is off.
    public internal(set) var contentHash: UInt64 = 0
    /// Size of the file in bytes.
    public internal(set) var byteCount = 0
    /// Which part of its file this is: a text or JSON Lines file larger than
    /// `IngestOptions.partBytes` is read as several documents of whole articles, in order.
    public internal(set) var part = Part()
    /// The articles, in input order.
    public internal(set) var articles: [Article]
    /// The fingerprints its text gave the reprint index, when the index records them.
    public internal(set) var reprintKeys = ReprintKeys()

    /// Where a document stands in its file.
    public struct Part: Sendable, Hashable {
        /// 0 for the first part, and for a file read whole.
        public internal(set) var index = 0
        /// False while more parts of the file follow.
        public internal(set) var isLast = true
        /// The bytes of the file this part was read from; all of them for a file read whole.
        public internal(set) var byteCount = 0
    }

    init(file: String, form: Form, encoding: String, articles: [Article]) {
        self.file = file
        self.form = form
        self.encoding = encoding
        self.articles = articles
    }

    /// Every sentence of every article, in order.
    public var sentences: [Sentence] { articles.flatMap(\.sentences) }

    /// The other files whose text this one's sentences repeat; read in place, as building
    /// `sentences` copies every sentence.
    public var reprintedFiles: Set<String> {
        var files: Set<String> = []
        for article in articles {
            for paragraph in article.paragraphs {
                for sentence in paragraph.sentences {
                    if let original = sentence.duplicateOf?.file, original != file { files.insert(original) }
                }
            }
        }
        return files
    }
}
