import Testing
import TongjiCore

/// Units, magnitudes, money, shares and the qualifiers around them, wherever they stand.
@Suite struct UnitAndQualifierTests {
    static let units: [Example] = [
        Example("浏览量达⟦12.5万人次⟧", v("125000", "人次", .visits)),
        Example("开展⟦8场次⟧", v("8", "场次", .count)),
        Example("从业人员⟦3500余人⟧", v("3500", "人", .people, .over)),
        Example("班组⟦4.5万个⟧", v("45000", "个", .count)),
        Example("⟦5亿美元⟧", v("500000000", "USD", .money)),
        Example("⟦3000万港元⟧", v("30000000", "HKD", .money)),
        Example("⟦100欧元⟧", v("100", "EUR", .money)),
        Example("征收总计⟦8000亿福林⟧的超额利润税", v("800000000000", "HUF", .money)),
        Example("投资⟦30亿雷亚尔⟧", v("3000000000", "BRL", .money)),
        Example("每月发放⟦2500瑞郎⟧", v("2500", "CHF", .money)),
        Example("经济连续⟦两个季度⟧萎缩", v("2", "季度", .duration)),
        Example("⟦500元人民币⟧", v("500", "元", .money)),
        Example("⟦三块钱⟧", v("3", "元", .money)),
        Example("⟦三块五⟧一斤", v("3.5", "元", .money)),
        Example("⟦12元5角3分⟧", v("12.53", "元", .money)),
        Example("每张票只要⟦三角钱⟧", v("0.3", "元", .money)),
        Example("⟦两角五分⟧", v("0.25", "元", .money)),
        Example("每度电降价⟦5角⟧", v("0.5", "元", .money)),
        Example("市总工会今年召开⟦3次⟧会议", v("3", "次", .count)),
        Example("全国总工会等⟦9部门⟧联合印发通知", v("9", "部门", .count)),
        Example("出台“⟦十六条⟧”措施", v("16", "条", .count)),
        // Counts that the rules for names must leave alone.
        Example("省总工会出台“⟦十条⟧措施”", v("10", "条", .count)),
        Example("惠台利民“⟦31条⟧措施”", v("31", "条", .count)),
        Example("提供“⟦100亿美元⟧专项贷款”", v("10000000000", "USD", .money)),
        Example("“⟦30多名⟧职工参加，效果很好”", v("30", "名", .people, .over)),
        Example("本届职代会召开了⟦五次⟧会议", v("5", "次", .count)),
        // 计划 is the verb here, no 三年计划 programme; 今后三年 is a period, not a figure.
        Example("今后三年计划投入帮扶资金⟦2亿元⟧", v("200000000", "元", .money)),
        Example("扑灭了⟦四处⟧起火点", v("4", "处", .count)),
        Example("⟦五组⟧选手出战本场", v("5", "组", .count)),
        Example("⟦172面⟧锦旗记录着官兵的成绩", v("172", "面", .count)), Example("群众先后送来锦旗⟦30面⟧", v("30", "面", .count)),
        Example("全国⟦12档⟧综艺节目共同推出特别节目", v("12", "档", .count)), Example("其中：⟦12档⟧节目获奖", v("12", "档", .count)),
        Example("买了⟦两面⟧镜子", v("2", "面", .count)), Example("收到锦旗共⟦30面⟧", v("30", "面", .count)),
        Example("购买电视⟦三套⟧", v("3", "套", .count)), Example("评出\"优秀\"⟦5名⟧", v("5", "名", .people)),
        Example("工人使用⟦两台⟧挖掘机清理现场", v("2", "台", .count)), Example("医疗分队派出⟦三台⟧救护车", v("3", "台", .count)),
        Example("⟦四台⟧机组开始并网发电", v("4", "台", .count)),
        Example("出台“⟦20条⟧稳就业措施”", v("20", "条", .count)),
        Example("职工技能大赛已成功举办⟦7届⟧", v("7", "届", .count)), Example("劳动竞赛连续举办了⟦五届⟧", v("5", "届", .count)),
        Example("她征战⟦三届⟧奥运会", v("3", "届", .count)), Example("竹山连续⟦两届⟧获得全国文明城市称号", v("2", "届", .count)),
        Example("企业新购置了⟦两套⟧设备", v("2", "套", .count)), Example("他发表了⟦五篇⟧论文", v("5", "篇", .count)),
        Example("培训为期⟦三周⟧", v("3", "周", .duration)), Example("鸡蛋每斤⟦三元⟧", v("3", "元", .money)),
        Example("慰问品包括⟦三包⟧大米", v("3", "包", .count)),
        Example("食堂每份午餐只收⟦五角⟧", v("0.5", "元", .money)),
        Example("从⟦两角五分⟧涨到⟦三角⟧", v("0.25", "元", .money), v("0.3", "元", .money)),
        Example("⟦¥500⟧", v("500", "元", .money)),
        Example("⟦$20⟧", v("20", "USD", .money)),
        Example("获得⟦3块⟧奖牌", v("3", "块", .count)),
        Example("占⟦18%⟧", v("18", "%", .percent)),
        Example("⟦百分之十八⟧的职工", v("18", "%", .percent)),
        Example("⟦三成⟧职工", v("30", "%", .percent)),
        Example("⟦千分之五⟧", v("0.5", "%", .percent)),
        Example("安全率达⟦百分之百⟧", v("100", "%", .percent)),
        Example("增长⟦2.5倍⟧", v("2.5", "倍", .multiple)),
        Example("持续⟦17年⟧", v("17", "年", .duration)),
        Example("入党⟦23周年⟧", v("23", "周年", .duration)),
        Example("历时⟦3个多月⟧", v("3", "月", .duration, .over)),
        Example("救治了⟦3个多星期⟧", v("3", "周", .duration, .over)),
        Example("点亮⟦1000多盏⟧花灯", v("1000", "盏", .count, .over)),
        Example("引回⟦18匹⟧野马", v("18", "匹", .count)),
        Example("购置⟦150余把⟧椅子", v("150", "把", .count, .over)),
        Example("修改劳动法等⟦七部⟧法律", v("7", "部", .count)),
        Example("精选⟦70部⟧长篇小说", v("70", "部", .count)),
        // A magnitude alone, reached: an amount or a measure.
        Example("日产天然气达⟦千万立方米⟧", v("10000000", "立方米", .measure)),
        Example("研发投入首次突破⟦千亿元⟧", v("100000000000", "元", .money)),
        Example("产值增加到⟦千亿元⟧", v("100000000000", "元", .money)),
        Example("推出⟦10部⟧原创动画片", v("10", "部", .count)),
        Example("放流⟦约55万尾⟧中华鲟", v("550000", "尾", .count, .approx)),
        Example("黑市炒到了⟦100叙镑⟧", v("100", "SYP", .money)),
        Example("书中收入⟦216段⟧论述", v("216", "段", .count)),
        Example("开设培训课程⟦30余门⟧", v("30", "门", .count, .over)),
        Example("除了语数外，考生再选考⟦三门⟧。", v("3", "门", .count)),
        Example("课程已达⟦9000多门次⟧", v("9000", "门次", .count, .over)),
        Example("高速公路车流量预计⟦超3300万辆次⟧", v("33000000", "辆次", .count, .over)),
        Example("病虫害统防统治将达⟦10.3亿亩次⟧", v("1030000000", "亩次", .measure)),
        Example("书中⟦12处⟧引用了《论语》", v("12", "处", .count)),
        Example("收到职工来信⟦300多封⟧", v("300", "封", .count, .over)),
        Example("酒店每天订出⟦200多桌⟧酒席", v("200", "桌", .count, .over)),
        Example("年收入增长⟦近一倍⟧", v("1", "倍", .multiple, .nearly)),
        Example("产能扩大了⟦一倍多⟧", v("1", "倍", .multiple, .over)),
        Example("是去年同期的⟦两倍多⟧", v("2", "倍", .multiple, .over)),
        Example("最后还是花了⟦1.5个亿元⟧", v("150000000", "元", .money)),
        Example("全年谋划⟦1700个⟧亿元以上投资项目", v("1700", "个", .count)),
        // A list of numbers shares the unit after the last (xwlb; the ninth blind audit).
        Example("增速分别提高⟦3.8⟧和⟦3.6个百分点⟧", v("3.8", "百分点", .percent), v("3.6", "百分点", .percent)),
        Example("比上月分别回落⟦0.6⟧、⟦0.1⟧和⟦2.1个百分点⟧", v("0.6", "百分点", .percent), v("0.1", "百分点", .percent),
                v("2.1", "百分点", .percent)),
        Example("分别缴纳⟦200万⟧和⟦130万欧元⟧的罚款", v("2000000", "EUR", .money), v("1300000", "EUR", .money)),
        Example("奖励分别为⟦120⟧和⟦150万元⟧", v("1200000", "元", .money), v("1500000", "元", .money)),
        Example("今天有⟦超过92万⟧、⟦175万⟧和⟦135万人次⟧离开北京", v("920000", "人次", .visits, .over),
                v("1750000", "人次", .visits), v("1350000", "人次", .visits)),
        Example("费用分别确定为⟦50⟧、⟦60⟧、⟦80⟧和⟦100元⟧", v("50", "元", .money), v("60", "元", .money), v("80", "元", .money),
                v("100", "元", .money)),
        Example("增速分别为⟦3⟧、⟦4⟧和⟦5个百分点⟧", v("3", "百分点", .percent), v("4", "百分点", .percent),
                v("5", "百分点", .percent)),
        Example("自付费用分别⟦不超过1000⟧、⟦3000⟧、⟦6000元⟧", v("1000", "元", .money, .nearly), v("3000", "元", .money),
                v("6000", "元", .money)),
        // Not scaled by the last item's magnitude when that would make it a hundred times larger.
        Example("补助分别为⟦500⟧和⟦1.5万元⟧", v("500", "元", .money), v("15000", "元", .money)),
        // Rough numbers of two neighbours are ranges, as 三四千元 is.
        Example("修房子得要⟦5、6千元钱⟧", v("5000", "元", .money, upper: "6000")),
        Example("持续⟦36、37度⟧的高温", v("36", "度", .measure, upper: "37")),
        Example("治疗花了⟦7、8万元⟧", v("70000", "元", .money, upper: "80000")),
        Example("修缮需要⟦约5、6千元⟧", v("5000", "元", .money, .approx, upper: "6000")),
        Example("有⟦6、70位⟧志愿者", v("60", "位", .people, upper: "70")),
        Example("村里有⟦15、6家⟧钢琴厂", v("15", "家", .count, upper: "16")),
        Example("等了⟦3、4个小时⟧", v("3", "小时", .duration, upper: "4")),
        // The same in Chinese numerals, the upper end's magnitude applying to both.
        Example("陈辽敏每天都要接触⟦五、六件⟧", v("5", "件", .count, upper: "6")),
        Example("每天都可以接待⟦二、三十名⟧游客", v("20", "名", .people, upper: "30")),
        Example("有⟦五六名⟧工人受伤", v("5", "名", .people, upper: "6")), Example("逮捕⟦十几名⟧“恐怖分子”", v("11", "名", .people, upper: "19")),
        Example("居民仍有⟦六、七千万人⟧", v("60000000", "人", .people, upper: "70000000")),
        Example("老杨他们走了⟦十四、五公里⟧的路", v("14", "公里", .measure, upper: "15")),
        Example("价位大多在⟦一、二百元左右⟧", v("100", "元", .money, .approx, upper: "200")),
        Example("每月工资⟦三千五、六百元⟧", v("3500", "元", .money, upper: "3600")),
        Example("年收入⟦二十五、六万元⟧", v("250000", "元", .money, upper: "260000")),
        Example("就是⟦五、六十道⟧漫长的审批", v("50", "道", .count, upper: "60")),
        Example("每隔⟦一、两天⟧检查一次", v("1", "天", .duration, upper: "2")), Example("伤者有⟦三四名⟧。", v("3", "名", .people, upper: "4")),
        // Not rough: the end of a longer list, nor a pair after 分别 in its clause.
        Example("有⟦15⟧、⟦16⟧、⟦17家⟧企业", v("15", "家", .count), v("16", "家", .count), v("17", "家", .count)),
        Example("⟦两项⟧指标分别提高⟦3⟧、⟦4个百分点⟧", v("2", "项", .count), v("3", "百分点", .percent),
                v("4", "百分点", .percent)),
        // The end of a measure written around its unit, and the end of a code, are no list items.
        Example("检测出COVID-19和⟦3种⟧病毒", v("3", "种", .count)),
        // 过去 as a verb, or a time it once took, and 来看 as "judging by": lengths of time.
        Example("地震已经过去⟦35个小时⟧", v("35", "小时", .duration)),
        Example("由过去⟦4小时⟧缩短至⟦1.5小时⟧", v("4", "小时", .duration), v("1.5", "小时", .duration)),
        Example("从运行⟦十多天⟧来看，", v("10", "天", .duration, .over)),
        Example("调拨⟦2000顶⟧帐篷、⟦5万床⟧棉被", v("2000", "顶", .count), v("50000", "床", .count)),
        Example("高出⟦7个多百分点⟧", v("7", "百分点", .percent, .over)),
        // A length of time after a word that ends in 前, or nearly that long: still a figure.
        Example("提前⟦3天⟧完成任务", v("3", "天", .duration)),
        Example("驱车⟦3个多小时⟧前往灾区", v("3", "小时", .duration, .over)),
        // 男子 before a distance names an event, unless the distance measures something.
        Example("一名男子从⟦10米⟧高处坠落", v("10", "米", .measure)),
        Example("部署冬季⟦三项⟧重点工作", v("3", "项", .count)),
        Example("历时⟦近两年⟧建成", v("2", "年", .duration, .nearly)),
        Example("历时⟦将近两年⟧，", v("2", "年", .duration, .nearly)),
        Example("年满⟦18周岁⟧", v("18", "周岁", .age)),
        Example("建成⟦3.5万平方米⟧", v("35000", "平方米", .measure)),
        // 伍 of 入伍 (enlist) ends a word; the figure starts after it.
        Example("入伍⟦十二年⟧的陈富军", v("12", "年", .duration)),
        // 级别 counts classes; 级 alone names one (NonFigureTests).
        Example("柔道今天决出⟦7个⟧级别的冠军", v("7", "个", .count)),
        // Trains, provinces, classes.
        Example("增开旅客列车⟦325列⟧", v("325", "列", .count)),
        Example("浙江、安徽、江西⟦3省⟧的防汛应急响应", v("3", "省", .count)),
        Example("长江经济带沿线⟦11省市⟧", v("11", "省市", .count)),
        Example("共⟦五大类⟧⟦185项⟧", v("5", "大类", .count), v("185", "项", .count)),
        Example("参与活动的⟦22省份⟧", v("22", "省份", .count)),
        Example("⟦近300万农户⟧告别土坯房", v("3000000", "户", .count, .nearly)),
        // People with no measure word, in 人; medals; votes.
        Example("已经使⟦53万群众⟧搬离", v("530000", "人", .people)),
        Example("带动⟦6000多万农民⟧创新创业", v("60000000", "人", .people, .over)),
        // 初 before 三 names a school year only before a noun of people (初三学生), not before 名.
        Example("年初⟦三名⟧驻村干部", v("3", "名", .people)),
        Example("⟦17.8万贫困户⟧搬进了安全住房", v("178000", "户", .count)),
        Example("⟦零个⟧", v("0", "个", .count)),
        Example("气温已降至⟦零度以下⟧", v("0", "度", .measure, .nearly)),
        Example("⟦壹百元⟧", v("100", "元", .money)),
        Example("⟦叁万元⟧", v("30000", "元", .money)),
        Example("离地⟦100米⟧栏杆旁", v("100", "米", .measure)),
        Example("为⟦2000多困难职工⟧发放慰问金", v("2000", "人", .people, .over)),
        // The 一 of 一线 opens a word; it is no shorthand for 3万1千.
        Example("组织⟦3万一线职工⟧参加", v("30000", "人", .people)),
        Example("组织⟦50余万干部职工⟧开展设备检查", v("500000", "人", .people, .over)),
        Example("各类补贴惠及⟦近3700万老年人⟧", v("37000000", "人", .people, .nearly)),
        Example("向⟦219万劳动者⟧发放技能提升补贴", v("2190000", "人", .people)),
        Example("让⟦22万农牧民⟧用上了电", v("220000", "人", .people)),
        Example("中国队以⟦20金⟧⟦16银⟧⟦22铜⟧暂列第一",
                v("20", "金", .count), v("16", "银", .count), v("22", "铜", .count)),
        Example("以⟦232票⟧赞成", v("232", "票", .count)),
        Example("中国举重队以⟦5金⟧、⟦3银⟧、⟦1铜⟧的成绩结束比赛",
                v("5", "金", .count), v("3", "银", .count), v("1", "铜", .count)),
        Example("比赛第九日：中国获⟦五金⟧", v("5", "金", .count)),
        // Doses and test kits, not people.
        Example("累计接种新冠病毒疫苗⟦343506.6万剂次⟧", v("3435066000", "剂次", .count)),
        Example("检测能力每天达到⟦5万人份⟧", v("50000", "人份", .count)),
    ]

