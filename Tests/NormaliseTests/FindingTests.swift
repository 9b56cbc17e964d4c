import Extract
import Normalise
import Testing
import TongjiCore

/// Subject, period, place, organisation and part-of, on sentences of the sample page.
@Suite struct FindingTests {
    static let innovation = "2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。"

    @Test func subjectIsTheNounAfterTheMeasureWordElseBeforeTheNumber() {
        let page = Normalised(Self.innovation)
        #expect(page["1300多个"]?.subject == "创新工作室")
        #expect(page["1406.46万元"]?.subject == "投入资金")
        #expect(page["3120项"]?.subject == "技术创新项目")
        #expect(page["7.6亿元"]?.subject == "经济效益")
        let contest = Normalised("自治区各级工会组织职工开展预赛150多场，1100多名职工参赛，近5万名职工现场聆听演讲。")
        #expect(contest["150多场"]?.subject == "预赛")
        #expect(contest["1100多名"]?.subject == "职工")
        #expect(Normalised("秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。")["3500余人"]?.subject == "从业人员")
        #expect(Normalised("每年按发展党员总数的18%吸收优秀产业工人入党。")["18%"]?.subject == "发展党员总数")
    }

    /// Words that end in an opener or hold a function character stay whole; 其中, 计划 and 发放
    /// open the phrase, not belong to it.
    @Test func subjectKeepsWordsWhole() {
        let members = Normalised("全市新发展会员12.3万名，其中农民工会员4.6万名。")
        #expect(members["4.6万名"]?.subject == "农民工会员")
        #expect(Normalised("市总工会走访慰问困难职工，发放慰问金3600余万元。")["3600余万元"]?.subject == "慰问金")
        #expect(Normalised("全省工会计划培训职工30万人次以上。")["30万人次以上"]?.subject == "培训职工")
        #expect(Normalised("全市计划生育家庭3万户。")["3万户"]?.subject == "全市计划生育家庭")
    }

    /// The noun stops before the predicate and after the adverbs between it and its number; a
    /// department or a people counted in the span is the subject itself; a date's tail or a
    /// comparison's base is none, and the figure before lends its own (blind audit 22's findings).
    @Test func subjectIsNoPredicateAdverbOrDate() {
        #expect(Normalised("目前，工地上150多名工人实行闭环作业。")["150多名"]?.subject == "工人")
        #expect(Normalised("此时此刻，45颗北斗卫星正在为全球提供定位导航服务。")["45颗"]?.subject == "北斗卫星")
        #expect(Normalised("从2013年到2021年，城镇新增就业人数每年都保持在1100万人以上。")["1100万人以上"]?.subject == "城镇新增就业人数")
        #expect(Normalised("日前，人力资源和社会保障部等五部门印发意见。")["五部门"]?.subject == "部门")
        #expect(Normalised("抗疫一线，全力奔跑的还有30万医务人员。")["30万医务人员"]?.subject == "医务人员")
        #expect(Normalised("全县3万群众在家门口实现了就业。")["3万群众"]?.subject == "群众")
        #expect(Normalised("罢工造成交通中断，当天仅约20%的铁路列车正常运行。")["约20%"]?.subject == "铁路列车")
        let share = Normalised("2021年城镇就业人员占比超过六成，比2012年提高了13.8个百分点。")
        #expect(share["13.8个百分点"]?.subject == "城镇就业人员占比")
        let grain = Normalised("今年，全国夏粮总产量达到2947.8亿斤，比上年增产28.7亿斤。")
        #expect(grain["28.7亿斤"]?.subject == "全国夏粮总产量")
        let budget = Normalised("1—5月累计，全国一般公共预算支出99059亿元，比上年同期增长5.9%。")
        #expect(budget["99059亿元"]?.subject == "全国一般公共预算支出", "公共 is one word")
        #expect(budget["5.9%"]?.subject == "全国一般公共预算支出")
        #expect(Normalised("美国国内生产总值（GDP）增长2.1%。")["2.1%"]?.subject == "美国国内生产总值")
    }

