import GRDB
import Normalise
import TongjiCore

/// Reads the rows of `figures` back into records, by position (see `columns`).
///
/// The kinds, qualifiers and periods of an archive are few (857 periods among 47,000 figures):
/// each is made once and found again by the bytes of its columns. Each enum read from its raw
/// text compared it with every case (500 instructions), and a period works out its months from
/// its words (3,000): together a tenth of reading back an archive's figures.
struct FigureRowReader {
    /// The columns read, in the order `record(firstOfPath:)` reads them.
    static let columns = """
        path, line, column, article, title, date, span, start, length, value, upper, unit, kind, qualifier,
        category, category_reason, subject, period_kind, period_first, period_last, period_words, province, city,
        organisation, is_part, part_of_seq, duplicate, sentence
        """

    private var row: RowReader
    private var kinds = RawValues<FigureKind>()
    private var qualifiers = RawValues<Qualifier>()
    /// The periods read, with the bytes of their kind and words, by a hash of their columns' bytes
    /// (a String's own hashing normalises Chinese text first); all forgotten when `periodsKept`
    /// are held, so that a store of ever new periods cannot grow it.
    private var periods: [Int: [(kind: [UInt8], words: [UInt8], period: Period)]] = [:]
    private var periodCount = 0
    private static let periodsKept = 4096

    /// A reader of the rows `statement` (selecting `columns`) steps to.
    init(_ statement: Statement) {
        row = RowReader(statement)
    }

    /// The row's file path.
    mutating func path() -> String {
        row.text(0)
    }

    /// The row as a record; `partOf` counts from the first figure of its file, `firstOfPath`.
    mutating func record(firstOfPath: Int) -> NormalisedRecord {
        let figure = Figure(
            span: row.text(6), start: row.int(7), length: row.int(8),
            value: ExactDecimal(row.text(9)) ?? .zero, upper: row.text(orNil: 10).flatMap(ExactDecimal.init),
            unit: row.text(11), kind: figureKind(), qualifier: figureQualifier())
        let record = FigureRecord(
            figure: figure, location: SourceLocation(file: row.text(0), line: row.int(1), column: row.int(2)),
            article: row.int(3), title: row.text(4), date: row.text(orNil: 5).flatMap(CalendarDate.init(iso:)),
            sentence: row.text(27), duplicate: row.bool(26))
        let meaning = Meaning(
            category: row.text(14), categoryReason: row.text(15), subject: row.text(16), period: figurePeriod(),
            region: row.text(orNil: 21).map { Region(province: $0, city: row.text(22)) },
            organisation: row.text(23), isPart: row.bool(24))
        return NormalisedRecord(record: record, meaning: meaning, partOf: row.int(orNil: 25).map { firstOfPath + $0 })
    }

    private mutating func figureKind() -> FigureKind {
        kinds.value(of: row.bytes(12)) ?? .number
    }

    private mutating func figureQualifier() -> Qualifier {
        qualifiers.value(of: row.bytes(13)) ?? .exact
    }

    /// The row's period, found among those read before by the bytes of its columns (no String
    /// made of them), or else made and kept.
    private mutating func figurePeriod() -> Period? {
        guard let kindText = row.bytes(17) else { return nil }
        let firstYear = row.int(orNil: 18), lastYear = row.int(orNil: 19)
        let words = row.bytes(20) ?? UnsafeBufferPointer(start: nil, count: 0)
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(kindText))
        hasher.combine(bytes: UnsafeRawBufferPointer(words))
        hasher.combine(firstYear)
        hasher.combine(lastYear)
        let key = hasher.finalize()
        let known = periods[key]?.first {
            $0.period.firstYear == firstYear && $0.period.lastYear == lastYear
                && RowReader.bytes($0.words, equal: words) && RowReader.bytes($0.kind, equal: kindText)
        }
        if let known { return known.period }
        guard let kind = Period.Kind(rawValue: String(decoding: kindText, as: UTF8.self)) else { return nil }
        let period = Period(kind: kind, firstYear: firstYear, lastYear: lastYear,
                            words: String(decoding: words, as: UTF8.self))
        if periodCount == Self.periodsKept {
            periods.removeAll(keepingCapacity: true)
            periodCount = 0
        }
        periods[key, default: []].append((Array(kindText), Array(words), period))
        periodCount += 1
        return period
    }
}

/// The values of an enum's column, each made once from its raw text and found again by the
/// column's bytes, the last one first: `init(rawValue:)` compared a text with every case, after
/// it was decoded.
private struct RawValues<Value: RawRepresentable> where Value.RawValue == String {
    /// The texts seen, as bytes, and their values, at most `limit` of them.
    private var known: [(bytes: [UInt8], value: Value?)] = []
    private var last = 0
    private static var limit: Int { 64 }

    /// The value of `bytes` (NULL read as ""), or nil when they spell no case.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>?) -> Value? {
        let bytes = bytes ?? UnsafeBufferPointer(start: nil, count: 0)
        if last < known.count, RowReader.bytes(known[last].bytes, equal: bytes) { return known[last].value }
        if let index = known.firstIndex(where: { RowReader.bytes($0.bytes, equal: bytes) }) {
            last = index
            return known[index].value
        }
        let value = Value(rawValue: String(decoding: bytes, as: UTF8.self))
        if known.count < Self.limit {
            known.append((Array(bytes), value))
            last = known.count - 1
        }
        return value
    }
}