    static let qualifiers: [Example] = [
        Example("共⟦1464万余元⟧", v("14640000", "元", .money, .over)),
        Example("⟦150多场⟧", v("150", "场", .count, .over)),
        Example("⟦20万人次以上⟧", v("200000", "人次", .visits, .over)),
        Example("在线观看⟦超30万人次⟧", v("300000", "人次", .visits, .over)),
        Example("⟦超过2000人⟧", v("2000", "人", .people, .over)),
        Example("订单量就⟦超过了100艘⟧", v("100", "艘", .count, .over)),
        Example("参会职工⟦接近了3000人⟧", v("3000", "人", .people, .nearly)),
        Example("⟦逾千人⟧", v("1000", "人", .people, .over)),
        Example("⟦80%以上⟧", v("80", "%", .percent, .over)),
        Example("⟦九成以上⟧", v("90", "%", .percent, .over)),
        Example("⟦近5万名⟧职工", v("50000", "名", .people, .nearly)),
        Example("其中质量不合格的⟦约占93%⟧", v("93", "%", .percent, .approx)),
        Example("参赛选手⟦约有300名⟧", v("300", "名", .people, .approx)),
        Example("帮扶资金⟦大约为500万元⟧", v("5000000", "元", .money, .approx)),
        Example("签订合约为⟦100万元⟧的订单", v("1000000", "元", .money)),
        Example("气温最高⟦超过40摄氏度⟧", v("40", "摄氏度", .measure, .over)),
        Example("投入⟦470亿日元⟧，⟦约合人民币29亿元⟧", v("47000000000", "JPY", .money), v("2900000000", "元", .money, .approx)),
        Example("农民工约占职工总数的⟦60%⟧", v("60", "%", .percent, .approx)),
        Example("这一数字约为2019年同期的⟦1.5倍⟧", v("1.5", "倍", .multiple, .approx)),
        Example("资金约占一半，其余的⟦60%⟧用于培训", v("60", "%", .percent)),
        Example("这一数字约为去年同期的⟦3倍⟧", v("3", "倍", .multiple, .approx)),
        Example("运营岗位占其员工总人数的⟦4%⟧", v("4", "%", .percent)),
        Example("⟦将近300人⟧", v("300", "人", .people, .nearly)),
        Example("⟦接近40%⟧", v("40", "%", .percent, .nearly)),
        Example("⟦不到100人⟧", v("100", "人", .people, .nearly)),
        Example("⟦不足三成⟧", v("30", "%", .percent, .nearly)),
        Example("⟦50人以下⟧", v("50", "人", .people, .nearly)),
        Example("⟦3公里以内⟧", v("3", "公里", .measure, .nearly)),
        Example("⟦约3000人⟧", v("3000", "人", .people, .approx)),
        Example("⟦大约200家⟧", v("200", "家", .count, .approx)),
        Example("⟦3000人左右⟧", v("3000", "人", .people, .approx)),
        Example("⟦5000元上下⟧", v("5000", "元", .money, .approx)),
        Example("⟦20来人⟧", v("20", "人", .people, .approx)),
        Example("⟦十多个⟧", v("10", "个", .count, .over)),
        Example("⟦二十多万元⟧", v("200000", "元", .money, .over)),
        Example("⟦20余万元⟧", v("200000", "元", .money, .over)),
        Example("⟦上千人⟧", v("1000", "人", .people, .over)),
        Example("⟦近百名⟧", v("100", "名", .people, .nearly)),
        Example("⟦两年多⟧", v("2", "年", .duration, .over)),
        // 多 after a measure, unless it opens a word (多次, 多个, 多晶硅).
        Example("水位涨到了⟦7米多⟧", v("7", "米", .measure, .over)),
        Example("同比增长⟦三成多⟧", v("30", "%", .percent, .over)),
        Example("旅客增加⟦一成多⟧", v("10", "%", .percent, .over)),
        // 上下 opening a word (上下游) is no "about"; before 波动 it is.
        Example("集聚了⟦22家⟧上下游企业", v("22", "家", .count)),
        Example("在⟦3000例上下⟧波动", v("3000", "例", .count, .approx)),
        Example("一条⟦两米多⟧宽的土路", v("2", "米", .measure, .over)),
        Example("往返⟦几十公里⟧多次", v("20", "公里", .measure, upper: "90")),
        // 过 before a share or a bare magnitude: passed; before a length of time, a verb's past.
        Example("麦收进度⟦过九成⟧", v("90", "%", .percent, .over)),
        Example("培训结束。⟦过九成⟧职工表示满意", v("90", "%", .percent, .over)),
        Example("秋粮收获已⟦过八成⟧", v("80", "%", .percent, .over)),
        Example("年快递业务量⟦过千亿件⟧", v("100000000000", "件", .count, .over)),
        Example("经过⟦两个月⟧的治疗", v("2", "月", .duration)),
        Example("节约⟦3万元⟧", v("30000", "元", .money)),
        Example("确保通胀率⟦低于2%⟧", v("2", "%", .percent, .nearly)),
        Example("增速⟦高于20%⟧", v("20", "%", .percent, .over)),
        // A negated bound turns over.
        Example("每班⟦不得超过30人⟧", v("30", "人", .people, .nearly)),
        Example("单人单检价格⟦不高于40元⟧", v("40", "元", .money, .nearly)),
        Example("单位净资产⟦不得低于1000万元⟧", v("10000000", "元", .money, .over)),
        Example("涨幅均⟦未超过1.2%⟧", v("1.2", "%", .percent, .nearly)),
        Example("预计⟦不会超过15天⟧", v("15", "天", .duration, .nearly)),
        // 不 of another word is no negation of the bound: turned over once, not twice.
        Example("并⟦不超过20人⟧", v("20", "人", .people, .nearly)),
        Example("降雨量均⟦少于10毫米⟧", v("10", "毫米", .measure, .nearly)),
        Example("差额比例均⟦多于15%⟧", v("15", "%", .percent, .over)),
        // A bare magnitude counts with 余 or 多 after it.
        Example("全国⟦万余名⟧新闻工作者", v("10000", "名", .people, .over)),
        Example("开展宣传活动⟦百余场⟧", v("100", "场", .count, .over)),
    ]

