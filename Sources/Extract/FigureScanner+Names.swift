/// Numerals with a unit after them that still count nothing, because together they name
/// something: a place (长三角, 五角大楼), a session (十三届全国人大三次会议), a slogan (“四个伟大”),
/// a programme (五年规划), a unit, a class or an event (63698部队, 53公斤级, 100米仰泳, 女子1000米,
/// 冬季两项). Each rule looks at the words around the figure; its exceptions, where the same
/// words do count, are written beside it.
extension FigureScanner {
    func namesSomething(_ number: ParsedNumber, range: ParsedNumber?, unit: UnitEntry, unitEnd: Int) -> Bool {
        let after = scalar(at: unitEnd)
        let isOneNumeral = !number.isArabic && number.end - number.start == 1 && range == nil
        if unit.wordScalar == "角", !number.isArabic, !isSumInDimes(number, unitEnd: unitEnd) { return true }
        if unit.wordScalar == "次", isSessionName(number, unitEnd: unitEnd) { return true }
        if isOneNumeral, Self.sloganMeasureWords.contains(unit.word), isQuotedSlogan(number, unitEnd: unitEnd) { return true }
        if unit.unitScalar == "年", namesProgramme(unitEnd: unitEnd) { return true }
        // “科技九条”, “新36条”, “国五条”: a policy named after its articles, the number closing a
        // short quoted name (“十条措施”, which opens with it, counts measures).
        if unit.wordScalar == "条", after == "”", closesQuotedName(at: number.start) { return true }
        if isOneNumeral {
            switch (text[number.start], unit.wordScalar) {
            // 红十字, 十字路口: a cross.
            case ("十", "字"?): return true
            // 四处碰壁, 四处奔走: everywhere; 扑灭了四处起火点, 新增的四处遗产 count.
            case ("四", "处"?): return number.start == 0 || !Self.beforeCountedPlaces.contains(text[number.start - 1])
            // The consumer's guarantee of repair, replacement and refund: 三包规定, “三包”服务.
            case ("三", "包"?): return after.map(Self.afterWarranty.contains) ?? false
            default: break
            }
        }
        // 63698部队 names a unit; 500米口径球面射电望远镜, the FAST telescope.
        if unit.wordScalar == "部" && after == "队" { return true }
        if unit.wordScalar == "米", hasWord(Self.aperture, at: unitEnd) { return true }
        // 冬季两项 (biathlon), 铁人三项, 现代五项, 坦克两项, 十项全能: sports, not counts of items.
        if unit.wordScalar == "项", isOneNumeral, Self.sportsOfItems.contains(where: { hasWord($0.prefix, endingAt: number.start) && text[number.start] == $0.numeral })
            || hasWord(Self.allRound, at: unitEnd) {
            return true
        }
        return namesClassOrEvent(unit, start: number.start, unitEnd: unitEnd)
    }

    /// 53公斤级, 81公斤以上级, 30万吨级, 90座级 and 3000亿元级产业集群 name a class (7个级别 counts
    /// classes); 100米仰泳, 4×50米接力, 50米步枪 and 女子1000米 name a sports event.
    private func namesClassOrEvent(_ unit: UnitEntry, start: Int, unitEnd: Int) -> Bool {
        var at = unitEnd
        if hasWord(Self.above, at: at) || hasWord(Self.below, at: at) { at += 2 }
        if scalar(at: at) == "级", scalar(at: at + 1) != "别" { return true }
        guard unit.kind == .measure else { return false }
        // 100米栏 (hurdles), not 栏杆 (a railing) or 栏目 (a programme).
        if scalar(at: at) == "栏", !(scalar(at: at + 1).map("杆目".unicodeScalars.contains) ?? false) {
            return true
        }
        if Self.eventGroups.contains(where: { hasWord($0, endingAt: start) }), namesEvent(after: unitEnd) { return true }
        return Self.events.contains { hasWord($0, at: unitEnd) }
    }

    /// True when 男子100米 names an event (决赛, 气步枪, 和200米冠军, 的比赛, or nothing more)
    /// rather than measuring something about a man: 一名男子10米高处坠落.
    private func namesEvent(after unitEnd: Int) -> Bool {
        var next = unitEnd
        if scalar(at: next) == "的" { next += 1 }
        return next >= text.count || !Self.afterPlainDistance.contains(text[next])
    }

    private static let aperture = Array("口径".unicodeScalars)
    /// Who competes, right before the distance or weight of an event: 男子100米, 女子7.5公里.
    private static let eventGroups = ["男子", "女子", "混合", "男女", "双人", "单人"].map { Array($0.unicodeScalars) }
    /// What follows a distance that measures: 高处, 深, 长, 宽, 远, 外, 左右, 以上, 多.
    private static let afterPlainDistance = Set("高深长宽远外处左以多".unicodeScalars)
    /// 冬季两项 (biathlon), 铁人三项 (triathlon), 现代五项 (modern pentathlon), 坦克两项 (tank biathlon).
    private static let sportsOfItems: [(prefix: [Unicode.Scalar], numeral: Unicode.Scalar)] = [
        (Array("冬季".unicodeScalars), "两"), (Array("铁人".unicodeScalars), "三"), (Array("现代".unicodeScalars), "五"),
        (Array("坦克".unicodeScalars), "两"),
    ]
    private static let allRound = Array("全能".unicodeScalars)