    /// A level and the level it changed to are levels of the same thing.
    @Test func theLevelReachedSharesTheSubjectOfTheLevelBefore() {
        let wages = Normalised("该企业一线职工月平均工资由4800元提高到6200元，增长29.2%。")
        #expect(wages["4800元"]?.subject == "该企业一线职工月平均工资")
        #expect(wages["6200元"]?.subject == "该企业一线职工月平均工资")
        #expect(Normalised("参保人数从3万人增加到5万人。")["5万人"]?.subject == "参保人数")
        let total = Normalised("1—6月，全社会用电量累计43076亿千瓦时，同比增长5%。")
        #expect(total["43076亿千瓦时"]?.subject == "全社会用电量")
        #expect(total["5%"]?.subject == "全社会用电量", "a rate with no noun of its own is the change of the figure before")
        #expect(Normalised("全国人均可支配收入达到3.4万元。")["3.4万元"]?.subject == "全国人均可支配收入")
        #expect(Normalised("月球上命名的与中国相关的地理实体已经达到27个。")["27个"]?.subject == "地理实体")
    }

    /// A period opening a paragraph carries to the sentences after it in that paragraph, not
    /// into the next one.
    @Test func periodCarriesWithinItsParagraph() {
        let sentences = ["今年，省总工会拿出1000万元专项资金。", "为一线职工免费体检，惠及职工5万余人。",
                         "全市工会系统开展“安康杯”竞赛，参赛班组达1.2万个。"]
        let found = sentences.indices.flatMap { index in
            FigureExtractor().figures(in: sentences[index]).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let normaliser = Normaliser(categories: [])
        let paragraphs = normaliser.meanings(of: found, in: ArticleText(title: "", sentences: sentences,
                                                                          opensParagraph: [true, false, true]))
        #expect(paragraphs.map { $0.period?.label } == ["今年", "今年", nil])
        let unknown = normaliser.meanings(of: found, in: ArticleText(title: "", sentences: sentences))
        #expect(unknown.map { $0.period?.label } == ["今年", "今年", "今年"], "one paragraph when none are known")
    }

    @Test func coordinatedFiguresShareTheirSubject() {
        let page = Normalised("促进全省技能劳动者、高技能人才数量分别增长2.5倍和4.1倍。")
        #expect(page["2.5倍"]?.subject == "高技能人才数量")
        #expect(page["4.1倍"]?.subject == "高技能人才数量")
    }

    @Test func periodsFromYearsPlansAndRelativeWords() {
        #expect(Normalised(Self.innovation)["3120项"]?.period?.label == "2020年以来")
        let stock = Normalised("截至2020年底，共举办省级技能竞赛3500余项，已有274名职工通过技能竞赛获得甘肃省五一劳动奖章。")
        #expect(stock["3500余项"]?.period?.kind == .endOfYear)
        #expect(stock["274名"]?.period?.label == "截至2020年底")
        let plan = Normalised("“十三五”以来，甘肃工会每年组织600多项大赛，竞赛领域从企业延伸到机关事业单位。")
        #expect(plan["600多项"]?.period?.kind == .perYear)
        #expect(plan["600多项"]?.period?.firstYear == 2016)
        #expect(Normalised("十三五期间，共举办技能竞赛3500余项。")["3500余项"]?.period?.label == "2016—2020年")
        let thisYear = "今年以来，开展各类普惠服务活动8场次，参与职工达2.8万人。"
        #expect(Normalised(thisYear)["2.8万人"]?.period == Period(kind: .relative, words: "今年以来"))
        let dated = Normalised(thisYear, date: CalendarDate(year: 2021, month: 6, day: 15))
        #expect(dated["2.8万人"]?.period?.label == "2021年以来")
        let half = Normalised("今年上半年，全省新增工会会员3.2万人。", date: CalendarDate(year: 2021, month: 6, day: 15))
        #expect(half["3.2万人"]?.period?.label == "2021年上半年")
        #expect(Normalised("2020年，全省新增工会会员3.2万人。")["3.2万人"]?.period?.label == "2020年")
    }

    /// Parts of a year, party congresses, year-to-year spans and recent years; a single month
    /// counts only as the end of a stock.
    @Test func periodsOfPartsOfAYearCongressesAndRecentYears() {
        let date = CalendarDate(year: 2021, month: 10, day: 15)
        func label(_ sentence: String, _ span: String, dated: Bool = true) -> String? {
            Normalised(sentence, date: dated ? date : nil)[span]?.period?.label
        }
        #expect(label("今年一季度，全省新增会员3万人。", "3万人") == "2021年一季度")
        #expect(label("第一季度全省新增会员3万人。", "3万人") == "2021年一季度")
        #expect(label("今年前三个季度，全省新增会员3万人。", "3万人") == "2021年前三季度")
        #expect(label("1至9月份，全省新增会员3万人。", "3万人") == "2021年前三季度")
        #expect(label("去年前两个月，全省新增会员3万人。", "3万人") == "2020年1—2月")
        #expect(label("2020年1—8月，全省新增会员3万人。", "3万人") == "2020年1—8月")
        #expect(label("2012年1—12月，全省新增会员3万人。", "3万人") == "2012年")
        #expect(label("截至2020年9月底，全省会员3万人。", "3万人") == "截至2020年9月")
        #expect(label("今年6月底，全省会员3万人。", "3万人") == "截至2021年6月")
        #expect(label("2021年6月15日，30名劳模被聘为大学教授。", "30名") == "2021年", "a date names its year")
        #expect(label("党的十八大以来，全国工会共帮扶困难职工280余万户次。", "280余万户次") == "2012年以来")
        #expect(label("党的十八大召开以来，全国工会共帮扶困难职工280余万户次。", "280余万户次") == "2012年以来")
        #expect(label("三十多年来，他资助学生300名。", "300名", dated: false) == "三十多年来")
        #expect(label("十八大报告提出，培训职工3万人。", "3万人") == nil)
        #expect(label("2021年至2023年，全省工会共投入资金3亿元。", "3亿元") == "2021—2023年")
        #expect(label("五年来，全国工会共帮扶困难职工280余万户次。", "280余万户次") == "近5年（2021年）")
        #expect(label("过去5年，全国工会共帮扶困难职工280余万户次。", "280余万户次") == "近5年（2021年）")
        #expect(label("近三年，全省共评选表彰省级劳动模范1200名。", "1200名", dated: false) == "近3年")
        #expect(label("几十年来，张永进共协调解决各类矛盾纠纷700多起。", "700多起", dated: false) == "几十年来")
        #expect(label("一季度，全省新增会员3万人。", "3万人", dated: false) == "一季度")
        // One label for one period, however it is written.
        #expect(label("前6个月，全省新增会员3万人。", "3万人") == "2021年上半年")
        #expect(label("1—6月，全省新增会员3万人。", "3万人") == "2021年上半年")
        #expect(label("今年1月至6月，全省新增会员3万人。", "3万人") == "2021年上半年")
        #expect(label("截至2020年三季度末，全省会员3万人。", "3万人") == "截至2020年9月")
        #expect(label("截至2020年12月底，全省会员3万人。", "3万人") == "截至2020年底")
        #expect(label("1－4月份，全省新增会员3万人。", "3万人") == "2021年1—4月")
        // A stock at a month's end with no year, a reported month, the year the sentence names.
        #expect(label("截至6月底，全省会员3万人。", "3万人") == "截至2021年6月")
        #expect(label("截至2020年4月，全省会员3万人。", "3万人") == "截至2020年4月")
        #expect(label("5月份，全国城镇调查失业率为5%。", "5%") == "2021年5月")
        #expect(label("2020年，投资100亿元，其中前三季度投资80亿元。", "80亿元") == "2020年前三季度")
        #expect(label("2014年全年，国产影片票房271.36亿元。", "271.36亿元") == "2014年")
        #expect(label("去年8月以来，全省新增会员5万名。", "5万名") == "2020年以来")
        #expect(label("自2001年制定以来，该法修改两次。", "两次") == "2001年以来")
        // Holidays with a word of their stretch, one spelling each.
        #expect(label("春节期间，各级工会走访慰问困难职工3万户。", "3万户") == "2021年春节期间")
        #expect(label("“五一”假期，全国接待游客2.3亿人次。", "2.3亿人次") == "2021年五一期间")
        #expect(label("2020年国庆黄金周，接待游客6亿人次。", "6亿人次") == "2020年国庆期间")
        #expect(label("欢度春节，发放慰问金3000万元。", "3000万元") == nil)
        #expect(label("近十一年，新增会员3万人。", "3万人", dated: false) == "近11年")
        #expect(label("截至9月下旬，全省会员3万人。", "3万人") == "截至2021年9月")
        // Not the base of a comparison, a lead time, the quarter before, a count of quarters, a superlative.
        #expect(label("今年上半年，利润增长17.2%，增速比1-5月份加快0.7个百分点。", "0.7个百分点") == "2021年上半年")
        #expect(label("2021年GDP比2020年增长8%。", "8%") == "2021年")
        #expect(label("城镇新增就业1066万人，提前三个月完成目标。", "1066万人") == nil)
        #expect(label("增长1.6%，低于前一季度的1.9%。", "1.9%") == nil)
        #expect(label("连续两季度下滑1.5%。", "1.5%") == nil)
        #expect(label("为50年来最大降雪，降雪37.3毫米。", "37.3毫米") == nil)
        #expect(label("为50年来的最大降雪，降雪37.3毫米。", "37.3毫米") == nil)
        #expect(label("创下2008年以来新高，达到500亿元。", "500亿元") == nil)
        #expect(label("增速比上年12月份加快0.3个百分点。", "0.3个百分点") == nil)
        // A base of comparison names no year for what follows it either.
        #expect(label("投资比2019年增长5%，上半年投资100亿元。", "100亿元") == "2021年上半年")
        #expect(label("1—2月份，增速比2020年全年加快7.3个百分点。", "7.3个百分点") == "2021年1—2月")
        #expect(label("截至今年底，会员3亿人。", "3亿人") == "截至2021年底")
        // A month still to come in the article's year is last year's.
        let january = CalendarDate(year: 2022, month: 1, day: 15)
        #expect(Normalised("12月份，CPI同比上涨1.5%。", date: january)["1.5%"]?.period?.label == "2021年12月")
    }

    /// A period's label, read back from a figure file as its words, is the same label: what
    /// `tongji aggregate` does with partitions' figures.
    @Test func labelsReadBackAreTheSame() {
        let labels = ["2021年上半年", "2021年前三季度", "2021年1—8月", "2021年5月", "截至2021年6月", "截至2020年底", "2012年以来",
                      "近5年（2021年）", "今年一季度", "截至11月", "一季度", "2016—2020年", "目前（2021年）", "五年来",
                      "2021年春节期间", "春节期间"]
        for label in labels {
            #expect(Period(kind: .relative, words: label).label == label, "\(label)")
        }
    }

    /// 累计 before a figure in its clause, with no period named, is a running total at the time
    /// of writing, as 目前 is; a period named in the sentence wins over it.
    @Test func runningTotalsStandAtTheTimeOfWriting() {
        let reported = "全国31个省（区、市）和新疆生产建设兵团累计报告确诊病例63851例。"
        let dated = Normalised(reported, date: CalendarDate(year: 2020, month: 2, day: 20))
        #expect(dated["63851例"]?.period == Period(kind: .current, firstYear: 2020, lastYear: 2020, words: "累计"))
        #expect(dated["63851例"]?.period?.label == "目前（2020年）")
        #expect(Normalised(reported)["63851例"]?.period?.label == "目前")
        #expect(Normalised("美国确诊病例已达1790191例。")["1790191例"] != nil)
        #expect(Normalised("美国确诊病例已达1790191例。")["1790191例"]?.period == nil)
        let clauses = Normalised("累计投入资金1亿元，建成职工书屋200家。")
        #expect(clauses["1亿元"]?.period?.kind == .current)
        #expect(clauses["200家"] != nil && clauses["200家"]?.period == nil, "累计 covers its own clause")
        #expect(Normalised("2020年以来，甘肃各级工会累计投入资金2.08亿元。")["2.08亿元"]?.period?.label == "2020年以来")
        #expect(Normalised("全省2019年累计新增减税降费超过2万亿元。")["超过2万亿元"]?.period?.label == "2019年")
        // 截至目前 and 目前 are one period, dated or not.
        #expect(Normalised("截至目前，提供在线法律咨询、心理咨询52人次。")["52人次"]?.period?.label == "目前")
    }

    @Test func regionFromTheSentenceElseTheArticle() {
        let page = Normalised("秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。")
        #expect(page["85家"]?.region == Region(province: "河北省", city: "秦皇岛市"))
        let province = Normalised("据统计，2020年，全省基层工会在广大职工中“推优入党”8998名。", title: "浙江省委组织部、省总工会联合发文")
        #expect(province["8998名"]?.region == Region(province: "浙江省"))
        #expect(Normalised("据统计，2020年，全省基层工会在广大职工中“推优入党”8998名。")["8998名"]?.region == nil)
        // 北京时间 is a time zone: the figures of a report from abroad belong to no province.
        let abroad = Normalised("截至北京时间3日16时，美国确诊病例已达1790191例。")
        #expect(abroad["1790191例"] != nil && abroad["1790191例"]?.region == nil)
        #expect(Normalised("北京市总工会为3000名快递员送去慰问品。")["3000名"]?.region == Region(province: "北京市"))
        // The national list of statistical reports names the whole country, not Xinjiang, and
        // stops the search: the province in brackets after the figure is not its place either.
        let national = Normalised("全国31个省（区、市）和新疆生产建设兵团累计报告确诊病例63851例（湖北省核减1043例）。")
        #expect(national["63851例"] != nil && national["63851例"]?.region == nil)
        #expect(national["1043例"]?.region == Region(province: "湖北省"))
        let elsewhere = Normalised("除湖北以外，其他省份新增确诊病例52例。", title: "湖北新增病例持续下降")
        #expect(elsewhere["52例"] != nil && elsewhere["52例"]?.region == nil)
        // Names inside other names place nothing.
        for sentence in ["美国佛罗里达州新增确诊病例1万例。", "上海合作组织8个成员国领导人出席会议。", "原南京军区某部200名官兵参加抢险。"] {
            let figures = Normalised(sentence)
            #expect(!figures.meanings.isEmpty && figures.meanings.allSatisfy { $0.region == nil }, "\(sentence)")
        }
        #expect(Normalised("四川达州新建职工书屋20家。")["20家"]?.region == Region(province: "四川省", city: "达州市"))
        #expect(Normalised("江苏徐州新建职工书屋20家。")["20家"]?.region == Region(province: "江苏省", city: "徐州市"))
        #expect(Normalised("新疆生产建设兵团总工会慰问职工1200名。")["1200名"]?.region == Region(province: "新疆维吾尔自治区"))
    }

    /// Places abroad place nothing, even in an article placed in China, unless a place in China
    /// is named nearer; places listed across provinces stand for none of them.
    @Test func regionAbroadAndAcrossProvinces() {
        let beijing = Region(province: "北京市")
        let honduras = Normalised("洪都拉斯共和国位于中美洲地区北部，面积11.25万平方公里，人口约1022万人。", region: beijing)
        #expect(honduras["约1022万人"] != nil && honduras["约1022万人"]?.region == nil)
        #expect(Normalised("广东对美国出口增长10%。")["10%"]?.region == Region(province: "广东省"), "China's place first")
        #expect(Normalised("延边州朝鲜族群众200人参加。", region: Region(province: "吉林省"))["200人"]?.region
                == Region(province: "吉林省", city: "延边朝鲜族自治州"), "朝鲜族 is a people of China")
        let teams = Normalised("国务院两个调查组日前已分赴河北和江苏。")
        #expect(teams["两个"] != nil && teams["两个"]?.region == nil)
        let firms = Normalised("长三角国家技术创新中心在安徽、江苏、浙江等地数千家企业设立分中心。")
        #expect(firms["数千家"] != nil && firms["数千家"]?.region == nil)
        let route = Normalised("郑州到徐州的最快运行时间压缩到1小时20分左右。")
        #expect(route["1小时"] != nil && route["1小时"]?.region == nil)
        #expect(Normalised("江苏徐州新建职工书屋20家。")["20家"]?.region == Region(province: "江苏省", city: "徐州市"))
        // The world in the figure's own clause places it nowhere; a rank in the world does not.
        let wuhan = Region(province: "湖北省", city: "武汉市")
        let fibre = Normalised("实验表明，这种光纤一根就能让全球70亿人同时通话。", region: wuhan)
        #expect(fibre["70亿人"] != nil && fibre["70亿人"]?.region == nil)
        #expect(Normalised("这两台全球领先的机器人已经投产。", region: wuhan)["两台"]?.region == wuhan)
        // 长白山西麓 is at the foot of Changbai, in Jilin, not in Shanxi.
        #expect(Normalised("在长白山西麓，离它们5公里，有一座小小的边防哨所。")["5公里"]?.region == Region(province: "吉林省"))
    }