    static let ranges: [Example] = [
        Example("⟦3至5万人⟧", v("30000", "人", .people, upper: "50000")),
        Example("⟦20—30万元⟧", v("200000", "元", .money, upper: "300000")),
        Example("⟦500-1000元⟧", v("500", "元", .money, upper: "1000")),
        Example("⟦三到五个⟧", v("3", "个", .count, upper: "5")),
        Example("⟦三四十人⟧", v("30", "人", .people, upper: "40")),
        Example("⟦十几个⟧", v("11", "个", .count, upper: "19")),
        // 几 after tens written in digits, as after 二十.
        Example("跑了⟦20几趟⟧", v("21", "趟", .count, upper: "29")),
        Example("⟦30几万人⟧", v("310000", "人", .people, upper: "390000")),
        Example("⟦一两千名⟧", v("1000", "名", .people, upper: "2000")),
        Example("⟦十五六岁⟧", v("15", "岁", .age, upper: "16")),
        Example("⟦数十人⟧", v("20", "人", .people, upper: "90")),
        Example("⟦几百万元⟧", v("2000000", "元", .money, upper: "9000000")),
        // The 万 of the upper end applies to a lower end that ends in 十, 百 or 千.
        Example("⟦一百二十到一百五十万元⟧", v("1200000", "元", .money, upper: "1500000")),
        Example("⟦一千到两千万元⟧", v("10000000", "元", .money, upper: "20000000")),
        Example("⟦5千到2万人⟧", v("5000", "人", .people, upper: "20000")),
        // A lone 二 or 一 is no figure (二手, 一批), but the lower end of a range is.
        Example("⟦二至三万名⟧职工参加", v("20000", "名", .people, upper: "30000")),
        Example("每年⟦一到两次⟧", v("1", "次", .count, upper: "2")),
        // The unit written on both ends, or a doubled dash: still one range, counted once.
        Example("奖励⟦3万元至5万元⟧不等", v("30000", "元", .money, upper: "50000")),
        Example("增长⟦40%到50%⟧", v("40", "%", .percent, upper: "50")),
        Example("⟦20——30万元⟧", v("200000", "元", .money, upper: "300000")),
        Example("⟦1万元--5万元⟧", v("10000", "元", .money, upper: "50000")),
        Example("⟦约200元到300元⟧", v("200", "元", .money, .approx, upper: "300")),
        Example("刑期为⟦2年至3年半⟧不等", v("2", "年", .duration, upper: "3.5")),
        // 从…到…不等 gives a range; 最高 is no verb of change.
        Example("年龄从⟦19岁至33岁⟧不等", v("19", "岁", .age, upper: "33")),
        Example("奖励最高⟦1万元到20万元⟧", v("10000", "元", .money, upper: "200000")),
        // A dash after 由 joins a range; only 至 and 到 after 从 or 由 may give a change.
        Example("比例由⟦3%-5%⟧扩大到⟦10%⟧", v("3", "%", .percent, upper: "5"), v("10", "%", .percent)),
        // With the unit once, the ends after 由 are a range.
        Example("系统由⟦3到4颗⟧卫星组成", v("3", "颗", .count, upper: "4")),
        // Negative ends in either order; a doubled dash before a negative end is a dash and a sign.
        Example("气温⟦-10℃到-15℃⟧", v("-15", "℃", .measure, upper: "-10")),
        Example("增长⟦-5%--3%⟧", v("-5", "%", .percent, upper: "-3")),
        // A dash right after a figure joins a range: no model name (歼-20), no minus sign.
        Example("年薪⟦10万元-20万元⟧", v("100000", "元", .money, upper: "200000")),
        Example("气温⟦10℃-15℃⟧", v("10", "℃", .measure, upper: "15")),
        // A lone digit takes no 十 of the upper end, but a 千 or 万 (三到五千人).
        Example("⟦一到二十名⟧", v("1", "名", .people, upper: "20")),
        Example("⟦三到五千人⟧", v("3000", "人", .people, upper: "5000")),
    ]

