import Foundation
import Normalise
import Report
import TongjiCore
import Yams

/// Reads a pipeline file (YAML) into a `PipelineDefinition`.
///
/// Walks Yams' node tree rather than decoding with `Codable`: nodes keep their line and column,
/// so every error names the file, the line and the key path, and unknown keys can be warned
/// about instead of silently ignored.
public struct PipelineFileReader {
    /// Unknown keys and other problems that do not stop the run.
    public private(set) var warnings: [Diagnostic] = []
    private let file: String

    /// Reads and checks the pipeline file at `path`.
    public static func read(_ path: String) throws(PipelineError) -> (PipelineDefinition, warnings: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError(at: SourceLocation(file: path, line: 0), keyPath: "", "cannot read the pipeline file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(at: SourceLocation(file: path, line: 0), keyPath: "", "the pipeline file is not UTF-8")
        }
        var reader = PipelineFileReader(file: path)
        let definition = try reader.definition(fromYAML: text)
        return (definition, reader.warnings)
    }

    init(file: String) {
        self.file = file
    }

    mutating func definition(fromYAML text: String) throws(PipelineError) -> PipelineDefinition {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw fail(nil, "", "the pipeline file is empty") }
            root = node
        } catch let error as PipelineError {
            throw error
        } catch {
            throw syntaxError(error)
        }
        let top = try mapping(root, "", keys: ["version", "name", "title", "inputs", "default_date", "categories", "outputs"])
        let version = try integer(required(top, "version", in: root, ""), "version")
        guard version == PipelineDefinition.supportedVersion else {
            throw fail(top["version"], "version", "version \(version) is not supported; this tongji reads version \(PipelineDefinition.supportedVersion)")
        }
        let name = try string(required(top, "name", in: root, ""), "name")
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ Self.nameCharacters.contains($0) }) else {
            throw fail(top["name"], "name", "must be letters, digits, '-' or '_' (it names the report folder)")
        }
        let folder = (file as NSString).deletingLastPathComponent
        let inputs = try strings(required(top, "inputs", in: root, ""), "inputs").map { Self.resolve($0, against: folder) }
        guard !inputs.isEmpty else { throw fail(top["inputs"], "inputs", "needs at least one file, folder or pattern") }
        var definition = PipelineDefinition(
            file: file, version: version, name: name, title: name, inputs: inputs, defaultDate: nil,
            categories: try categories(required(top, "categories", in: root, ""), "categories"),
            outputs: .init())
        if let title = top["title"] { definition.title = try string(title, "title") }
        if let date = top["default_date"] { definition.defaultDate = try self.date(date, "default_date") }
        if let outputs = top["outputs"] {
            definition.outputs = try self.outputs(outputs, "outputs", folder: folder)
        }
        return definition
    }

    // MARK: - Sections

    private mutating func categories(_ node: Node, _ path: String) throws(PipelineError) -> [CategoryDefinition] {
        guard let items = node.sequence, !items.isEmpty else { throw fail(node, path, "must be a list of categories") }
        var result: [CategoryDefinition] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            let fields = try mapping(item, itemPath, keys: ["name", "label", "keywords", "kinds", "exceptions", "fallback_kinds"])
            let name = try string(required(fields, "name", in: item, itemPath), itemPath + ".name")
            guard !result.contains(where: { $0.name == name }) else {
                throw fail(fields["name"], itemPath + ".name", "category '\(name)' is defined twice")
            }
            var category = CategoryDefinition(name: name, label: name, keywords: [])
            if let label = fields["label"] { category.label = try string(label, itemPath + ".label") }
            if let keywords = fields["keywords"] { category.keywords = try list(keywords, itemPath + ".keywords") }
            if let kinds = fields["kinds"] { category.kinds = try self.kinds(kinds, itemPath + ".kinds") }
            if let exceptions = fields["exceptions"] { category.exceptions = try list(exceptions, itemPath + ".exceptions") }
            if let kinds = fields["fallback_kinds"] { category.fallbackKinds = try self.kinds(kinds, itemPath + ".fallback_kinds") }
            try check(category, fields, itemPath)
            if category.catchesTheRest, let rest = result.first(where: \.catchesTheRest) {
                throw fail(item, itemPath, "category '\(name)' has no keywords, like '\(rest.name)': only one category can take the figures no keyword claims")
            }
            result.append(category)
        }
        return result
    }

    /// Refuses kinds that contradict each other, and warns of keys that would do nothing.
    private mutating func check(_ category: CategoryDefinition, _ fields: [String: Node], _ path: String) throws(PipelineError) {
        if let node = fields["kinds"], category.kinds.isEmpty { throw fail(node, path + ".kinds", "must name at least one kind") }
        if let node = fields["fallback_kinds"], !category.fallbackKinds.allSatisfy(category.holds) {
            throw fail(node, path + ".fallback_kinds", "must be among the category's kinds")
        }
        if category.keywords.isEmpty {
            for key in ["kinds", "exceptions"] {
                guard let node = fields[key] else { continue }
                warnings.append(Diagnostic(.warning, at: location(node), "\(path).\(key): the category has no keywords for it to act on, ignored"))
            }
            return
        }
        for exception in category.exceptions where !category.keywords.contains(where: { Self.overlaps($0, exception) }) {
            warnings.append(Diagnostic(.warning, at: location(fields["exceptions"]),
                                       "\(path).exceptions: '\(exception)' shares no characters with a keyword of the category, ignored"))
        }
    }

    /// True when `keyword` and `exception` can overlap in a text: one ends with the start of the
    /// other, or holds it (工会会员 and 会员服务, 资金 and 涉案资金).
    private static func overlaps(_ keyword: String, _ exception: String) -> Bool {
        let keyword = Array(keyword.unicodeScalars), exception = Array(exception.unicodeScalars)
        for length in 1...min(keyword.count, exception.count) {
            if keyword.suffix(length).elementsEqual(exception.prefix(length))
                || exception.suffix(length).elementsEqual(keyword.prefix(length)) {
                return true
            }
        }
        return keyword.indices.contains { keyword[$0...].starts(with: exception) }
            || exception.indices.contains { exception[$0...].starts(with: keyword) }
    }

    private func kinds(_ node: Node, _ path: String) throws(PipelineError) -> Set<FigureKind> {
        var kinds: Set<FigureKind> = []
        for kind in try strings(node, path) {
            guard let known = FigureKind(rawValue: kind) else {
                throw fail(node, path, "unknown kind '\(kind)'; known: \(FigureKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(known)
        }
        return kinds
    }

    private mutating func outputs(_ node: Node, _ path: String, folder: String) throws(PipelineError) -> PipelineDefinition.Outputs {
        let fields = try mapping(node, path, keys: ["directory", "formats", "bom"])
        var outputs = PipelineDefinition.Outputs()
        if let directory = fields["directory"] {
            outputs.directory = Self.resolve(try string(directory, path + ".directory"), against: folder)
        }
        if let formats = fields["formats"] {
            outputs.formats = try strings(formats, path + ".formats")
            for format in outputs.formats where !ReportWriters.identifiers.contains(format) {
                throw fail(formats, path + ".formats", "unknown format '\(format)'; known: \(ReportWriters.identifiers.joined(separator: ", "))")
            }
        }
        if let bom = fields["bom"] {
            guard let value = bom.bool else { throw fail(bom, path + ".bom", "must be true or false") }
            outputs.byteOrderMark = value
        }
        return outputs
    }

    // MARK: - Values

    /// The node as a mapping; keys outside `keys` are warned about.
    private mutating func mapping(_ node: Node, _ path: String, keys: Set<String>) throws(PipelineError) -> [String: Node] {
        guard let mapping = node.mapping else { throw fail(node, path, "must be a mapping of keys to values") }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if keys.contains(name) {
                result[name] = value
            } else {
                let keyPath = path.isEmpty ? name : "\(path).\(name)"
                warnings.append(Diagnostic(.warning, at: location(key), "\(keyPath): unknown key, ignored"))
            }
        }
        return result
    }

    private func required(_ fields: [String: Node], _ key: String, in parent: Node, _ path: String) throws(PipelineError) -> Node {
        guard let node = fields[key] else {
            throw fail(parent, path.isEmpty ? key : "\(path).\(key)", "is required")
        }
        return node
    }

    private func string(_ node: Node, _ path: String) throws(PipelineError) -> String {
        guard let scalar = node.scalar else { throw fail(node, path, "must be text") }
        return scalar.string
    }

    /// A list of text; one text alone stands for a list of one (`inputs: news/`).
    private func strings(_ node: Node, _ path: String) throws(PipelineError) -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        return try list(node, path)
    }

    /// A list of text, written as a list: `keywords: "资金, 经费"` would be one keyword with a
    /// comma in it, matching nothing.
    private func list(_ node: Node, _ path: String) throws(PipelineError) -> [String] {
        guard let items = node.sequence else { throw fail(node, path, "must be a list of text: [a, b], or one item a line after -") }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            result.append(try string(item, "\(path)[\(index)]"))
        }
        return result
    }

    private func integer(_ node: Node, _ path: String) throws(PipelineError) -> Int {
        guard let value = node.int else { throw fail(node, path, "must be a whole number") }
        return value
    }

    private func date(_ node: Node, _ path: String) throws(PipelineError) -> CalendarDate {
        guard let date = CalendarDate(iso: node.scalar?.string ?? "") else {
            throw fail(node, path, "must be a date written YYYY-MM-DD")
        }
        return date
    }

    // MARK: - Places

    private func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 0) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private func fail(_ node: Node?, _ path: String, _ message: String) -> PipelineError {
        PipelineError(at: location(node), keyPath: path, message)
    }

    private func syntaxError(_ error: any Error) -> PipelineError {
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            PipelineError(at: SourceLocation(file: file, line: mark.line, column: mark.column), keyPath: "", "YAML syntax: \(problem)")
        default:
            PipelineError(at: SourceLocation(file: file, line: 0), keyPath: "", "YAML syntax: \(error)")
        }
    }

    /// An absolute path: the store keys files by path, so the same pipeline run from another
    /// working directory must name its files the same way.
    private static func resolve(_ path: String, against folder: String) -> String {
        if path.hasPrefix("/") || path == "-" { return path }
        let base = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        return lexicallyNormal(base + "/" + path)
    }

    /// `/a/Pipelines/../Reports/x` → `/a/Reports/x` for an absolute path, without touching the
    /// file system (symbolic links stay as the user wrote them).
    private static func lexicallyNormal(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".unicodeScalars)
}
