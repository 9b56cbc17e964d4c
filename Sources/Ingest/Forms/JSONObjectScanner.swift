import TongjiCore

/// Reads one JSON object from one line, keeping for every code point of a string value the
/// column it was written at (an escape such as `\u5de5` maps to the column of its backslash).
///
/// Nested arrays and objects are read by JSON's grammar and not kept; only top-level strings,
/// numbers and literals are.
struct JSONObjectScanner: JSONNestedValueReader {
    enum Value {
        case string(MappedText)
        case scalar(String)
        case nested
    }

    struct Failure: Error {
        var column: Int
        var detail: String
    }

    private let scalars: [Unicode.Scalar]
    private let file: String
    private let line: Int
    private var index = 0

    init(_ text: Substring.UnicodeScalarView, file: String, line: Int) {
        scalars = Array(text)
        self.file = file
        self.line = line
    }

    mutating func object() throws(Failure) -> [String: Value] {
        var fields: [String: Value] = [:]
        try expect("{")
        skipSpace()
        if peek == "}" { index += 1; return try finished(fields) }
        while true {
            let key = try string().string
            try expect(":")
            fields[key] = try value()
            skipSpace()
            if peek == "}" { index += 1; return try finished(fields) }
            try expect(",")
        }
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func fail(_ detail: String) -> Failure { Failure(column: index + 1, detail: detail) }

    private mutating func skipSpace() {
        while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\r" { index += 1 }
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws(Failure) {
        skipSpace()
        guard peek == scalar else { throw fail(peek == nil ? "line ends early, expected '\(scalar)'" : "expected '\(scalar)'") }
        index += 1
    }

    private mutating func finished(_ fields: [String: Value]) throws(Failure) -> [String: Value] {
        skipSpace()
        guard peek == nil else { throw fail("unexpected text after the object") }
        return fields
    }

    private mutating func value() throws(Failure) -> Value {
        skipSpace()
        switch peek {
        case "\"": return .string(try string())
        case "{", "[": try skipNested(); return .nested
        case nil: throw fail("line ends early, expected a value")
        default: return .scalar(try scalarValue())
        }
    }

    /// A number or `true`, `false`, `null`, as written.
    private mutating func scalarValue() throws(Failure) -> String {
        let start = index
        switch peek {
        case "t": try literal("true")
        case "f": try literal("false")
        case "n": try literal("null")
        default: try number()
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        return String(view)
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let end = index + word.unicodeScalars.count
        guard end <= scalars.count, scalars[index..<end].elementsEqual(word.unicodeScalars) else {
            throw fail("expected a value")
        }
        index = end
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`: JSON's numbers, not Swift's (`Double`
    /// reads `inf`, `+1`, `.5` and `0x10` too).
    private mutating func number() throws(Failure) {
        let minus = peek == "-"
        if minus { index += 1 }
        if peek == "0" {
            index += 1
        } else {
            guard digits() > 0 else { throw fail(minus ? "expected a digit after '-'" : "expected a value") }
        }
        if peek == "." {
            index += 1
            guard digits() > 0 else { throw fail("expected digits after the decimal point") }
        }
        if peek == "e" || peek == "E" {
            index += 1
            if peek == "+" || peek == "-" { index += 1 }
            guard digits() > 0 else { throw fail("expected digits in the exponent") }
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while let scalar = peek, ("0"..."9").contains(scalar) { index += 1 }
        return index - start
    }

    // Nested arrays and objects, read by `JSONNestedValueReader.skipNested`.

    mutating func peekInside() throws(Failure) -> Unicode.Scalar {
        skipSpace()
        guard let scalar = peek else { throw fail("line ends inside an array or object") }
        return scalar
    }

    mutating func advance() { index += 1 }

    mutating func memberKey() throws(Failure) {
        _ = try peekInside()
        _ = try string()
        try expect(":")
    }

    mutating func flatValue() throws(Failure) { _ = try value() }

    private mutating func string() throws(Failure) -> MappedText {
        try expect("\"")
        var text = MappedText(file: file)
        while let scalar = peek {
            let column = index + 1
            index += 1
            switch scalar {
            case "\"": return text
            case "\\": appendNormalised(try escape(), column: column, to: &text)
            case ..<" ":
                index -= 1
                throw fail("a control character inside a string")
            default: appendNormalised(scalar, column: column, to: &text)
            }
        }
        throw fail("line ends inside a string")
    }

    private func appendNormalised(_ scalar: Unicode.Scalar, column: Int, to text: inout MappedText) {
        if scalar == "\n" || scalar == "\r" { text.append(scalar, line: line, column: column); return }
        if let clean = TextNormaliser.normalised(scalar, after: text.scalars.last) {
            text.append(clean, line: line, column: column)
        }
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard let code = peek else { throw fail("line ends inside an escape") }
        index += 1
        switch code {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b", "f": return " "
        case "\"", "\\", "/": return code
        case "u": return try unicodeEscape()
        default:
            index -= 1
            throw fail("unknown escape '\\\(code)'")
        }
    }

    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        do {
            return try JSONUnicodeEscape.decode(scalars, at: &index)
        } catch {
            throw fail(error.detail)
        }
    }
}
