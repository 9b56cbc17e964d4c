import TongjiCore

/// Units that also start other words, or that follow a number which is no count: medals or a
/// metal (20金 / 三金制度), trains or the verb "list" (325列 / 列入), provinces or a province's
/// office (3省 / 省委), votes or box office (232票 / 票房), quilts or a bed's number (300床棉被 /
/// 25床的患者), episodes or an army group (30集 / 79集团军), rounds or wheels (三轮 / 三轮车),
/// passages or a rank (216段 / 九段), subjects or a place (6门 / 三门峡), machines, a level or a
/// place (5台 / 9万亿台阶 / 五台山), groups or an organisation (三组选手 / 两组织), sets or a channel
/// (两套设备 / 央视三套), essays or a slogan (75篇论文 / 三篇大文章), editions or a session (已举办
/// 五届 / 十九届六中全会), weeks or a jump (为期三周 / 四周跳), yuan or an idiom (每斤三元 / 连中三元),
/// flags or a side (10面红旗 / 三面环山), programmes or a time slot (20档节目 / 19:30档), people or a
/// hotline (10万职工 / 12351职工服务热线), and a voltage rating (800千伏), which describes equipment.
extension FigureScanner {
    func misreadsAmbiguousUnit(_ number: ParsedNumber, range: ParsedNumber?, unit: UnitEntry, unitEnd: Int) -> Bool {
        let after = scalar(at: unitEnd)
        let isOneNumeral = !number.isArabic && number.end - number.start == 1 && range == nil
        // Compared by the unit's one code point: comparing words or strings cost an allocation
        // or hundreds of instructions at every figure.
        switch unit.word.count == 1 ? unit.unitScalar : nil {
        case "金"?, "银"?, "铜"?:
            return !isMedalCount(number, unitEnd: unitEnd)
        // 列入, 列为, 列举, 列出: the verb "list"; 省委, 省长, 省级, 206省道: no count of provinces;
        // 两票制, 票房, 票据.
        case "列"?: return after.map(Self.afterListVerb.contains) ?? false
        case "省"?: return after.map(Self.afterProvinceWord.contains) ?? false
        case "票"?: return after.map(Self.afterTicketWord.contains) ?? false
        // 300床棉被 counts quilts; 为25床的患者 and 跑到了25床前 name a bed.
        case "床"?: return after.map(Self.afterBedNumber.contains) ?? false
        // 79集团军 names an army group; 三轮车, 两轮摩托车 and 四轮驱动 name vehicles.
        case "集"?: return after == "团"
        case "轮"?: return after.map(Self.afterWheels.contains) ?? false
        // 三部法律 and 70部长篇小说 count works; 五部分, 两部署, 四部曲, 两部制, 五部原部长 and 三部长
        // are other words, and 两高三部 names the ministries with the two high courts.
        case "部"?:
            if scalar(at: number.start - 1) == "高" { return true }
            // 部长 and 原部长 are offices; 长篇, 长片 and 原创 are works.
            if after == "长" || after == "原" {
                return !(scalar(at: unitEnd + 1).map("篇片创".unicodeScalars.contains) ?? false)
            }
            return after.map(Self.afterPartWord.contains) ?? false
        // 160匹马力 is horsepower; 夫妻俩把 is the preposition 把.
        case "匹"?: return after == "马" && scalar(at: unitEnd + 1) == "力"
        case "把"?: return text[number.start] == "俩"
        // 10万尾鱼苗 counts fish; 七尾市 is a city; 9万亿台阶 is a level reached, not machines.
        case "尾"?: return after == "市"
        // 两台挖掘机 and 三台地方戏 count; 五台山, 三台县, 七台河, 九台区 and 四台子村 are places, and
        // 电视五台 a television channel.
        case "台"?:
            return after.map(Self.afterPlaceWithTai.contains) == true || (isOneNumeral && scalar(at: number.start - 1) == "视")
        // 两套设备 and 购买电视三套 count sets; 央视三套 and 我台七套 name a television channel.
        case "套"?: return isOneNumeral && Self.channelOwners.contains { hasWord($0, endingAt: number.start) }
        // 75篇论文 counts articles; 做好三篇大文章 is a slogan.
        case "篇"?: return hasWord(Self.greatEssay, at: unitEnd)
        // 为期三周 is a length of time; 四周跳 and 三周半跳 are figure-skating jumps.
        case "周"?: return after == "跳" || (after == "半" && scalar(at: unitEnd + 1) == "跳")
        // 独中三元 and 连中三元 (three firsts in a row) are an idiom, not 3 yuan.
        case "元"?: return isOneNumeral && scalar(at: number.start - 1) == "中"
            && scalar(at: number.start - 2).map("独连".unicodeScalars.contains) == true
        // 10面红旗, 两面镜子 and 锦旗(共)30面 count flags and mirrors; 四面八方, 两面人 and 三面环山 are
        // other words.
        case "面"?:
            let noun = scalar(at: number.start - 1) == "共" ? number.start - 1 : number.start
            return !(after.map(Self.afterFlagCount.contains) == true || Self.flagWords.contains { hasWord($0, endingAt: noun) })
        // 20档精品节目 counts programmes; 档次, 档位, 档案, 档期 and 档口 are other words. (A time
        // slot, 19:30档, is read as a clock time before any unit.)
        case "档"?: return after.map("次位案期口".unicodeScalars.contains) == true
        case "届"?: return !isEditionCount(number, unitEnd: unitEnd)
        // 三组选手 and 两组花坛 count groups; 两组织, 组合, 组长 and 组建 are other words, and
        // 村五组 names a village's group.
        case "组"?:
            return after.map(Self.afterGroupWord.contains) == true
                || (isOneNumeral && scalar(at: number.start - 1).map(Self.beforeGroupName.contains) == true)
        // 216段论述 counts passages (论述, not 论). 九段 is go's top grade (李世石九段, 职业五段) or a stretch of
        // railway (安九段); 5段式, 三段论, 十段赛, 1段奶粉 and 焦作1段工程 name a design, a syllogism,
        // a tournament, a stage of formula and a section.
        case "段"?:
            if after.map(Self.afterSegmentWord.contains) == true || Self.segmentNames.contains(where: { hasWord($0, at: unitEnd) })
                || (after == "论" && scalar(at: unitEnd + 1) != "述") {
                return true
            }
            return isOneNumeral && (text[number.start] == "九" || Self.goRanks.contains { hasWord($0, endingAt: number.start) })
        // 6门课程 counts subjects; 三门峡, 三门核电站, 四门洞村, 80门槛 and 门票 are other words,
        // and 三门 after 浙江, in a list of places, or before 一带 or 到 is a county (在浙江三门，,
        // 嘉兴、三门、松阳), not three subjects (语数外三门，).
        case "门"?:
            if isOneNumeral, text[number.start] == "三" {
                let before = scalar(at: number.start - 1)
                if before == "江" || (before == "、" && after == "、") || after == "一" || after == "到" { return true }
            }
            return after.map(Self.afterGateWord.contains) ?? false
        default: break
        }
        if unit.word == Self.kilovolt { return true }
        guard unit.kind == .people, unit.word.count > 1 else { return false }
        // 12351职工服务热线, 1.2亿农民工工资, 300会员单位, 100党员先锋岗: the noun names something else.
        if Self.afterPeopleNoun.contains(where: { hasWord($0, at: unitEnd) }) { return true }
        // 2023职工技能大赛, 举办2024学生暑期活动: a year opening a title. A count that large is
        // written with 名 or 人, or hedged (2000多困难职工).
        if number.isPositional, number.integerDigits == 4, unitEnd - unit.word.count == number.end,
           Self.titleYears.contains(number.value.low) {
            return true
        }
        // 初三学生, 高三, 大四, 研二: a school year.
        return isOneNumeral && number.start > 0 && Self.beforeSchoolYear.contains(text[number.start - 1])
    }

