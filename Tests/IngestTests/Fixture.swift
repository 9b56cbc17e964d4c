import Foundation
import Testing
import Ingest
import TongjiCore

/// Paths and expected values of the test fixtures (made by `Fixtures/make-fixtures.py`).
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name)))) }

    static let titles = [
        "加强在产业工人中开展“推优入党”工作", "中国海员建设工会工匠直播月活动落幕", "西藏工会举办职工演讲比赛",
        "秦皇岛市快递行业联合工会成立", "上海工会举办“致敬！红色工运”主题图片展", "工地端午粽飘香",
        "甘肃工会持续开展百万职工技能素质提升活动", "吉林：30名全国劳模被聘为大学教授", "“科学快车”开进张掖",
        "威海工会“3+”服务为职工办实事",
    ]

    /// The hand-checked sentence list of the sample page (split at 。！？ but not at ；).
    static func seedSentences() throws -> [String] {
        let url = directory.appendingPathComponent("../../TestSupport/Fixtures/seed-sentences.txt").standardized
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The decoded lines of a fixture file, to check that a location points at the right text.
    static func originalLines(_ name: String) throws -> [[Unicode.Scalar]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let encoding: String.Encoding = name.contains("gbk") ? gb18030 : name.contains("utf16") ? .utf16 : .utf8
        var text = try #require(String(data: data, encoding: encoding))
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { Array($0.unicodeScalars) }
    }
}

extension Ingester {
    /// Reads a fixture file, failing the test when it cannot be read.
    func fixture(_ name: String, options: IngestOptions = IngestOptions()) throws -> Document {
        let log = DiagnosticLog()
        let documents = Ingester(options: options).read(paths: [Fixture.path(name)], diagnostics: log)
        return try #require(documents.first, "\(log.all)")
    }
}
