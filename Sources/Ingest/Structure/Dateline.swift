/// The dateline that opens a report from a news site, broadcaster or agency: 央视网消息（新闻联播）：,
/// 央视网(新闻联播)消息：, 中国网络电视台(新闻联播)：, 中新网北京6月15日电, 光明网讯（记者…）.
///
/// Such a line (or a block holding only it) is a lead: the heading before it starts a new
/// article. Transcripts and site copies set every report as a title line, then a dateline, with
/// no 本报讯; without this rule a year of them read as a few hundred long articles, each titled
/// by a dateline. The source name must be a run of word characters ending in what names a
/// medium (网, 社, 台…), and a wire date must be followed by no word, so running text (记者获悉
/// 消息：, 截至6月15日电网负荷…) is no dateline.
enum Dateline {
    /// Last characters of a source name: 央视网, 新华社, 中央台, 本报, 客户端, 央视新闻, 中国之声.
    /// Switches, here and below, not `Set`s, whose look-ups hashed the code point at every
    /// dateline of a page of transcripts.
    private static func endsMediumName(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "网", "社", "台", "报", "端", "闻", "声": true
        default: false
        }
    }

    /// What may follow 消息 or 讯 in a dateline: a colon, the bracketed reporter or programme, a space.
    private static func followsMarker(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "：", ":", "（", "(", " ": true
        default: false
        }
    }

    private static func isColon(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":"
    }
    /// The longest source name and place looked at: 人民日报客户端北京12月31日电 is 17 code points,
    /// 中国网络电视台(新闻联播) 13.
    private static let maximumPrefixLength = 22

    /// True when `scalars` open with a dateline.
    static func opens(_ scalars: [Unicode.Scalar]) -> Bool {
        let prefixEnd = min(scalars.count, maximumPrefixLength)
        // Most blocks hold none of 消, 讯, 电 or a bracket near their start: a few compares a code
        // point settle them before any class look-up.
        guard scalars[..<prefixEnd].contains(where: { $0 == "消" || $0 == "讯" || $0 == "电" || closing(of: $0) != nil }) else {
            return false
        }
        // A local copy: every read of the `static let` pays a `swift_once` call.
        let classes = ScalarClass.table
        // The last word character of the source name so far, looking past one bracketed programme.
        var nameEnd: Unicode.Scalar?
        var sawProgramme = false
        var index = 0
        while index < prefixEnd {
            let scalar = scalars[index]
            if let close = closing(of: scalar) {
                // 央视网(新闻联播)消息：, 中国网络电视台(新闻联播)：
                guard !sawProgramme, let name = nameEnd, endsMediumName(name),
                      let end = scalars[(index + 1)..<prefixEnd].firstIndex(of: close),
                      end > index + 1, scalars[(index + 1)..<end].allSatisfy({ classes[$0].contains(.word) }) else {
                    return false
                }
                if end + 1 < scalars.count, isColon(scalars[end + 1]) { return true }
                sawProgramme = true
                index = end + 1
                continue
            }
            guard classes[scalar].contains(.word) else { return false }
            if index >= 2, scalar == "消", index + 1 < scalars.count, scalars[index + 1] == "息",
               let name = nameEnd, endsMediumName(name), isMarkerEnd(scalars, at: index + 2) {
                return true
            }
            if index >= 2, scalar == "讯", let name = nameEnd, endsMediumName(name), isMarkerEnd(scalars, at: index + 1) {
                return true
            }
            if scalar == "电", !sawProgramme, isWireDate(scalars, endingAt: index),
               index + 1 == scalars.count || !classes[scalars[index + 1]].contains(.word) {
                return true
            }
            nameEnd = scalar
            index += 1
        }
        return false
    }

    /// The bracket that closes `scalar`, if it opens one: compares, where a dictionary would hash
    /// every code point of every block's opening.
    private static func closing(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "（": "）"
        case "(": ")"
        default: nil
        }
    }

    private static func isMarkerEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index == scalars.count || followsMarker(scalars[index])
    }

    /// 6月15日 or 十二月三十一日 just before `index` (the 电 of 6月15日电), after a source name.
    private static func isWireDate(_ scalars: [Unicode.Scalar], endingAt index: Int) -> Bool {
        guard index >= 4, scalars[index - 1] == "日" else { return false }
        var start = index - 2
        while start >= 0, isDateDigit(scalars[start]) { start -= 1 }
        guard start < index - 2, start >= 1, scalars[start] == "月" else { return false }
        var monthStart = start - 1
        while monthStart >= 0, isDateDigit(scalars[monthStart]) { monthStart -= 1 }
        // A source name of two or more code points stands before the month.
        return monthStart < start - 1 && monthStart >= 1
    }

    private static func isDateDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }
}