    private static let above = Array("以上".unicodeScalars)
    private static let below = Array("以下".unicodeScalars)
    /// Events named by a distance: swimming strokes, relays, hurdles, shooting, race walking.
    private static let events = ["自由泳", "仰泳", "蛙泳", "蝶泳", "混合泳", "接力", "跨栏", "障碍", "手枪", "步枪", "竞走"]
        .map { Array($0.unicodeScalars) }

    /// Measure words of numbered slogans: “四个伟大”, “三支一扶”, “四种形态”, “四类人员”, “两张皮”.
    /// Not 条, 项 or 件, whose quotations count measures (“十条措施”, “十件实事”).
    private static let sloganMeasureWords: Set<[Unicode.Scalar]> = [["个"], ["支"], ["种"], ["类"], ["张"]]
    /// Words before 四处 that make it four places: 了, 的, 有, 添, 这, 那, 共, 等.
    private static let beforeCountedPlaces = Set("了的有添这那共等".unicodeScalars)
    /// What follows the 三包 of the guarantee: 规定, 服务, 凭证, 政策, 责任, 有效期, a closing quote.
    private static let afterWarranty = Set("规服凭政责有期”".unicodeScalars)

    /// 两角五分 and 每份午餐只收五角 are sums; 长三角, 珠三角, 五角大楼 and 八角 are not. After a Chinese
    /// numeral a bare 角 is money only before a 分 amount or after a word of price (三角钱 matches
    /// the unit 角钱; 5角, in digits, is money on its own).
    private func isSumInDimes(_ number: ParsedNumber, unitEnd: Int) -> Bool {
        if unitEnd + 1 < text.count, case .chineseDigit(let digit, _)? = NumeralCharacter(text[unitEnd]), digit > 0,
           text[unitEnd + 1] == "分", scalar(at: unitEnd + 2) != "之" {
            return true
        }
        guard number.start > 0, Self.beforePrice.contains(text[number.start - 1]) else { return false }
        return unitEnd == text.count || !Self.afterPlaceName.contains(text[unitEnd])
    }

    /// Words right before a price: 收五角, 售, 卖, 付, 花, 补, 降, 涨, 提高了两角, 降低, 涨到三角, 降为, 只要.
    private static let beforePrice = Set("收售卖付花补降涨高低了到为要".unicodeScalars)
    /// What follows the 三角 of a name: 三角洲, 三角形, 五角大楼, 八角街, 六角亭, 三角区, 三角地带.
    private static let afterPlaceName = Set("洲形大街亭区地".unicodeScalars)

    /// 中央纪委四次全会, 十三届全国人大三次会议: a numbered session, named after the 届 within a
    /// few words before it; not a count of meetings (召开21次会议, 本届职代会召开了五次会议). And
    /// 草案三次审议稿, the draft of a numbered reading.
    private func isSessionName(_ number: ParsedNumber, unitEnd: Int) -> Bool {
        if hasWord(Self.plenary, at: unitEnd) || hasWord(Self.readingDraft, at: unitEnd) { return true }
        guard hasWord(Self.meeting, at: unitEnd), !Self.holdingVerbs.contains(where: { hasWord($0, endingAt: number.start) }) else {
            return false
        }
        // 十三届全国人大常委会 is the longest name between 届 and the session's number.
        return text[max(0, number.start - 12)..<number.start].contains("届")
    }

    private static let plenary = Array("全会".unicodeScalars)
    /// 草案三次审议稿: the draft of the third reading.
    private static let readingDraft = Array("审议稿".unicodeScalars)
    private static let meeting = Array("会议".unicodeScalars)
    private static let holdingVerbs = ["召开", "开了", "举行", "开过"].map { Array($0.unicodeScalars) }

    /// “四个伟大”, “三支一扶”, “两张皮”: one Chinese numeral opening a quotation that goes on for a
    /// few more words after the measure word names a slogan. “十六条”措施 and “52处” stay figures.
    private func isQuotedSlogan(_ number: ParsedNumber, unitEnd: Int) -> Bool {
        guard scalar(at: number.start - 1) == "“", scalar(at: unitEnd)?.isIdeograph == true else {
            return false
        }
        // Slogans run to six code points after the measure word (“三个区分开来”, “五个必须”).
        return text[unitEnd..<min(text.count, unitEnd + 8)].contains("”")
    }

    /// True when a “ opens a name of a few words right before `start`: “科技九条.
    private func closesQuotedName(at start: Int) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 8 {
            let character = text[index]
            if character == "“" { return index < start - 1 }
            guard character.isIdeograph else { return false }
            index -= 1
        }
        return false
    }

    /// 五年规划, 三年行动方案, 十年计划, 三年攻坚: the span of a named programme. (In 今后三年计划投入
    /// 计划 is the verb "plan to", but 今后三年 is a period, no figure either: FigureScanner+TimeReferences.)
    private func namesProgramme(unitEnd: Int) -> Bool {
        Self.programmeWords.contains { hasWord($0, at: unitEnd) }
    }

    private static let programmeWords = ["规划", "行动", "攻坚", "计划"].map { Array($0.unicodeScalars) }
}
