import Aggregate
import Extract
import Normalise
import TestSupport
import Testing
import TongjiCore

/// Grouping and summing the figures of the sample page's 甘肃 article.
@Suite struct AggregatorTests {
    static func groups() throws -> [FigureGroup] {
        try Aggregator(categories: UnionNews.categories).groups(of: GansuArticle.figures())
    }

    @Test func fundingOfGansuSumsToAtLeast208556600YuanCountedOnce() throws {
        let figures = try GansuArticle.figures()
        let funding = try #require(try Self.groups().first {
            $0.key.category == "funding" && $0.key.province == "甘肃省" && $0.key.unit == "元"
        })
        #expect(funding.sum == ExactDecimal(208_556_600))
        #expect(funding.sumInTenThousandYuan == ExactDecimal("20855.66"))
        #expect(funding.bound == .atLeast, "1464万余元 and 9160万余元 are lower bounds")
        #expect(funding.countedIDs.map { figures[$0].figure.span } == ["1406.46万元", "8825.2万元", "1464万余元", "9160万余元"])
        #expect(funding.duplicateIDs.count == 4, "the reprinted passage is kept but not summed")
        #expect(funding.minimum == ExactDecimal(14_064_600))
        #expect(funding.maximum == ExactDecimal(91_600_000))
    }

    /// 增长2.5倍和4.1倍 do not make 6.6倍: multiples, shares, ages and temperatures are counted
    /// and ranged, never summed.
    @Test func multiplesAreCountedButNotSummed() throws {
        let figures = try GansuArticle.figures()
        let multiples = try #require(try Self.groups().first { $0.key.unit == "倍" })
        #expect(multiples.countedIDs.map { figures[$0].figure.span } == ["2.5倍", "4.1倍"])
        #expect(!multiples.addsUp && multiples.sum == nil)
        #expect(multiples.minimum == ExactDecimal("2.5") && multiples.maximum == ExactDecimal("4.1"))
        let stocks = try Self.groups().filter { Period.isCurrent(label: $0.key.period) }
        #expect(stocks.flatMap(\.countedIDs).map { figures[$0].figure.span } == ["210多名"], "截至目前，甘肃省已有210多名技能人才")
        #expect(try Self.groups().filter { ($0.kind == .money || $0.kind == .people) && !stocks.contains($0) }
            .allSatisfy { $0.addsUp && $0.sum != nil })
    }

    /// The running total of each day's report (累计确诊) is a level, not an amount: counted and
    /// ranged, never summed. A period of the sentence before scopes over a bare 累计, which then
    /// totals that period and is summed.
    @Test func runningTotalsAreCountedButNotSummed() throws {
        let days = [("全国累计报告确诊病例37198例。", 8), ("全国累计报告确诊病例40171例。", 9)]
        let normaliser = Normaliser(categories: UnionNews.categories)
        let daily = days.enumerated().flatMap { id, day in
            let figure = FigureExtractor().figures(in: day.0)[0]
            let meaning = normaliser.meanings(of: [SentenceFigure(figure: figure, sentence: 0)],
                                              in: ArticleText(title: "疫情通报", sentences: [day.0],
                                                              date: CalendarDate(year: 2020, month: 2, day: day.1)))[0]
            return [NormalisedFigure(id: id, figure: figure, meaning: meaning)]
        }
        let cases = try #require(Aggregator(categories: UnionNews.categories).groups(of: daily).first)
        #expect(cases.key.period == "目前（2020年）" && cases.count == 2)
        #expect(!cases.addsUp && cases.sum == nil)
        #expect(cases.minimum == ExactDecimal(37198) && cases.maximum == ExactDecimal(40171))

        let sentences = ["2020年以来，全省工会开展技能竞赛500场。", "累计服务职工3万人次。", "累计建成服务站300个。", "新建服务站30个。"]
        let located = sentences.enumerated().flatMap { index, sentence in
            FigureExtractor().figures(in: sentence).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let meanings = normaliser.meanings(of: located, in: ArticleText(title: "全省工会服务职工", sentences: sentences))
        #expect(meanings.map { $0.period?.label } == ["2020年以来", "2020年以来", "2020年以来", "2020年以来"],
                "the opening 2020年以来 scopes over the account")
        let bare = ["累计建成服务站300个。", "新建服务站30个。"]
        let bareFigures = bare.enumerated().flatMap { index, sentence in
            FigureExtractor().figures(in: sentence).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let bareMeanings = normaliser.meanings(of: bareFigures, in: ArticleText(title: "全省工会服务职工", sentences: bare))
        #expect(bareMeanings.map { $0.period?.label } == ["目前", nil], "a bare 累计 covers its own sentence alone")
    }

    @Test func economicOutputIsNotFunding() throws {
        let funding = try Self.groups().filter { $0.key.category == "funding" }
        let figures = try GansuArticle.figures()
        #expect(!funding.flatMap(\.countedIDs).contains { figures[$0].figure.span == "7.6亿元" })
    }

    @Test func everyFigureLandsInExactlyOneGroup() throws {
        let ids = try Self.groups().flatMap { $0.countedIDs + $0.duplicateIDs + $0.partIDs }
        #expect(ids.sorted() == Array(try GansuArticle.figures().indices))
    }

    @Test func groupsComeInDefinitionOrderAndAreStable() throws {
        let groups = try Self.groups()
        let categories = groups.map(\.key.category).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(categories == ["competitions", "funding", "other"])
        let reversed = try Aggregator(categories: UnionNews.categories).groups(of: GansuArticle.figures().reversed())
        #expect(reversed == groups)
    }

    @Test func partsAreCountedButNotSummed() throws {
        let sentences = ["秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。",
                         "其中邮政公司、顺丰公司等快递企业已单独建会，50多家会员单位没有建立工会组织。"]
        let located = sentences.enumerated().flatMap { index, sentence in
            FigureExtractor().figures(in: sentence).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let meanings = Normaliser(categories: UnionNews.categories)
            .meanings(of: located, in: ArticleText(title: "秦皇岛市快递行业联合工会成立", sentences: sentences))
        #expect(meanings[2].isPart)
        #expect(meanings[2].partOf == 0, "50多家会员单位 is part of the 85家 member units")
        let figures = located.indices.map { NormalisedFigure(id: $0, figure: located[$0].figure, meaning: meanings[$0]) }
        let members = try #require(Aggregator(categories: UnionNews.categories).groups(of: figures).first {
            $0.key.category == "membership" && $0.key.unit == "家"
        })
        #expect(members.sum == ExactDecimal(85))
        #expect(members.partIDs == [2])
        #expect(members.key.province == "河北省")
    }
}
