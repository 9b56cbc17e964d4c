import Extract
import Ingest
import Normalise
import Report
import TestSupport
import Testing
import TongjiCore
@testable import TongjiPipeline

/// `tongji extract` writes each figure's JSON straight from the record, for speed: it must stay
/// the figures.csv row, field for field, as `FigureTable.row` gives it.
@Suite struct FigureJSONTests {
    /// The JSON of a row the simple way: every column's text from `FigureTable.row`, a string
    /// literal escaped code point by code point.
    private func referenceLine(for record: NormalisedRecord) -> String {
        let numbers: Set = ["line", "column", "article", "value", "upper", "part_of"]
        var fields: [String] = []
        for (column, text) in zip(FigureTable.columns, FigureTable.row(record)) {
            if numbers.contains(column.name) {
                if !text.isEmpty { fields.append("\"\(column.name)\":\(text)") }
            } else if column.name == "is_part" || column.name == "duplicate" {
                fields.append("\"\(column.name)\":\(text)")
            } else if column.name == "date" && text.isEmpty {
                fields.append("\"date\":null")
            } else {
                fields.append("\"\(column.name)\":\(referenceLiteral(text))")
            }
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private func referenceLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    private func line(for record: NormalisedRecord) -> String {
        var bytes: [UInt8] = []
        FigureJSON.append(record, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func everyFigureOfTheSamplePageIsItsRow() throws {
        let path = Project.path("Tests/IngestTests/Fixtures/union-news-page.txt")
        let document = try Ingester().document(fromBytes: try Project.bytes(path), name: path)
        let stages = DocumentFigures(extractor: FigureExtractor(), normaliser: Normaliser(categories: UnionNews.categories))
        let records = stages.records(in: document, firstID: 7)
        #expect(records.count == 76)
        #expect(records.contains { $0.partOf != nil })
        for record in records {
            #expect(line(for: record) == referenceLine(for: record))
        }
    }

    /// What the sample page lacks: escapes (control characters, quotes, backslashes, a code
    /// point beyond the BMP), a date, a range, negative numbers, both flags, a part.
    static let awkward: NormalisedRecord = {
        let figure = Figure(span: "负3至5万元", start: 2, length: 6, value: ExactDecimal(significand: -30000),
                            upper: ExactDecimal(significand: 5, exponent: 4), unit: "元", kind: .money, qualifier: .approx)
        let record = FigureRecord(
            figure: figure, location: SourceLocation(file: "dir\\\"quoted\".txt", line: 12_345_678, column: 90),
            article: 3, title: "标题\t含\u{1}控制字符😀", date: CalendarDate(year: 2020, month: 1, day: 2),
            sentence: "他说：\"增长负3至5万元\"\r\n。", duplicate: true)
        let meaning = Meaning(category: "funds", categoryReason: "资金", subject: "投入\\资金",
                              period: Period(kind: .year, firstYear: 2020, words: "2020年"),
                              region: Region(province: "甘肃省", city: "张掖市"), organisation: "总工会", isPart: true)
        return NormalisedRecord(record: record, meaning: meaning, partOf: 41)
    }()

    @Test func escapesDatesAndRangesAreTheRowsText() {
        #expect(line(for: Self.awkward) == referenceLine(for: Self.awkward))
    }

    /// Kinds and qualifiers are written without a look for escapes: none of them may need one.
    @Test func kindsAndQualifiersNeedNoEscapes() {
        for word in FigureKind.allCases.map(\.rawValue) + Qualifier.allCases.map(\.rawValue) {
            #expect(referenceLiteral(word) == "\"\(word)\"")
        }
    }

    /// Escapes found eight bytes at a time must be found at every offset, next to Chinese text.
    @Test func escapesAreFoundAtEveryOffset() {
        for special in ["\"", "\\", "\n", "\u{1F}", "\t"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + "中文" + String(repeating: "b", count: 20 - offset)
                var bytes: [UInt8] = []
                JSONText.append(text, to: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == referenceLiteral(text))
            }
        }
        var plain: [UInt8] = []
        JSONText.append("没有需要转义的字符 plain ASCII ~ DEL\u{7F}", to: &plain)
        #expect(String(decoding: plain, as: UTF8.self) == referenceLiteral("没有需要转义的字符 plain ASCII ~ DEL\u{7F}"))
    }

    /// The eight-byte test flags a word exactly when one of its bytes needs an escape: every byte
    /// value at every place, among bytes that need none (ASCII, the edges of the control range,
    /// the bytes of Chinese text).
    @Test func wordTestAgreesWithTheByteRule() {
        for filler: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x61, 0x7F, 0x80, 0xE4, 0xFF] {
            for place in 0..<8 {
                for value in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = value
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let needsEscape = value < 0x20 || value == UInt8(ascii: "\"") || value == UInt8(ascii: "\\")
                    #expect(JSONText.anyNeedsEscape(word) == needsEscape, "byte \(value) at \(place) among \(filler)")
                }
            }
        }
    }
}
