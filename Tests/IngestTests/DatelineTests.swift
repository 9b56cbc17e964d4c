import Ingest
import Testing
import TongjiCore

/// Reports set as a site or broadcast transcript lays them out: a title line, then a dateline
/// (央视网消息（新闻联播）：, 中新网…日电, 光明网讯) instead of 本报讯. The text is the sample page's.
@Suite struct DatelineTests {
    static let transcript = """
        西藏工会举办职工演讲比赛
        央视网消息（新闻联播）：6月4日，西藏自治区总工会在拉萨举办“中国梦·劳动美——永远跟党走 奋进新征程”全区职工演讲比赛决赛。
        比赛最终评选出一等奖2名、二等奖3名、三等奖5名、优秀奖3名。
        秦皇岛市快递行业联合工会成立 实现快递行业工会组织全覆盖 50多家会员单位没有建立工会组织的问题得到解决
        中新网秦皇岛6月15日电（记者 朱润胜）日前，河北省秦皇岛市快递行业联合工会召开第一届第一次会员代表大会。
        秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。
        小型分散的快递企业如何建会？
        光明网讯 考虑到小型分散的快递企业暂时难以单独建会，秦皇岛市总工会通过“工会委员会+联合工会”的形式，实现快递行业工会组织全覆盖。
        记者探访：上海红色工运主题图片展
        人民日报客户端消息（记者钱培坚）近日，由上海市总工会主办的“致敬！红色工运”主题图片展在上海市工人文化宫二楼展厅开幕。
        国内联播快讯
        央视网消息（新闻联播）：
        西藏工会举办职工演讲比赛
        自治区各级工会组织职工开展预赛150多场，1100多名职工参赛，近5万名职工现场聆听演讲。
        记者探访上海市工人文化宫
        央视网(新闻联播)消息：图片展以上海红色工人运动中的重要人物及其故事为主线。
        甘肃工会持续开展百万职工技能素质提升活动
        中国网络电视台(新闻联播)：甘肃省总工会通过百万职工职业技能素质提升活动，培养命名了一批技能人才。
        """

    @Test func eachDatelineStartsAReportTitledByTheLineBeforeIt() throws {
        let document = try Ingester().document(fromBytes: Array(Self.transcript.utf8), name: "transcript.txt")
        #expect(document.articles.map(\.title) == [
            "西藏工会举办职工演讲比赛",
            "秦皇岛市快递行业联合工会成立 实现快递行业工会组织全覆盖 50多家会员单位没有建立工会组织的问题得到解决",
            "小型分散的快递企业如何建会？",
            "记者探访：上海红色工运主题图片展",
            "国内联播快讯",
            "记者探访上海市工人文化宫",
            "甘肃工会持续开展百万职工技能素质提升活动",
        ])
        #expect(document.articles.map { $0.paragraphs.first?.lines.lowerBound } == [1, 4, 7, 9, 11, 15, 17])
        // A digest's item titles are section headings of the digest, not reports of their own.
        #expect(document.articles[4].paragraphs.map(\.role) == [.heading, .lead, .heading, .body])
        #expect(document.articles[3].byline == "")
    }

    /// An editor's credit in brackets closes a report; it must not title the next one.
    @Test func anEditorsCreditClosesTheReportBeforeTheNextTitle() throws {
        let text = """
            西藏工会举办职工演讲比赛
            中国网络电视台消息(新闻联播)：6月4日，西藏自治区总工会在拉萨举办全区职工演讲比赛决赛。
            (视频编辑：张贝龙 文字编辑：温凤浩)
            秦皇岛市快递行业联合工会成立
            中国网络电视台消息(新闻联播)：河北省秦皇岛市快递行业联合工会召开第一届第一次会员代表大会。
            （责任编辑：王晨）
            """
        let document = try Ingester().document(fromBytes: Array(text.utf8), name: "credits.txt")
        #expect(document.articles.map(\.title) == ["西藏工会举办职工演讲比赛", "秦皇岛市快递行业联合工会成立"])
        #expect(document.articles.map { $0.paragraphs.last?.role } == [.byline, .byline])
        #expect(document.articles.map(\.byline) == ["(视频编辑：张贝龙 文字编辑：温凤浩)", "（责任编辑：王晨）"])
    }

    @Test func runningTextThatMentionsNewsOrADateIsNoDateline() throws {
        let text = """
            职工书屋建设
            记者从市总工会获悉消息：全市今年建成职工书屋120家。
            据新华社消息，各地工会已发放慰问金3000多万元。
            今日电力职工技能比武在西宁举行，120名选手参赛。
            截至6月15日电网最高负荷达到9.8亿千瓦
            """
        let document = try Ingester().document(fromBytes: Array(text.utf8), name: "running.txt")
        #expect(document.articles.count == 1)
        #expect(document.articles[0].paragraphs.map(\.role) == [.heading, .body, .body, .body, .heading])
    }
}