    private static let afterWheels = Set("车摩驱".unicodeScalars)
    private static let afterPlaceWithTai = Set("阶山县河区子市镇乡村".unicodeScalars)
    private static let afterPartWord = Set("分署位件落首属曲制".unicodeScalars)
    private static let afterBedNumber = Set("的前旁边".unicodeScalars)
    private static let afterGateWord = Set("峡核县湾洞堰木槛票诊户窗口店类面卫徒前外".unicodeScalars)
    /// What follows a count of flags or mirrors: 红旗, 国旗, 五星红旗, 旗帜, 锦旗, 鲜艳的…, 镜子.
    private static let afterFlagCount = Set("红国五旗锦鲜镜".unicodeScalars)
    private static let flagWords = ["锦旗", "国旗", "红旗", "旗帜"].map { Array($0.unicodeScalars) }
    private static let channelOwners = ["央视", "卫视", "电视台", "我台", "本台"].map { Array($0.unicodeScalars) }
    private static let greatEssay = Array("大文章".unicodeScalars)
    private static let afterGroupWord = Set("织合长成建员委组".unicodeScalars)
    private static let beforeGroupName = Set("村社队".unicodeScalars)
    private static let afterSegmentWord = Set("式赛位奶".unicodeScalars)
    private static let segmentNames = ["工程", "工艺"].map { Array($0.unicodeScalars) }
    private static let goRanks = ["围棋", "职业", "业余"].map { Array($0.unicodeScalars) }

