import Aggregate
import Foundation
import Normalise
import TestSupport
import TongjiCore
@testable import Report

/// A fixed run over four articles of the union-news sample page: their real text, and the
/// figures and meanings the pipeline gives them (copied from its figures.csv, a few figures left
/// out to keep the golden file short). It covers every case the page draws: a span printed twice
/// in one sentence (3名), qualifiers (多, 余, 近), a part (其中), a reprint marked duplicate,
/// figures no category claims, and groups summed as exact, ≥ and ≈.
enum SamplePageRun {
    static let file = "union-news-page.txt"
    /// 2021-06-15 00:00 UTC, the run time the golden file shows.
    static let runTime = Date(timeIntervalSince1970: 1_623_715_200)

    static func run() -> ReportInput {
        var figures: [NormalisedRecord] = []
        var summaries: [ArticleSummary] = []
        for article in articles {
            var offset = 0
            for (number, paragraph) in article.paragraphs.enumerated() {
                for sentence in article.sentences where sentence.paragraph == number {
                    let start = offset + Samples.codePointOffsets(of: sentence.text, in: paragraph)[0]
                    var seen: [String: Int] = [:]
                    for figure in sentence.figures {
                        let occurrence = seen[figure.span, default: 0]
                        seen[figure.span] = occurrence + 1
                        figures.append(figure.normalised(in: sentence.text, occurrence: occurrence, sentenceStart: start,
                                                         article: article, line: sentence.line))
                    }
                }
                offset += paragraph.unicodeScalars.count
            }
            summaries.append(ArticleSummary(file: file, number: article.number, title: article.title, byline: article.byline,
                                            startLine: article.lines.lowerBound, endLine: article.lines.upperBound,
                                            paragraphs: article.paragraphs, sentenceCount: article.sentences.count,
                                            duplicateLines: article.duplicate ? [article.lines] : []))
        }
        figures[12].partOf = 10
        let groups = Aggregator(categories: UnionNews.categories).groups(of: figures.enumerated().map { id, normalised in
            NormalisedFigure(id: id, figure: normalised.record.figure, meaning: normalised.meaning,
                             duplicate: normalised.record.duplicate)
        })
        return ReportInput(title: "工会新闻数字统计", inputs: [file], runTime: runTime, figures: figures,
                           categories: UnionNews.categories, groups: groups, articles: summaries)
    }

    private struct SampleArticle {
        let number: Int
        let title: String
        let byline: String
        let lines: ClosedRange<Int>
        let paragraphs: [String]
        let sentences: [SampleSentence]
        var duplicate = false
    }

    private struct SampleSentence {
        let paragraph: Int
        let line: Int
        let text: String
        let figures: [SampleFigure]
    }

    private struct SampleFigure {
        let span: String, value: String, unit: String, kind: FigureKind, qualifier: Qualifier
        let meaning: Meaning

        init(_ span: String, _ value: String, _ unit: String, _ kind: FigureKind, _ qualifier: Qualifier = .exact,
             _ category: String, _ subject: String, period: Period? = nil, region: String = "", city: String = "",
             organisation: String = "", isPart: Bool = false) {
            self.span = span
            self.value = value
            self.unit = unit
            self.kind = kind
            self.qualifier = qualifier
            meaning = Meaning(category: category, subject: subject, period: period,
                              region: region.isEmpty ? nil : Region(province: region, city: city),
                              organisation: organisation, isPart: isPart)
        }

        func normalised(in sentence: String, occurrence: Int, sentenceStart: Int, article: SampleArticle,
                        line: Int) -> NormalisedRecord {
            let record = Samples.record(span, in: sentence, value: value, unit: unit, kind: kind, qualifier: qualifier,
                                        occurrence: occurrence, sentenceStart: sentenceStart, file: file, line: line,
                                        title: article.title, duplicate: article.duplicate)
            var numbered = record
            numbered.article = article.number
            return NormalisedRecord(record: numbered, meaning: meaning)
        }
    }

    private static let thisYear = Period(kind: .relative, words: "今年")
    private static let since2020 = Period(kind: .since, firstYear: 2020, words: "2020年以来")
    private static let endOf2020 = Period(kind: .endOfYear, firstYear: 2020, words: "截至2020年底")