    /// A sentence that names no place takes the last place named before it in its paragraph,
    /// unless it speaks of the whole country; the next paragraph starts from the article's.
    @Test func regionCarriesWithinItsParagraph() {
        let sentences = ["在辽宁沈阳多福社区，吃上一顿“百家宴”，是这里小区居民们多年的传统。", "400多户人家，每家都拿出拿手好菜招待街坊邻里。",
                         "我国红树林面积比本世纪初增加7200多公顷。", "这几年，社区新建活动室3间。"]
        let found = sentences.indices.flatMap { index in
            FigureExtractor().figures(in: sentences[index]).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let regions = Normaliser(categories: []).meanings(
            of: found, in: ArticleText(title: "中秋团圆", sentences: sentences, region: Region(province: "浙江省"),
                                       opensParagraph: [true, false, false, true])).map(\.region)
        let shenyang = Region(province: "辽宁省", city: "沈阳市"), zhejiang = Region(province: "浙江省")
        #expect(regions == [shenyang, zhejiang, zhejiang])
    }

    /// An article is placed by the first place its title (else its opening) names, and nowhere
    /// when that place is abroad or one of places listed across provinces.
    @Test func articlePlacedByTheFirstPlaceItsOpeningNames() {
        func regions(title: String, _ sentences: [String]) -> [Region?] {
            let found = sentences.indices.flatMap { index in
                FigureExtractor().figures(in: sentences[index]).map { SentenceFigure(figure: $0, sentence: index) }
            }
            return Normaliser(categories: []).meanings(of: found, in: ArticleText(title: title, sentences: sentences,
                                                                                  opensParagraph: sentences.map { _ in true }))
                .map(\.region)
        }
        let visit = ["央视网消息：国家主席习近平今天在北京同西班牙国王费利佩六世举行会谈。", "今年是两国建交50周年。"]
        #expect(regions(title: "习近平同西班牙国王举行会谈", visit) == [nil])
        #expect(regions(title: "国家主席举行会谈", visit) == [Region(province: "北京市")])
        let round = ["央视网消息：中央第一轮巡视将对辽宁、安徽、山东、湖南4个省进行“回头看”。", "巡视组将进驻两个月。"]
        #expect(regions(title: "中央巡视组进驻", round) == [nil, nil])
        // The country's bodies meet in Beijing: their figures are the country's.
        let session = ["央视网消息：十四届全国人大三次会议今天下午在北京人民大会堂举行第二次全体会议。", "一年来，共审议法律案39件。"]
        #expect(regions(title: "十四届全国人大三次会议举行第二次全体会议", session) == [nil])
        let forum = ["央视网消息：2026中关村论坛年会将于3月在北京举办。", "论坛年会将举办60场平行论坛。"]
        #expect(regions(title: "2026中关村论坛年会将在北京举办", forum) == [Region(province: "北京市")])
    }

    @Test func organisationNearestBeforeTheFigure() {
        let page = Normalised("甘肃省总工会通过百万职工职业技能素质提升活动，培养命名了700多个创新型班组，带动各级工会投入资金1464万余元。")
        #expect(page["700多个"]?.organisation == "甘肃省总工会")
        #expect(page["1464万余元"]?.organisation == "甘肃省总工会", "各级工会 is no name")
        let weihai = Normalised("近日，山东省威海市总工会对市直建档的75户困难职工进行走访慰问。")
        #expect(weihai["75户"]?.organisation == "山东省威海市总工会")
    }

    @Test func partsAreIntroducedByQiZhong() {
        #expect(Normalised("其中邮政公司、顺丰公司等快递企业已单独建会，50多家会员单位没有建立工会组织。")["50多家"]?.isPart == true)
        #expect(Normalised("秦皇岛市快递行业协会共有会员单位85家，从业人员3500余人。")["85家"]?.isPart == false)
    }
}
