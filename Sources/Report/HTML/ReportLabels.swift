import Foundation
import TongjiCore

/// The Chinese words the HTML report shows for qualifiers, times, sums and exact values.
enum ReportLabels {
    /// 以上, 接近, 约, or empty for an exact figure.
    static func qualifier(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: ""
        case .over: "以上"
        case .nearly: "接近"
        case .approx: "约"
        }
    }

    /// `2024-06-11 17:30` for display and `2024-06-11T17:30:00+08:00` for `<time datetime>`.
    static func time(_ date: Date, in zone: TimeZone) -> (display: String, machine: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = "\(c.year ?? 0)-\(twoDigits(c.month))-\(twoDigits(c.day))"
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let zoneText = "\(sign)\(twoDigits(abs(offset) / 3600)):\(twoDigits(abs(offset) % 3600 / 60))"
        return ("\(day) \(twoDigits(c.hour)):\(twoDigits(c.minute)) (UTC\(zoneText))",
                "\(day)T\(twoDigits(c.hour)):\(twoDigits(c.minute)):\(twoDigits(c.second))\(zoneText)")
    }

    private static func twoDigits(_ n: Int?) -> String {
        let n = n ?? 0
        return n < 10 ? "0\(n)" : String(n)
    }
}

extension ReportLabels {
    /// A sum as readers see it, its bound in front: `≥2.09亿元`, `≈5.12万名`, `8998名`.
    static func total(_ total: CategoryTotals.Total, formatter: ChineseNumberFormatter) -> String {
        total.bound.sign + formatter.string(value: total.sum, unit: total.unit, kind: total.kind)
    }

    /// The exact sum for hover text: `≥208556600 元`.
    static func exactTotal(_ total: CategoryTotals.Total) -> String {
        "\(total.bound.sign)\(total.sum) \(total.unit)"
    }

    /// The exact value of a figure for hover text: `14064600 元`, `30000至50000 人`, `300000 人次（以上）`.
    static func exactValue(_ figure: Figure) -> String {
        let range = figure.value.description + (figure.upper.map { "至" + $0.description } ?? "")
        let qualifier = qualifier(figure.qualifier)
        return "\(range) \(figure.unit)" + (qualifier.isEmpty ? "" : "（\(qualifier)）")
    }
}
