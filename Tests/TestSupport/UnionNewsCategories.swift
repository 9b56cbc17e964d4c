import Normalise
import TongjiCore

/// The union-news categories, as `Pipelines/union-news.yaml` declares them; kept in Swift here
/// so the tests need no YAML reader. AggregateTests links this file. Money has no fallback to
/// funding here: union news also reports money that is output, not funding (创造经济效益7.6亿元).
public enum UnionNews {
    public static let categories: [CategoryDefinition] = [
        CategoryDefinition(
            name: "competitions", label: "劳动竞赛",
            keywords: ["劳动竞赛", "技能竞赛", "竞赛", "比赛", "大赛", "技能比武", "比武", "赛事", "预赛", "初赛",
                       "复赛", "半决赛", "决赛", "参赛", "选手", "一等奖", "二等奖", "三等奖", "优秀奖", "金奖", "银奖",
                       "铜奖", "获奖", "演讲", "岗位练兵"]),
        CategoryDefinition(
            name: "funding", label: "资金投入",
            keywords: ["资金", "经费", "投入", "筹集", "募集", "拨付", "发放", "助学金", "慰问金", "补助", "补贴", "救助金",
                       "救助", "资助", "捐款", "捐赠", "奖金", "预算", "支出"]),
        CategoryDefinition(
            name: "membership", label: "组织建设",
            keywords: ["会员", "入会", "建会", "基层工会", "建立工会", "覆盖", "推优入党", "入党",
                       "党员", "发展党员"]),
    ]
}