    /// 已成功举办7届, 连续举办了五届, 征战三届奥运会, 连续两届获得: editions held or taken part in,
    /// after a verb that says so. Without one, N届 is an ordinal (党的十九届, 与前四届不同, 参加十三届
    /// 全国人大一次会议), and so it is when a session's number or a body follows (举办十九届六中全会
    /// 精神宣讲, 举行十八届中央政治局第一次集体学习). 2026届毕业生 is a year's class.
    private func isEditionCount(_ number: ParsedNumber, unitEnd: Int) -> Bool {
        if number.isPositional, number.integerDigits == 4 { return false }
        var verbEnd = number.start
        if scalar(at: verbEnd - 1) == "了" { verbEnd -= 1 }
        guard Self.editionVerbs.contains(where: { hasWord($0, endingAt: verbEnd) }),
              !Self.termedBodies.contains(where: { hasWord($0, at: unitEnd) }) else { return false }
        // 十九届六中全会, 十二届二十三次全会: a plenary's or session's number follows.
        var end = unitEnd
        while let numeral = scalar(at: end), NumeralCharacter(numeral) != nil { end += 1 }
        return end == unitEnd || !(scalar(at: end).map("中次".unicodeScalars.contains) ?? false)
    }

    /// Verbs before a count of editions: held (举办, 承办, 办了, 举行), in a row (连续), lasted
    /// (历经), served (连任), took part (征战).
    private static let editionVerbs = ["办", "举行", "连续", "历经", "连任", "征战"].map { Array($0.unicodeScalars) }
    /// Bodies elected for a numbered term: 十八届中央政治局, 十三届全国人大, 十届全委会.
    private static let termedBodies = ["中央", "全国人大", "全国政协", "人大", "政协", "全委", "党委", "委员"]
        .map { Array($0.unicodeScalars) }

    /// 20金14银9铜, 获得三金, 以5金2银3铜的成绩: a medal count next to another, after a verb of
    /// winning, or in a sentence about sport. Not 施六金 (a name), 2020金秋, 三金制度.
    private func isMedalCount(_ number: ParsedNumber, unitEnd: Int) -> Bool {
        if scalar(at: unitEnd).map(Self.afterMetalWord.contains) == true { return false }
        // The next medal count, or the one before, with a list comma between or not (5金、3银、1铜).
        var next = unitEnd
        if scalar(at: next).map(Self.listMarks.contains) == true { next += 1 }
        if let numeral = scalar(at: next), NumeralCharacter(numeral) != nil { return true }
        var before = number.start - 1
        if scalar(at: before).map(Self.listMarks.contains) == true { before -= 1 }
        if scalar(at: before) == "金" || scalar(at: before) == "银" { return true }
        if scalar(at: number.start - 1).map(Self.winningVerbEnds.contains) == true { return true }
        return Self.medalWords.contains { word in
            (0...max(0, text.count - word.count)).contains { hasWord(word, at: $0) }
        }
    }

    private static let titleYears = ExactDecimal(1949)...ExactDecimal(2049)
    private static let kilovolt = Array("千伏".unicodeScalars)
    private static let listMarks = Set("、，,".unicodeScalars)
    /// What makes 金, 银 or 铜 start a word: 金属, 金融, 金额, 金秋, 金鸡, 金熊猫, 银行, 银发, 铜像, 铜矿.
    private static let afterMetalWord = Set("店属融额矿器像行币条块饰砖制钱发边秋鸡熊字星杯".unicodeScalars)
    /// The last characters of 获, 夺, 包揽, 添, 摘, 夺得, 拿下, 拿到, 再入, 产生, 以.
    private static let winningVerbEnds = Set("获夺揽添摘得下到入生以".unicodeScalars)
    /// Words of a sentence about sport: 世锦赛, 比赛, 运动会, 奥运, 世界杯, 金牌, 冠军.
    private static let medalWords = ["赛", "运动会", "奥运", "奥会", "世界杯", "金牌", "银牌", "铜牌", "奖牌", "冠军"]
        .map { Array($0.unicodeScalars) }
    private static let afterListVerb = Set("入为举出车表".unicodeScalars)
    /// 省委, 省长, 省会, 省级, 省内, 省外, 省属, 省政府, 省部, 省厅, 省道.
    private static let afterProvinceWord = Set("委长会级政内外属部厅道".unicodeScalars)
    private static let afterTicketWord = Set("制房据".unicodeScalars)
    private static let afterPeopleNoun = ["热线", "服务热线", "单位", "先锋", "示范岗", "工资", "技能", "之家", "书屋"]
        .map { Array($0.unicodeScalars) }
    /// 初三, 高三, 大四, 研二: years of middle school, high school, university, graduate school.
    private static let beforeSchoolYear = Set("初高大研".unicodeScalars)
}
