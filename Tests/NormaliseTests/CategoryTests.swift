import Extract
import Normalise
import TestSupport
import Testing

/// Which keyword decides a figure's category, on sentences of the sample page.
@Suite struct CategoryTests {
    @Test func keywordInTheFiguresOwnClauseDecides() {
        let page = Normalised("2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。")
        #expect(page["1406.46万元"]?.category == "funding")
        #expect(page["1406.46万元"]?.categoryReason == "资金")
        #expect(page["8825.2万元"]?.category == "funding")
    }

    @Test func keywordsOfOtherFiguresClausesDoNotSpreadToTheirNeighbours() {
        let page = Normalised("2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。")
        #expect(page["1300多个"]?.category == "other")
        #expect(page["3120项"]?.category == "other")
        #expect(page["3900多人"]?.category == "other")
    }

    @Test func listsAndParticipantsTakeTheCategoryOfTheFigureBefore() {
        let page = Normalised("2020年以来，全省各级工会组织开展“当好主人翁、建功新时代”主题劳动竞赛3284项，参加单位5587个、班组4.5万个、职工126.3万人。")
        for span in ["3284项", "5587个", "4.5万个", "126.3万人"] {
            #expect(page[span]?.category == "competitions", "\(span)")
        }
        let awards = Normalised("比赛最终评选出一等奖2名、二等奖3名、三等奖5名、优秀奖3名。")
        #expect(awards.meanings.count == 4)
        #expect(awards.meanings.allSatisfy { $0.category == "competitions" })
    }

    /// Sentences of the national news (xwlb 2015, 2016): a part given after 其中 is part of the
    /// figure before it, and of its topic, though no keyword stands in its own clause.
    @Test func aPartTakesTheCategoryOfTheFigureBefore() {
        let funds = Normalised("截至2015年底，宁波对口帮扶到位资金5.51亿元，其中70%用于产业帮扶。")
        #expect(funds["70%"]?.category == "funding")
        #expect(funds["70%"]?.categoryReason == "资金")
        let spaced = Normalised("截至2015年底，宁波对口帮扶到位资金5.51亿元， 其中70%用于产业帮扶。")
        #expect(spaced["70%"]?.category == "funding", "a space after the comma, as page layouts leave")
        let frozen = Normalised("从2016年1月试运行至今，“查控中心”已冻结全国涉案账户40多万个，冻结资金11亿多元，其中8000多万元已返还被骗群众，其余十多亿元冻结资金将陆续返还。")
        #expect(frozen["8000多万元"]?.category == "funding")
        #expect(frozen["40多万个"]?.category == "other", "the figure before decides, not any figure of the sentence")
    }

    /// xwlb 2019: seats among spectators are a part of another kind, not of the figure before.
    @Test func onlyAPartOfTheSameKindOrAShareTakesTheCategoryOfTheFigureBefore() {
        let seats = Normalised("竞技场内可容纳6万名观众同时观看比赛，其中包括500个轮椅席位。")
        #expect(seats["6万名"]?.category == "competitions")
        #expect(seats["500个"]?.category == "other")
    }

    @Test func aKindFallbackDecidesOnlyWhenNoKeywordDoes() {
        let sentence = "甘肃省总工会通过百万职工职业技能素质提升活动，培养命名了700多个创新型班组，带动各级工会投入资金1464万余元，创造经济效益9.6亿元。"
        #expect(Normalised(sentence)["9.6亿元"]?.category == "other", "经济效益 is output, not funding")
        let withFallback = UnionNews.categories.map {
            var definition = $0
            if definition.name == "funding" { definition.fallbackKinds = [.money] }
            return definition
        }
        let figures = FigureExtractor().figures(in: sentence)
        let meanings = Normaliser(categories: withFallback).meanings(
            of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
        #expect(meanings.last?.category == "funding")
        #expect(meanings.last?.categoryReason == "元")
        #expect(meanings.first?.category == "other")
    }

    @Test func membershipWordsDecide() {
        #expect(Normalised("其中邮政公司、顺丰公司等快递企业已单独建会，50多家会员单位没有建立工会组织。")["50多家"]?.category == "membership")
        #expect(Normalised("据统计，2020年，在各级党委组织部门的大力支持下，全省基层工会在广大职工中“推优入党”8998名，取得了很好的工作成效。")["8998名"]?.category == "membership")
    }

    @Test func titleDecidesWhenTheSentenceHasNoKeyword() {
        let bare = Normalised("据统计，此次工匠直播月活动在线观看超30万人次。", title: "西藏工会举办职工演讲比赛")
        #expect(bare["超30万人次"]?.category == "competitions")
        #expect(bare["超30万人次"]?.categoryReason == "比赛", "the keyword nearest the end of the title")
        #expect(Normalised("据统计，此次工匠直播月活动在线观看超30万人次。")["超30万人次"]?.category == "other")
    }

    /// The category without keywords takes the rest whatever its name; with none, `other` does.
    @Test func theCategoryWithoutKeywordsTakesTheRest() {
        let sentence = "据统计，此次工匠直播月活动在线观看超30万人次，投入资金50万元。"
        let categories = [CategoryDefinition(name: "funding", label: "资金投入", keywords: ["资金"]),
                          CategoryDefinition(name: "misc", label: "杂项", keywords: [])]
        let figures = FigureExtractor().figures(in: sentence)
        let named = Normaliser(categories: categories).meanings(of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
        #expect(named.map(\.category) == ["misc", "funding"])
        let unnamed = Normaliser(categories: Array(categories.prefix(1))).meanings(
            of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
        #expect(unnamed.map(\.category) == ["other", "funding"])
    }

    @Test func lengthsOfTimeStayOther() {
        let sentence = "特别是2004年以来，甘肃省总工会联合有关部门持续17年开展百万职工技能素质提升活动，不断完善劳动和技能大赛的激励措施。"
        #expect(Normalised(sentence)["17年"]?.category == "other")
    }
}
