import Normalise
import TongjiCore

/// The union-news categories, as `Pipelines/union-news.yaml` declares them (a test in
/// PipelineTests checks that they agree); kept in Swift here so the other tests need no YAML
/// reader. AggregateTests links this file. Money has no fallback to funding here: union news
/// also reports money that is output, not funding (创造经济效益7.6亿元).
public enum UnionNews {
    public static let categories: [CategoryDefinition] = [
        CategoryDefinition(
            name: "competitions", label: "劳动竞赛",
            keywords: ["劳动竞赛", "技能竞赛", "竞赛", "比赛", "大赛", "技能比武", "比武", "赛事", "预赛", "初赛",
                       "复赛", "半决赛", "决赛", "参赛", "选手", "选拔赛", "擂台赛", "挑战赛", "比拼", "竞答",
                       "一等奖", "二等奖", "三等奖", "优秀奖", "金奖", "银奖", "铜奖", "获奖", "冠军", "夺冠",
                       "代表队", "演讲", "岗位练兵", "角逐"],
            kinds: [.people, .visits, .count, .number],
            exceptions: ["制造业单项冠军", "单项冠军企业", "隐形冠军", "军备竞赛", "发展竞赛", "太空竞赛"]),
        CategoryDefinition(
            name: "funding", label: "资金投入",
            keywords: ["资金", "经费", "投入", "筹集", "募集", "拨付", "划拨", "下拨", "预拨", "下达", "拨款", "发放",
                       "助学金", "慰问金", "慰问款", "补助", "补贴", "救助金", "救助", "资助", "援助", "筹措", "出资",
                       "奖补", "捐款", "捐赠", "捐助", "善款", "补偿金", "温暖金", "奖金", "奖励", "基金", "党费",
                       "稳岗返还", "投资", "预算", "支出", "安排", "拿出"],
            kinds: [.money],
            exceptions: ["涉案资金", "涉赌资金", "涉诈资金", "涉赌诈资金", "被骗资金", "诈骗资金", "非法集资", "集资诈骗",
                         "跨境资金", "资金流出", "资金流入", "资金外流", "货币基金组织", "基金公司", "私募基金", "基金管理", "基金收入",
                         "基金总收入", "基金收支", "基金累计结余", "基金结存", "基金当期结存", "基金余额",
                         "基金资产", "固定资产投资", "投资者", "预算收入"]),
        CategoryDefinition(
            name: "membership", label: "组织建设",
            keywords: ["会员", "工会会员", "入会", "入会率", "建会", "建会率", "新建工会", "基层工会", "建立工会",
                       "覆盖职工", "工会覆盖", "推优入党", "入党", "党员", "发展党员"],
            kinds: [.people, .visits, .count, .percent, .multiple, .number],
            exceptions: ["步入会", "进入会", "深入会", "涌入会", "列入会", "收入会", "摄入会", "吸入会", "会员国", "会员服务",
                         "会员费", "会员卡", "会员制", "党员干部", "党员群众", "党员和群众",
                         "党员志愿", "党员服务", "党员先锋", "党员示范", "党员教师", "党员教育", "党员活动", "找党员"]),
        CategoryDefinition(name: "other", label: "其他", keywords: []),
    ]
}
