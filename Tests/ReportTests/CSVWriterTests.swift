import TestSupport
import Testing
@testable import Report

@Suite struct CSVWriterTests {
    private let columns = [CSVColumn("span"), CSVColumn("sentence", isFreeText: true)]

    private func text(_ bytes: [UInt8], bom: Bool = true) -> String {
        String(decoding: bom ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
    }

    @Test func fieldsWithCommasQuotesLineBreaksAndChineseRoundTrip() throws {
        let fields = [
            ["1406.46万元", "各级工会投入资金1406.46万元，支持班组完成技术创新项目3633项"],
            ["a,b", "他说：\"劳模\"精神"],
            ["line\nbreak", "CRLF\r\ninside and lone CR\r"],
            ["", "\"\""],
        ]
        let bytes = CSVWriter(options: .init(formulaGuard: .off)).bytes(for: CSVTable(columns: columns, rows: fields))
        let records = try RFC4180Reader.records(text(bytes))
        #expect(records == [["span", "sentence"]] + fields)
    }

    /// Fields are scanned eight bytes at a time: a separator is found at any place, in a whole
    /// word or in the bytes after the last one, and bytes just below `-` (space, %, (, +) that
    /// share the word test's first step do not quote a field.
    @Test(arguments: [",", "\"", "\r", "\n"])
    func separatorAtAnyPlaceQuotesTheField(separator: String) throws {
        let filler = Array("工会 (+3%)*!#$&'") + Array("ab")
        for place in 0...filler.count {
            var characters = filler
            characters.insert(Character(separator), at: place)
            let field = String(characters)
            let bytes = CSVWriter(options: .init(includesByteOrderMark: false, formulaGuard: .off))
                .bytes(for: CSVTable(columns: [CSVColumn("span")], rows: [[field]]))
            #expect(try RFC4180Reader.records(text(bytes, bom: false)) == [["span"], [field]])
            #expect(bytes[6] == UInt8(ascii: "\""), "quoted with the separator at \(place)")
        }
        let plain = String(filler)
        let bytes = CSVWriter(options: .init(includesByteOrderMark: false)).bytes(for: CSVTable(columns: [CSVColumn("span")], rows: [[plain]]))
        #expect(text(bytes, bom: false) == "span\r\n\(plain)\r\n")
    }

    @Test func recordsEndInCRLF() {
        let bytes = CSVWriter(options: .init(includesByteOrderMark: false)).bytes(for: CSVTable(columns: columns, rows: [["1", "2"]]))
        #expect(text(bytes, bom: false) == "span,sentence\r\n1,2\r\n")
    }

    @Test func startsWithByteOrderMarkByDefault() {
        let bytes = CSVWriter().bytes(for: CSVTable(columns: columns, rows: []))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text(bytes) == "span,sentence\r\n")
    }

    @Test func omitsByteOrderMarkWhenAsked() {
        let bytes = CSVWriter(options: .init(includesByteOrderMark: false)).bytes(for: CSVTable(columns: columns, rows: []))
        #expect(Array(bytes.prefix(4)) == Array("span".utf8))
    }

    @Test(arguments: ["=HYPERLINK(\"x\")", "+1", "-30℃寒潮中坚守", "@SUM(A1)", "\tcmd"])
    func guardPrefixesApostropheToFreeTextThatLooksLikeAFormula(field: String) throws {
        let table = CSVTable(columns: columns, rows: [[field, field]])
        let records = try RFC4180Reader.records(text(CSVWriter().bytes(for: table)))
        #expect(records[1] == [field, "'" + field])
    }

    /// The columns of `columns` whose fields the writer guards.
    private func guardedColumns(_ columns: [CSVColumn]) throws -> [String] {
        let table = CSVTable(columns: columns, rows: [columns.map { _ in "-30.7℃" }])
        let records = try RFC4180Reader.records(text(CSVWriter().bytes(for: table)))
        return zip(columns, records[1]).filter { $0.1.hasPrefix("'") }.map(\.0.name)
    }

    /// A span is text as printed (-30.7℃, a temperature), so it is guarded like the sentence; a
    /// file's name (=HYPERLINK(…).txt) and a pipeline's keyword or label are not tongji's words
    /// either.
    @Test func reportsGuardTextFromOutsideAndLeaveNumbersAlone() throws {
        #expect(try guardedColumns(FigureTable.columns)
            == ["file", "title", "span", "category", "category_reason", "subject", "organisation", "sentence"])
        #expect(try guardedColumns(ArticleTable.columns) == ["file", "title", "byline"])
        #expect(try guardedColumns(ErrorTable.columns) == ["file", "reason"])
        #expect(try guardedColumns(SummaryTable.columns) == ["category", "category_label"])
    }

    /// Standard input's name, `-`, is no formula, and stays as it is.
    @Test func aLoneMinusIsNotGuarded() throws {
        let table = CSVTable(columns: columns, rows: [["-", "-"]])
        #expect(try RFC4180Reader.records(text(CSVWriter().bytes(for: table)))[1] == ["-", "-"])
    }

    @Test func guardLeavesOrdinaryTextAndNonFreeTextColumnsAlone() throws {
        let table = CSVTable(columns: columns + [CSVColumn("value")], rows: [["-2.5", "工会投入1406.46万元", "-2.5"]])
        let records = try RFC4180Reader.records(text(CSVWriter().bytes(for: table)))
        #expect(records[1] == ["-2.5", "工会投入1406.46万元", "-2.5"])
    }

    @Test func guardOffWritesDataUntouched() throws {
        let table = CSVTable(columns: columns, rows: [["x", "=1+2"]])
        let records = try RFC4180Reader.records(text(CSVWriter(options: .init(formulaGuard: .off)).bytes(for: table)))
        #expect(records[1] == ["x", "=1+2"])
    }
}
