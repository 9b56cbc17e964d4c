import TestSupport
import Testing
import Normalise
import TongjiCore
@testable import Report

@Suite struct FigureTableTests {
    private func rows(_ records: [FigureRecord], meaning: Meaning = Meaning(category: "other")) throws -> [[String]] {
        let figures = records.map { NormalisedRecord(record: $0, meaning: meaning) }
        let bytes = CSVWriter().bytes(for: FigureTable.table(for: figures))
        return try RFC4180Reader.records(String(decoding: bytes.dropFirst(3), as: UTF8.self))
    }

    @Test func headerNamesTheExtractJSONFieldsInOrder() throws {
        #expect(try rows([])[0] == ["file", "line", "column", "article", "title", "date", "span", "value", "upper",
                                     "unit", "kind", "qualifier", "category", "category_reason", "subject",
                                     "period", "region", "province", "organisation", "is_part", "part_of", "duplicate",
                                     "sentence"])
    }

    @Test func valuesAreExactPlainNumbers() throws {
        let records = [
            Samples.record("1406.46万元", in: Samples.innovation, value: "14064600", unit: "元", kind: .money),
            Samples.record("2.5", in: "增长2.5倍", value: "2.5", unit: "倍", kind: .multiple),
            Samples.record("千分之五", in: "占千分之五", value: "0.005", unit: "%", kind: .percent),
        ]
        #expect(try rows(records).dropFirst().map { $0[7] } == ["14064600", "2.5", "0.005"])
    }

    @Test func rowCarriesEveryField() throws {
        var record = Samples.record("近5万名", in: Samples.contest, value: "50000", unit: "名", kind: .people,
                                    qualifier: .nearly, line: 26, title: "劳模, \"工匠\"进基层", duplicate: true)
        record.figure.upper = ExactDecimal(60000)
        record.article = 2
        record.date = CalendarDate(year: 2021, month: 6, day: 15)
        let meaning = Meaning(category: "competitions", categoryReason: "演讲", subject: "职工",
                              region: Region(province: "西藏自治区"))
        #expect(try rows([record], meaning: meaning)[1] == [
            "union-news-page.txt", "26", String(record.location.column), "2", "劳模, \"工匠\"进基层", "2021-06-15",
            "近5万名", "50000", "60000", "名", "people", "nearly", "competitions", "演讲", "职工", "", "西藏自治区", "西藏自治区",
            "", "false", "", "true", Samples.contest,
        ])
    }

    @Test func exactFigureHasEmptyUpperAndQualifier() throws {
        let record = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people)
        let row = try rows([record])[1]
        #expect(row[8] == "" && row[11] == "" && row[21] == "false")
    }

    @Test func titleThatLooksLikeAFormulaIsGuardedButSpanIsNot() throws {
        let record = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people,
                                    title: "=HYPERLINK(\"http://x\")")
        let row = try rows([record])[1]
        #expect(row[4] == "'=HYPERLINK(\"http://x\")" && row[6] == "8998名")
    }
    /// `tongji run` writes figures.csv field by field (`write`), `tongji extract --format csv`
    /// row by row (`row`): the same bytes, for fields that need quoting or a formula guard,
    /// of 15, 16 and 17 bytes (the field-by-field writer copies short fields in one pass), with
    /// the guard on and off.
    @Test func writtenFieldByFieldAsTheRowIsWritten() throws {
        let texts = ["=SUM(A1)", "+86", "-3人", "@org", "\tTab", "\rCR", "a,b", "say \"hi\"", "two\nlines",
                     "0123456789abcde", "0123456789abcdef", "0123456789abcdefg", "0123456789abcd,f", "0123456789abcde\"", ""]
        for formulaGuard in [CSVWriter.FormulaGuard.prefixApostrophe, .off] {
            let options = CSVWriter.Options(formulaGuard: formulaGuard)
            for (index, text) in texts.enumerated() {
                var record = Samples.record("8998名", in: Samples.recommend, value: "8998", unit: "名", kind: .people,
                                            title: text, duplicate: index % 2 == 0)
                record.sentence = text
                record.location.file = text
                record.figure.span = text
                record.figure.unit = text
                let meaning = Meaning(category: text, categoryReason: text, subject: text,
                                      region: index % 3 == 0 ? nil : Region(province: text, city: texts[index - 1]),
                                      organisation: text, isPart: index % 2 == 1)
                let figure = NormalisedRecord(record: record, meaning: meaning, partOf: index % 2 == 0 ? nil : index)
                var written: [UInt8] = []
                var fields = CSVRecord(options: options)
                FigureTable.write(figure, to: &fields)
                fields.end(appendingTo: &written)
                let expected = CSVWriter(options: options).record(FigureTable.row(figure), in: FigureTable.columns)
                #expect(String(decoding: written, as: UTF8.self) == expected, "field \(index) \(text.debugDescription)")
            }
        }
    }
}
