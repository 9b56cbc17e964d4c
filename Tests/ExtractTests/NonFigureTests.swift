import Testing

/// Numbers that are not statistics: each sentence must give no figure at all.
@Suite struct NonFigureTests {
    static let dates: [Example] = [
        Example("在2018年，宁波市出台了细则"), Example("截至2020年底"), Example("2020年初"),
        Example("6月11日，活动落幕"), Example("6-9月举办"), Example("二〇二〇年"), Example("一七二零年"),
        Example("2021-06-15发布"), Example("上午8:30开始"), Example("90年代"), Example("3年级学生"),
        Example("2020—2021年度"),
        // Lengths of time that date an event: the first months of a year, a relative date, the
        // last years up to now, today and tomorrow.
        Example("今年前8个月，全国出口稳步增长"), Example("前两年，这里产量下降"), Example("可就在两年前"),
        Example("三个月后，工厂建成投产"), Example("十年以前，他还在车间"), Example("五天之后完成检修"),
        Example("近两年来，职工队伍不断壮大"), Example("最近五年"), Example("近三年，各级工会不断发力"),
        Example("今明两天北方大风降温"), Example("这两天，各地迎来降雨"), Example("五年来，累计完成改造"),
        Example("建交30年来，两国关系稳定发展"), Example("为31年来最高"), Example("过去两年，产量下降"),
        Example("未来5年至10年是关键期"), Example("今后五年到十年"), Example("未来三年投入更多"),
        Example("展示着五年来看得见的变化"), Example("明后两天有雨"), Example("下调今明两年经济增长预期"),
    ]
    static let ordinals: [Example] = [
        Example("第一届第一次会员代表大会"), Example("首位获得国家科技进步奖"), Example("进入前五名"),
        Example("第3名"), Example("排名第一"), Example("第一批观众"), Example("每年都在向前十名靠近"),
    ]
    static let names: [Example] = [
        Example("“十三五”以来"), Example("奋进‘十四五’"), Example("十四五规划"), Example("获得五一劳动奖章"),
        Example("“六一”儿童节"), Example("五四运动后"), Example("七四九电子有限公司"),
        Example("百万职工技能素质提升活动"), Example("“3+”服务"), Example("增强四个意识"), Example("五位一体"),
        Example("中央八项规定"), Example("七台河市"), Example("五家渠市"), Example("党的十九届五中全会"),
        Example("建党百年"), Example("二楼展厅"), Example("电解四作业区"), Example("镍电解一车间"),
        Example("八大群体"), Example("二期工程"), Example("长三角地区工会签署合作协议"), Example("珠三角的外来务工人员"),
        Example("五角大楼发表声明"), Example("八角街道职工之家"), Example("学习贯彻中央纪委四次全会精神"),
        Example("十三届全国人大三次会议审议"), Example("统揽“四个伟大”"), Example("开展“三支一扶”计划"),
        Example("防止“两张皮”现象"), Example("红十字会捐赠物资"), Example("他四处奔走为职工维权"),
        Example("践行和平共处五项原则"), Example("在和平共处五项基本原则基础上"), Example("科研团队“十年磨一剑”"),
        Example("“十年树木，百年树人”"), Example("村干部三番五次上门动员"), Example("三天两头往城里跑"), Example("说一千道一万，关键在落实"), Example("板凳要坐十年冷"),
        Example("为25床的患者撤掉呼吸机"), Example("一成不变"), Example("台下十年功"), Example("电影三部曲"),
        Example("每百元营业收入中的成本"), Example("郑万高铁万吨大桥"), Example("吞吐量达到亿吨的内河港口"),
        Example("79集团军某旅"), Example("骑三轮车卖菜"), Example("意见分为6部分"), Example("分为四部曲"),
        Example("实现四轮驱动"), Example("李强随后来到百度公司"), Example("破百米全国纪录"), Example("从宇宙深空到万米深海"),
        Example("两高三部联合发布意见"), Example("实施两部制电价政策"), Example("推出160匹马力的拖拉机"),
        Example("夫妻俩把第一站选在这里"), Example("跑到了25床前"), Example("实施十年计划"), Example("日本七尾市"),
        Example("河南三门峡市"), Example("浙江三门核电站"), Example("台风在浙江三门一带登陆"), Example("山东临沂四门洞村"),
        Example("指数跌至80门槛下方"), Example("五花八门的幸福观"), Example("学习八段锦"), Example("李世石九段与人工智能对弈"),
        Example("研制大推力5段式固体发动机"), Example("嘉兴、三门、松阳等地"), Example("三段论的推理"),
        Example("围棋职业五段选手"), Example("焦作1段工程今天开工"), Example("中国车队分列第16和17名"),
        Example("成功发射第52、53颗北斗导航卫星"), Example("分别为2019和2020年"), Example("电影《失恋33天》上映"),
        Example("国务院印发《关于取消13项国务院部门行政许可事项的决定》"), Example("长三角三省一市优势互补"),
        Example("印发《关于提高百分之三的通知》"), Example("审议精神卫生法草案三次审议稿"), Example("国际军事比赛“坦克两项”"), Example("他们分列前3和5名"), Example("经济规模连续跨越5万亿、6万亿台阶"),
        Example("促进西藏和四省藏区经济社会发展"),
        // A short quoted phrase that a number opens names a policy, a project or a slogan.
        Example("调整农业“三项补贴”政策"), Example("落实中非合作论坛“九项工程”"), Example("长江“十年禁渔”全面启动"),
        Example("500米口径球面射电望远镜"), Example("这个村三面环山"), Example("提升产品档次"), Example("今晚在我台七套播出"), Example("来自四面八方的游客"), Example("坚决清除两面人"), Example("每晚19:30档播出"),
        Example("面向非洲举办十九届六中全会精神宣讲"), Example("与前四届不同的是"), Example("新一届理事会选举产生"), Example("在一届奥运会上"),
        Example("举行十八届中央政治局第一次集体学习"), Example("参加十三届全国人大一次会议"), Example("教育部举办2026届毕业生联合招聘"),
        // Places, grades, episodes and volumes written as a rough range of digits.
        Example("挪威选手和英国选手分获二、三名。"), Example("两队将争夺B组一二名。"), Example("山西五台山景区"), Example("原三台县县长"), Example("辽宁省四台子村"), Example("在法国国际电视五台播出"),
        Example("省委举行十二届二十三次全会"), Example("大坝一、二期面板浇筑完成"), Example("两队分别位列资格赛二、三名。"), Example("由于犯规被取消，排名下跌至23位。"), Example("中国今年排名上升了3位"),
        // A policy named after its articles, the number closing a short quoted name.
        Example("三亚近日出台“旅游十条”"), Example("助企纾困“新12条”明确降低经营成本"), Example("大气污染防治“国十条”公布"), Example("冬小麦一、二类苗长势好于常年"), Example("今晚播出三、四集"), Example("子弹库帛书二、三卷回归祖国"),
        Example("明晚7点在央视三套综艺频道重播"), Example("做好科技金融、绿色金融五篇大文章"), Example("完成了四周跳"),
        Example("完成三周半跳跃"), Example("穆勒在本场比赛中独中三元"), Example("加强两组织互学互鉴"), Example("六和村五组的村民"), Example("打造“15分钟生活圈”"), Example("共守“七条底线”"), Example("抛出所谓“17项策略”"),
        Example("地上万家灯火"), Example("进入大陆千家万户"),
        Example("在男子100米仰泳决赛中"), Example("男子4×100米接力预赛"), Example("女子81公斤以上级的比赛"),
        Example("40万吨级超大型矿砂船"), Example("打造3000亿元级产业集群"), Example("男子25米手枪速射"), Example("吾日三省吾身"), Example("高三学生复课"), Example("推行药品采购两票制"),
        Example("五金店"), Example("建立三金制度"), Example("村民施六金"), Example("2020金秋招聘月"),
        Example("面对3亿多银发族"), Example("206省道梅花山路段"), Example("拨打12345市民热线"),
        Example("2023职工技能大赛"), Example("±800千伏特高压"), Example("汽车零件"), Example("从零起步"),
        Example("在已经取得的500亿票房中"), Example("工农中建4银行"), Example("3列入选名单"),
        Example("三省委书记"), Example("300会员单位"), Example("1.2亿农民工工资"), Example("女子100米栏决赛"),
        Example("举办2023职工运动会"), Example("二十四节气·谷雨"), Example("编制“十四五”职工队伍建设五年规划"),
        Example("实施产业工人队伍建设改革三年行动计划"), Example("发挥中央和地方两个积极性"), Example("落实汽车三包规定"),
        Example("在冬季两项男子7.5公里站姿组比赛中"), Example("男子100米决赛"), Example("短道速滑女子1000米"),
        Example("跳水男子3米板决赛"), Example("铁人三项比赛"), Example("十项全能"), Example("珠三角五分之一的企业"), Example("长三角十分重视职工培训"), Example("为实现两个百年奋斗目标"),
    ]
    static let codes: [Example] = [
        Example("63698部队官兵"), Example("女子举重53公斤级比赛"), Example("建成30万吨级原油码头"),
        Example("北京丽泽D07项目工地"), Example("乘坐D2242次列车"), Example("拨打0631-5201234"),
        Example("〔2024〕3号文件"), Example("5G基站"), Example("拨打12345热线"), Example("三分之一的职工"),
    ]
    static let idioms: [Example] = [
        Example("一线产业工人"), Example("一批先进知识分子"), Example("一丝不苟"), Example("一心一意"),
        Example("三心二意"), Example("收拾东西"), Example("产业工人队伍"), Example("一成不变"),
        Example("作为一名产业工人"), Example("一次办好"), Example("一场科技盛宴"), Example("万众一心"),
        Example("千方百计"), Example("成千上万"), Example("十分重要"), Example("唯一一个"),
    ]

    @Test(arguments: dates) func dateOrTime(_ example: Example) { check(example) }
    @Test(arguments: ordinals) func ordinalOrRank(_ example: Example) { check(example) }
    @Test(arguments: names) func nameWithNumeral(_ example: Example) { check(example) }
    @Test(arguments: codes) func codeOrNumberSign(_ example: Example) { check(example) }
    @Test(arguments: idioms) func idiomOrSetWord(_ example: Example) { check(example) }
}
