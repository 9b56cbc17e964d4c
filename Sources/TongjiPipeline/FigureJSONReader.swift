import Foundation
import Normalise
import TongjiCore

/// Reads back the JSON Lines of `tongji extract`, so that figure files written by many
/// partitions (Hadoop, Spark) can be merged into one run's reports.
enum FigureJSONReader {
    struct Malformed: Error {
        let reason: String
    }

    /// One figure from one line of `tongji extract` output.
    static func record(_ line: Data) throws(Malformed) -> NormalisedRecord {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw Malformed(reason: "not a JSON object")
        }
        func text(_ key: String) -> String { object[key] as? String ?? "" }
        func int(_ key: String) -> Int? { (object[key] as? NSNumber)?.intValue }
        func decimal(_ key: String) -> ExactDecimal? {
            // The number's own text, not JSONSerialization's Double: values stay exact.
            object[key] is NSNumber ? rawNumber(key, in: line).flatMap(ExactDecimal.init) : nil
        }
        guard let value = decimal("value"), let kind = FigureKind(rawValue: text("kind")),
              let qualifier = Qualifier(rawValue: text("qualifier")), let line = int("line") else {
            throw Malformed(reason: "needs value, kind, qualifier and line as `tongji extract` writes them")
        }
        let span = text("span")
        let figure = Figure(span: span, start: 0, length: span.unicodeScalars.count, value: value, upper: decimal("upper"),
                            unit: text("unit"), kind: kind, qualifier: qualifier)
        let record = FigureRecord(
            figure: figure, location: SourceLocation(file: text("file"), line: line, column: int("column") ?? 0),
            article: int("article") ?? 1, title: text("title"), date: CalendarDate(iso: text("date")),
            sentence: text("sentence"), duplicate: object["duplicate"] as? Bool ?? false)
        let province = text("province"), region = text("region")
        let meaning = Meaning(
            category: object["category"] as? String ?? CategoryDefinition.otherName, categoryReason: text("category_reason"),
            subject: text("subject"), period: text("period").isEmpty ? nil : Period(kind: .relative, words: text("period")),
            region: province.isEmpty ? nil : Region(province: province, city: String(region.dropFirst(province.count))),
            organisation: text("organisation"), isPart: object["is_part"] as? Bool ?? false)
        return NormalisedRecord(record: record, meaning: meaning)
    }

    /// The text of the number after `"key":` in the line, as `tongji extract` wrote it.
    private static func rawNumber(_ key: String, in line: Data) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "\"\(key)\":")?.upperBound else { return nil }
        let number = text[start...].prefix { "-+.0123456789eE".contains($0) }
        return number.isEmpty ? nil : String(number)
    }
}