    private static let tibet = SampleArticle(
        number: 3, title: "西藏工会举办职工演讲比赛", byline: "特约记者张中源", lines: 31...35,
        paragraphs: [
            "西藏工会举办职工演讲比赛",
            "本报讯（特约记者张中源）6月4日，西藏自治区总工会在拉萨举办“中国梦·劳动美——永远跟党走 奋进新征程”全区职工演讲比赛决赛。比赛最终评选出一等奖2名、二等奖3名、三等奖5名、优秀奖3名。",
            "演讲比赛于今年4月启动，分预赛、复赛、决赛三个阶段进行。自治区各级工会组织职工开展预赛150多场，1100多名职工参赛，近5万名职工现场聆听演讲。经选拔，78名选手进入复赛，13名选手进入决赛。",
        ],
        sentences: [
            SampleSentence(paragraph: 1, line: 33, text: "比赛最终评选出一等奖2名、二等奖3名、三等奖5名、优秀奖3名。", figures: [
                SampleFigure("2名", "2", "名", .people, .exact, "competitions", "一等奖", region: "西藏自治区", organisation: "西藏工会"),
                SampleFigure("3名", "3", "名", .people, .exact, "competitions", "二等奖", region: "西藏自治区", organisation: "西藏工会"),
                SampleFigure("5名", "5", "名", .people, .exact, "competitions", "三等奖", region: "西藏自治区", organisation: "西藏工会"),
                SampleFigure("3名", "3", "名", .people, .exact, "competitions", "优秀奖", region: "西藏自治区", organisation: "西藏工会"),
            ]),
            SampleSentence(paragraph: 2, line: 35, text: "演讲比赛于今年4月启动，分预赛、复赛、决赛三个阶段进行。", figures: [
                SampleFigure("三个", "3", "个", .count, .exact, "competitions", "阶段", period: thisYear, region: "西藏自治区", organisation: "西藏工会"),
            ]),
            SampleSentence(paragraph: 2, line: 35, text: "自治区各级工会组织职工开展预赛150多场，1100多名职工参赛，近5万名职工现场聆听演讲。", figures: [
                SampleFigure("150多场", "150", "场", .count, .over, "competitions", "预赛", period: thisYear, region: "西藏自治区", organisation: "西藏工会"),
                SampleFigure("1100多名", "1100", "名", .people, .over, "competitions", "职工", period: thisYear, region: "西藏自治区", organisation: "西藏工会"),
                SampleFigure("近5万名", "50000", "名", .people, .nearly, "competitions", "职工", period: thisYear, region: "西藏自治区", organisation: "西藏工会"),
            ]),
            SampleSentence(paragraph: 2, line: 35, text: "经选拔，78名选手进入复赛，13名选手进入决赛。", figures: [
                SampleFigure("78名", "78", "名", .people, .exact, "competitions", "选手", period: thisYear, region: "西藏自治区", organisation: "西藏工会"),
                SampleFigure("13名", "13", "名", .people, .exact, "competitions", "选手", period: thisYear, region: "西藏自治区", organisation: "西藏工会"),
            ]),
        ])

    private static let courier = SampleArticle(
        number: 4, title: "秦皇岛市快递行业联合工会成立", byline: "特约记者朱润胜 通讯员孙东丽", lines: 37...41,
        paragraphs: [
            "秦皇岛市快递行业联合工会成立",
            "秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。其中邮政公司、顺丰公司等快递企业已单独建会，50多家会员单位没有建立工会组织。考虑到小型分散的快递企业暂时难以单独建会，秦皇岛市总工会通过“工会委员会+联合工会”的形式，实现快递行业工会组织全覆盖。",
        ],
        sentences: [
            SampleSentence(paragraph: 1, line: 41, text: "秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。", figures: [
                SampleFigure("85家", "85", "家", .count, .exact, "membership", "会员单位", region: "河北省", city: "秦皇岛市", organisation: "秦皇岛市快递行业协会"),
                SampleFigure("3500余人", "3500", "人", .people, .over, "other", "从业人员", region: "河北省", city: "秦皇岛市", organisation: "秦皇岛市快递行业协会"),
            ]),
            SampleSentence(paragraph: 1, line: 41, text: "其中邮政公司、顺丰公司等快递企业已单独建会，50多家会员单位没有建立工会组织。", figures: [
                SampleFigure("50多家", "50", "家", .count, .over, "membership", "会员单位", region: "河北省", city: "秦皇岛市", organisation: "秦皇岛市快递行业联合工会", isPart: true),
            ]),
        ])

    private static let innovationText = "2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。"
    private static let teamsText = "甘肃省总工会通过百万职工职业技能素质提升活动，培养命名了700多个创新型班组，带动各级工会投入资金1464万余元，带动地方和企业投入专项资金9160万余元，支持班组完成技术创新项目3633项，创造经济效益9.6亿元，培养各类人才3820人。"