    /// Half a unit more after a whole: 半 after the unit, or inside 个…月 and 个…小时.
    static let halves: [Example] = [
        Example("超期服役⟦两年半⟧时间", v("2.5", "年", .duration)),
        Example("仅⟦一年半⟧的时间就能收回成本", v("1.5", "年", .duration)),
        Example("为期⟦三个半月⟧的伏季休渔期", v("3.5", "月", .duration)),
        Example("会谈持续了⟦近一个半小时⟧", v("1.5", "小时", .duration, .nearly)),
        Example("一个⟦7斤半⟧的女婴顺利降生", v("7.5", "斤", .measure)),
        Example("冬小麦播种已⟦过九成半⟧", v("95", "%", .percent, .over)),
        Example("⟦3岁半⟧的女儿", v("3.5", "岁", .age)),
        // 半 that opens a word is no half: 半径 (radius), 半夜 (midnight).
        Example("⟦5米⟧半径范围内", v("5", "米", .measure)),
        Example("连续⟦三天⟧半夜加班", v("3", "天", .duration)),
        // A count has no halves: 三个半 is three and a half of nothing named.
        Example("一共⟦三个⟧半。", v("3", "个", .count)),
    ]

    /// 个 before 亿, as reports write hundred millions (投入两个亿), and before the 亿元 of a class.
    static let spokenHundredMillions: [Example] = [
        // With no unit after 亿 the amount is a bare number, as 投入2亿 is: no count of 2 个.
        Example("相继投入2个亿打造赏花经济"),
        Example("西藏拿出1个多亿为这个项目"),
        Example("⟦两个亿卢布⟧", v("200000000", "RUB", .money)),
        // 亿元以上项目 and 亿吨级油田 are classes: the figure counts the projects and the oil fields.
        Example("河北全省⟦1680个⟧亿元以上新项目开工", v("1680", "个", .count)),
        Example("新安边等⟦10个⟧亿吨级油田", v("10", "个", .count)),
    ]

