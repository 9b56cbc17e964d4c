import Extract
import Testing
import TongjiCore

/// Negative values, and the places where tongji differs from the peer recognisers in
/// ../shared/peers on purpose. Each difference is written down here so that it stays a choice.
@Suite struct SignAndPeerTests {
    static let signs: [Example] = [
        Example("同比增长⟦-2.3%⟧", v("-2.3", "%", .percent)),
        Example("短期利率为⟦负0.1%⟧", v("-0.1", "%", .percent)),
        Example("最低气温⟦-10℃左右⟧", v("-10", "℃", .measure, .approx)),
        Example("气温降到了⟦零下30度⟧", v("-30", "度", .measure)),
        Example("最低气温⟦零下45.6摄氏度⟧", v("-45.6", "摄氏度", .measure)),
        // 负 inside a word is no sign: 减负 (lighten a burden), 税负 (tax burden).
        Example("为企业减负⟦54亿元⟧", v("5400000000", "元", .money)),
        // A dash after a number joins a range, after a letter a code, after a word a model name.
        Example("成活率⟦75%-80%⟧", v("75", "%", .percent, upper: "80")),
        Example("票价⟦500-1000元⟧", v("500", "元", .money, upper: "1000")),
        Example("歼-20首次亮相"),
    ]

    static let disagreements: [Example] = [
        // Recognizers-Text reads 三分之一 as 0.333…: no exact decimal holds a third, and a
        // share in words is not a count, so tongji reports no figure.
        Example("三分之一的职工"),
        // Peers report 一 in 一只 as the number 1; in news 一 + measure word is an article
        // ("a"), not a statistic.
        Example("一只小猫"),
        // Recognizers-Text reads 千分之五 as 0.005; tongji keeps shares as percent: 0.5 %.
        Example("⟦千分之五⟧", v("0.5", "%", .percent)),
        // Peers give 二十几万 as 200000; tongji gives the range it says, 21万 to 29万.
        Example("⟦二十几万人⟧", v("210000", "人", .people, upper: "290000")),
        // The same with the tens in digits, as news also writes it.
        Example("全省有⟦20几万人⟧参加", v("210000", "人", .people, upper: "290000")),
        // Archaic forms are not read: 兆 for a trillion, 打 for a dozen (and 万万 for 亿, below).
        // 兆 in 兆瓦 is a unit's prefix, read.
        Example("全年投资一兆元"),
        Example("买了一打鸡蛋"),
        Example("风电装机⟦3兆瓦⟧", v("3", "兆瓦", .measure)),
        // A length of time that dates an event is no figure (peers: 两年后 = 2 years).
        Example("两年后他回到家乡"),
        // Recognizers-Text joins numerals across spaces (一百 五 十 二 = 152); news text never
        // spaces a numeral, and joining would merge neighbouring figures of a table.
        Example("⟦三人⟧ ⟦五人⟧", v("3", "人", .people), v("5", "人", .people)),
    ]

    @Test(arguments: signs) func sign(_ example: Example) { check(example) }
    @Test(arguments: disagreements) func differsFromPeers(_ example: Example) { check(example) }

    /// 万万, an old way of writing 亿 (peers: 四万万 = 400000000), is not read, even among bare
    /// numbers: neither as 4亿 nor as 四万 with a stray 万.
    @Test func anArchaicWanWanIsNoNumber() {
        let extractor = FigureExtractor(options: .init(includeNumbers: true))
        #expect(extractor.figures(in: "当年四万万同胞团结起来，四万万人民站起来了").isEmpty)
        #expect(extractor.figures(in: "全国四万人参加").map(\.span) == ["四万人"])
        // In digits it is no archaic form but a number before a name: 万科, 亿利集团.
        #expect(extractor.figures(in: "他拿出50万万科公司配套").map(\.span) == ["50万"])
    }
}
