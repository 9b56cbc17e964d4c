import Normalise
import TongjiCore

/// A pipeline file, read and checked: what to read, how to sort figures into categories, and
/// where to write the reports. Relative paths are already resolved against the file's folder.
public struct PipelineDefinition: Sendable, Hashable {
    /// The report files a run writes.
    public struct Outputs: Sendable, Hashable {
        /// Where reports go; nil means `Reports/<name>` under the working directory.
        public var directory: String?
        /// Writer identifiers: `csv`, `html`.
        public var formats: [String]
        /// Start CSV files with a UTF-8 byte order mark (for Excel).
        public var byteOrderMark: Bool

        public init(directory: String? = nil, formats: [String] = ["csv", "html"], byteOrderMark: Bool = true) {
            self.directory = directory
            self.formats = formats
            self.byteOrderMark = byteOrderMark
        }
    }

    /// The only format version this tongji reads.
    public static let supportedVersion = 1

    /// The file the definition was read from.
    public var file: String
    public var version: Int
    /// Short identifier, used for the report folder: `union-news`.
    public var name: String
    /// The report's heading.
    public var title: String
    /// Files, directories and glob patterns.
    public var inputs: [String]
    /// Publication date of articles whose input gives none.
    public var defaultDate: CalendarDate?
    /// In order of precedence; the last one without keywords catches the rest.
    public var categories: [CategoryDefinition]
    public var outputs: Outputs

    public init(file: String, version: Int = supportedVersion, name: String, title: String, inputs: [String],
                defaultDate: CalendarDate? = nil, categories: [CategoryDefinition], outputs: Outputs = Outputs()) {
        self.file = file
        self.version = version
        self.name = name
        self.title = title
        self.inputs = inputs
        self.defaultDate = defaultDate
        self.categories = categories
        self.outputs = outputs
    }

    /// Where reports are written: `outputs.directory` or `Reports/<name>`.
    public var reportDirectory: String { outputs.directory ?? "Reports/\(name)" }
}
