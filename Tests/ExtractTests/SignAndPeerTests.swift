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
        // Recognizers-Text joins numerals across spaces (一百 五 十 二 = 152); news text never
        // spaces a numeral, and joining would merge neighbouring figures of a table.
        Example("⟦三人⟧ ⟦五人⟧", v("3", "人", .people), v("5", "人", .people)),
    ]

    @Test(arguments: signs) func sign(_ example: Example) { check(example) }
    @Test(arguments: disagreements) func differsFromPeers(_ example: Example) { check(example) }
}
