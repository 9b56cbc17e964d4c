import TestSupport
import Testing
import TongjiCore
@testable import Report

@Suite struct FigureTableTests {
    private func rows(_ records: [FigureRecord]) throws -> [[String]] {
        let bytes = CSVWriter().bytes(for: FigureTable.table(for: records))
        return try RFC4180Reader.records(String(decoding: bytes.dropFirst(3), as: UTF8.self))
    }

    @Test func headerNamesTheExtractJSONFieldsInOrder() throws {
        #expect(try rows([])[0] == ["file", "line", "column", "article", "title", "span", "value", "upper",
                                     "unit", "kind", "qualifier", "duplicate", "sentence"])
    }

    @Test func valuesAreExactPlainNumbers() throws {
        let records = [
            Samples.record("1406.46万元", in: Samples.innovation, value: "14064600", unit: "元", kind: .money),
            Samples.record("2.5", in: "增长2.5倍", value: "2.5", unit: "倍", kind: .multiple),
            Samples.record("千分之五", in: "占千分之五", value: "0.005", unit: "%", kind: .percent),
        ]
        #expect(try rows(records).dropFirst().map { $0[6] } == ["14064600", "2.5", "0.005"])
    }

    @Test func rowCarriesEveryField() throws {
        var record = Samples.record("近5万名", in: Samples.contest, value: "50000", unit: "名", kind: .people,
                                    qualifier: .nearly, line: 26, title: "劳模, \"工匠\"进基层", duplicate: true)
        record.figure.upper = ExactDecimal(60000)
        record.article = 2
        #expect(try rows([record])[1] == [
            "union-news-page.txt", "26", String(record.location.column), "2", "劳模, \"工匠\"进基层", "近5万名",
            "50000", "60000", "名", "people", "nearly", "true", Samples.contest,
        ])
    }

    @Test func exactFigureHasEmptyUpperAndQualifier() throws {
        let record = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people)
        let row = try rows([record])[1]
        #expect(row[7] == "" && row[10] == "" && row[11] == "false")
    }

    @Test func titleThatLooksLikeAFormulaIsGuardedButSpanIsNot() throws {
        let record = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people,
                                    title: "=HYPERLINK(\"http://x\")")
        let row = try rows([record])[1]
        #expect(row[4] == "'=HYPERLINK(\"http://x\")" && row[5] == "8998名")
    }
}