    private static let gansu = SampleArticle(
        number: 7, title: "甘肃工会持续开展百万职工技能素质提升活动", byline: "本报记者 康劲", lines: 69...129,
        paragraphs: [
            "2020年以来，全省各级工会组织开展“当好主人翁、建功新时代”主题劳动竞赛3284项，参加单位5587个、班组4.5万个、职工126.3万人。",
            "截至2020年底，共举办省级技能竞赛3500余项，已有274名职工通过技能竞赛获得甘肃省五一劳动奖章，授予1278名职工“甘肃省技术能手”、11448名职工“甘肃省技术标兵”称号，促进全省技能劳动者、高技能人才数量分别增长2.5倍和4.1倍。",
            "激发职工创新活力",
            innovationText,
            teamsText,
        ],
        sentences: [
            SampleSentence(paragraph: 0, line: 103, text: "2020年以来，全省各级工会组织开展“当好主人翁、建功新时代”主题劳动竞赛3284项，参加单位5587个、班组4.5万个、职工126.3万人。", figures: [
                SampleFigure("3284项", "3284", "项", .count, .exact, "competitions", "主题劳动竞赛", period: since2020, region: "甘肃省"),
                SampleFigure("5587个", "5587", "个", .count, .exact, "competitions", "参加单位", period: since2020, region: "甘肃省"),
                SampleFigure("4.5万个", "45000", "个", .count, .exact, "competitions", "班组", period: since2020, region: "甘肃省"),
                SampleFigure("126.3万人", "1263000", "人", .people, .exact, "competitions", "职工", period: since2020, region: "甘肃省"),
            ]),
            SampleSentence(paragraph: 1, line: 117, text: "截至2020年底，共举办省级技能竞赛3500余项，已有274名职工通过技能竞赛获得甘肃省五一劳动奖章，授予1278名职工“甘肃省技术能手”、11448名职工“甘肃省技术标兵”称号，促进全省技能劳动者、高技能人才数量分别增长2.5倍和4.1倍。", figures: [
                SampleFigure("3500余项", "3500", "项", .count, .over, "competitions", "省级技能竞赛", period: endOf2020, region: "甘肃省"),
                SampleFigure("274名", "274", "名", .people, .exact, "competitions", "职工", period: endOf2020, region: "甘肃省"),
                SampleFigure("1278名", "1278", "名", .people, .exact, "other", "职工", period: endOf2020, region: "甘肃省"),
                SampleFigure("11448名", "11448", "名", .people, .exact, "other", "职工", period: endOf2020, region: "甘肃省"),
                SampleFigure("2.5倍", "2.5", "倍", .multiple, .exact, "other", "高技能人才数量", period: endOf2020, region: "甘肃省"),
                SampleFigure("4.1倍", "4.1", "倍", .multiple, .exact, "other", "高技能人才数量", period: endOf2020, region: "甘肃省"),
            ]),
            SampleSentence(paragraph: 3, line: 125, text: innovationText, figures: [
                SampleFigure("1406.46万元", "14064600", "元", .money, .exact, "funding", "投入资金", period: since2020, region: "甘肃省"),
                SampleFigure("8825.2万元", "88252000", "元", .money, .exact, "funding", "企业投入创新经费", period: since2020, region: "甘肃省"),
                SampleFigure("7.6亿元", "760000000", "元", .money, .exact, "other", "经济效益", period: since2020, region: "甘肃省"),
            ]),
            SampleSentence(paragraph: 4, line: 127, text: teamsText, figures: teamsFigures),
        ])

    private static let teamsFigures = [
        SampleFigure("700多个", "700", "个", .count, .over, "other", "创新型班组", period: since2020, region: "甘肃省", organisation: "甘肃省总工会"),
        SampleFigure("1464万余元", "14640000", "元", .money, .over, "funding", "投入资金", period: since2020, region: "甘肃省", organisation: "甘肃省总工会"),
        SampleFigure("9160万余元", "91600000", "元", .money, .over, "funding", "企业投入专项资金", period: since2020, region: "甘肃省", organisation: "甘肃省总工会"),
    ]

    /// The end of the Weihai article, which reprints the Gansu paragraph: its figures are duplicates.
    private static let weihai = SampleArticle(
        number: 10, title: "威海工会“3+”服务为职工办实事", byline: "记者杨明清 通讯员夏丽萍", lines: 155...173,
        paragraphs: ["威海工会“3+”服务为职工办实事", teamsText],
        sentences: [SampleSentence(paragraph: 1, line: 171, text: teamsText, figures: teamsFigures)],
        duplicate: true)

    private static let articles = [tibet, courier, gansu, weihai]
}
