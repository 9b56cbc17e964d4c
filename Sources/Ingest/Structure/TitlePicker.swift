/// Picks the main title out of a title block (kicker, title, subtitle).
///
/// The type sizes that tell them apart on paper are lost in text, so the picker goes by
/// shape: of three lines the middle one is the title; of two, the one that reads more like
/// a headline. Slogan-like kickers (phrases separated by spaces) and subtitles that open
/// with a preposition or verb and no subject (为本科生…, 打造…, 由工会…) score lower; quotes
/// and a colon (吉林：…, “科学快车”…) score higher.
enum TitlePicker {
    private static let subtitleOpeners = ["为", "由", "让", "把", "将", "以", "对", "向", "打造", "助力", "推动", "聚焦", "重点"]

    static func title(among lines: [String]) -> String {
        switch lines.count {
        case 0: return ""
        case 1: return lines[0]
        case 2: return score(lines[1]) > score(lines[0]) ? lines[1] : lines[0]
        default: return lines[1]
        }
    }

    private static func score(_ line: String) -> Int {
        var score = 0
        if line.unicodeScalars.contains(where: { $0 == "“" || $0 == "：" || $0 == ":" }) { score += 2 }
        if line.unicodeScalars.contains(" ") { score -= 2 }
        if subtitleOpeners.contains(where: { line.hasPrefix($0) }) { score -= 2 }
        return score
    }
}