    /// Two figures joined by 至 or 到 that are no range.
    static let notRanges: [Example] = [
        // A value before and after a change.
        Example("职工从⟦3万人⟧到⟦5万人⟧", v("30000", "人", .people), v("50000", "人", .people)),
        // A change and the level it reached.
        Example("指数环比下降⟦0.7%⟧至⟦46.5%⟧", v("0.7", "%", .percent), v("46.5", "%", .percent)),
        Example("较上月增加⟦119.17亿元⟧至⟦20282.24亿元⟧",
                v("11917000000", "元", .money), v("2028224000000", "元", .money)),
        Example("基金规模扩大⟦11万亿日元⟧至⟦91万亿日元⟧", v("11000000000000", "JPY", .money), v("91000000000000", "JPY", .money)),
        // Names of layers and phases, in a range too.
        Example("其中一到四层埋藏了大量化石"),
        // Different units.
        Example("下降⟦2个百分点⟧至⟦45%⟧", v("2", "百分点", .percent), v("45", "%", .percent)),
    ]

    @Test(arguments: units) func unit(_ example: Example) { check(example) }
    @Test(arguments: qualifiers) func qualifier(_ example: Example) { check(example) }
    @Test(arguments: qualifiers) func qualifierAfterChineseText(_ example: Example) {
        check(example, prefix: "据悉，")
    }
    @Test(arguments: ranges) func range(_ example: Example) { check(example) }
    @Test(arguments: notRanges) func notRange(_ example: Example) { check(example) }
    @Test(arguments: halves) func half(_ example: Example) { check(example) }
    @Test(arguments: spokenHundredMillions) func spokenHundredMillion(_ example: Example) { check(example) }
    @Test(arguments: units + ranges) func fullWidth(_ example: Example) { check(example, fullWidth: true) }
}
