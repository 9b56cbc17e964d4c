import Foundation
import Normalise
import TongjiCore
@testable import Report

/// Figure records made from real sentences of the union-news page.
enum Samples {
    static let innovation = "2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。"
    static let recommend = "据统计，2020年，在各级党委组织部门的大力支持下，全省基层工会在广大职工中“推优入党”8998名，取得了很好的工作成效。"
    static let livestream = "据统计，此次工匠直播月活动在线观看超30万人次。"
    static let contest = "自治区各级工会组织职工开展预赛150多场，1100多名职工参赛，近5万名职工现场聆听演讲。"

    /// A record for the `occurrence`-th `span` in `sentence`, whose text starts at `sentenceStart`
    /// in the scanned article (so `Figure.start` is consistent with the sentence).
    static func record(_ span: String, in sentence: String, value: String, unit: String, kind: FigureKind,
                       qualifier: Qualifier = .exact, occurrence: Int = 0, sentenceStart: Int = 500,
                       file: String = "union-news-page.txt", line: Int = 78, title: String = "",
                       duplicate: Bool = false) -> FigureRecord {
        let offset = codePointOffsets(of: span, in: sentence)[occurrence]
        let figure = Figure(span: span, start: sentenceStart + offset, length: span.unicodeScalars.count,
                            value: ExactDecimal(value)!, unit: unit, kind: kind, qualifier: qualifier)
        return FigureRecord(figure: figure, location: SourceLocation(file: file, line: line, column: offset + 1),
                            title: title, sentence: sentence, duplicate: duplicate)
    }

    /// The four money figures and one count of the innovation sentence.
    static let innovationRecords: [FigureRecord] = [
        record("1406.46万元", in: innovation, value: "14064600", unit: "元", kind: .money),
        record("8825.2万元", in: innovation, value: "88252000", unit: "元", kind: .money),
        record("3120项", in: innovation, value: "3120", unit: "项", kind: .count),
        record("7.6亿元", in: innovation, value: "760000000", unit: "元", kind: .money),
        record("3900多人", in: innovation, value: "3900", unit: "人", kind: .people, qualifier: .over),
    ]

    /// A run over those records plus 8998名 and 超30万人次, at a fixed time.
    static func run(records: [FigureRecord] = innovationRecords, diagnostics: [Diagnostic] = []) -> ReportInput {
        ReportInput(title: "工会新闻数字统计", inputs: ["union-news-page.txt"],
                    runTime: Date(timeIntervalSince1970: 1_718_098_200),
                    figures: records.map { NormalisedRecord(record: $0, meaning: Meaning(category: "other")) },
                    diagnostics: diagnostics)
    }

    /// Every code-point offset where `span` starts in `text`, the unit of `Figure.start`.
    static func codePointOffsets(of span: String, in text: String) -> [Int] {
        let haystack = Array(text.unicodeScalars), needle = Array(span.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
