import Normalise
import TongjiCore

/// Reads back the JSON Lines of `tongji extract`, so that figure files written by many
/// partitions (Hadoop, Spark) can be merged into one run's reports.
package enum FigureJSONReader {
    package struct Malformed: Error {
        let reason: String
    }

    /// The fields read back, in the order `FigureJSON` writes them.
    private enum Field: Int, CaseIterable {
        case file, line, column, article, title, date, span, value, upper, unit, kind, qualifier, category
        case categoryReason, subject, period, region, province, organisation, isPart, partOf, duplicate, sentence
    }

    private static let keys: [StaticString] = Field.allCases.map { field -> StaticString in
        switch field {
        case .file: "file"
        case .line: "line"
        case .column: "column"
        case .article: "article"
        case .title: "title"
        case .date: "date"
        case .span: "span"
        case .value: "value"
        case .upper: "upper"
        case .unit: "unit"
        case .kind: "kind"
        case .qualifier: "qualifier"
        case .category: "category"
        case .categoryReason: "category_reason"
        case .subject: "subject"
        case .period: "period"
        case .region: "region"
        case .province: "province"
        case .organisation: "organisation"
        case .isPart: "is_part"
        case .partOf: "part_of"
        case .duplicate: "duplicate"
        case .sentence: "sentence"
        }
    }

    /// One figure from one line of `tongji extract` output; `isValidUTF8` when the line was
    /// checked before (read back from the scratch file). Its `partOf` is the `part_of` written,
    /// less one: the 0-based row of its total in the output the line came from.
    /// A line with no category gets `restCategory`, the pipeline's category for the rest.
    package static func record(_ line: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool = false,
                               restCategory: String = CategoryDefinition.otherName) throws(Malformed) -> NormalisedRecord {
        let values: [FlatJSONObject.Value?]
        do {
            values = try FlatJSONObject.values(of: keys, in: line, isValidUTF8: isValidUTF8)
        } catch {
            throw Malformed(reason: "not a JSON object: \(error.detail) at byte \(error.column)")
        }
        func text(_ field: Field) -> String {
            if case .string(let text) = values[field.rawValue] { text } else { "" }
        }
        func int(_ field: Field) -> Int? {
            if case .number(let text) = values[field.rawValue] { Int(text) } else { nil }
        }
        func decimal(_ field: Field) -> ExactDecimal? {
            if case .number(let text) = values[field.rawValue] { ExactDecimal(text) } else { nil }
        }
        func flag(_ field: Field) -> Bool {
            values[field.rawValue] == .bool(true)
        }
        guard let value = decimal(.value), let kind = FigureKind(rawValue: text(.kind)),
              let qualifier = Qualifier(rawValue: text(.qualifier)), let line = int(.line) else {
            throw Malformed(reason: "needs value, kind, qualifier and line as `tongji extract` writes them")
        }
        let span = text(.span)
        let figure = Figure(span: span, start: 0, length: span.unicodeScalars.count, value: value, upper: decimal(.upper),
                            unit: text(.unit), kind: kind, qualifier: qualifier)
        let record = FigureRecord(
            figure: figure, location: SourceLocation(file: text(.file), line: line, column: int(.column) ?? 0),
            article: int(.article) ?? 1, title: text(.title), date: CalendarDate(iso: text(.date)),
            sentence: text(.sentence), duplicate: flag(.duplicate))
        let province = text(.province), region = text(.region), period = text(.period)
        let category = if case .string(let name) = values[Field.category.rawValue] { name } else { restCategory }
        let meaning = Meaning(
            category: category, categoryReason: text(.categoryReason), subject: text(.subject),
            period: period.isEmpty ? nil : Period(kind: .relative, words: period),
            region: province.isEmpty ? nil : Region(province: province, city: String(region.dropFirst(province.count))),
            organisation: text(.organisation), isPart: flag(.isPart))
        return NormalisedRecord(record: record, meaning: meaning, partOf: int(.partOf).flatMap { $0 >= 1 ? $0 - 1 : nil })
    }
}
