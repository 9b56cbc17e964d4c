import Extract
import Normalise
import TestSupport
import Testing

/// Which keyword decides a figure's category, on sentences of the sample page.
@Suite struct CategoryTests {
    @Test func keywordInTheFiguresOwnClauseDecides() {
        let page = Normalised("2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。")
        #expect(page["1406.46万元"]?.category == "funding")
        #expect(page["1406.46万元"]?.categoryReason == "资金")
        #expect(page["8825.2万元"]?.category == "funding")
    }

    @Test func keywordsOfOtherFiguresClausesDoNotSpreadToTheirNeighbours() {
        let page = Normalised("2020年以来，共创建由各级劳模、工匠领衔的创新工作室1300多个，各级工会投入资金1406.46万元，带动和影响地方及企业投入创新经费8825.2万元，支持劳模创新工作室完成技术创新项目3120项，创造经济效益7.6亿元，培养各类人才3900多人。")
        #expect(page["1300多个"]?.category == "other")
        #expect(page["3120项"]?.category == "other")
        #expect(page["3900多人"]?.category == "other")
    }

    @Test func listsAndParticipantsTakeTheCategoryOfTheFigureBefore() {
        let page = Normalised("2020年以来，全省各级工会组织开展“当好主人翁、建功新时代”主题劳动竞赛3284项，参加单位5587个、班组4.5万个、职工126.3万人。")
        for span in ["3284项", "5587个", "4.5万个", "126.3万人"] {
            #expect(page[span]?.category == "competitions", "\(span)")
        }
        let awards = Normalised("比赛最终评选出一等奖2名、二等奖3名、三等奖5名、优秀奖3名。")
        #expect(awards.meanings.count == 4)
        #expect(awards.meanings.allSatisfy { $0.category == "competitions" })
    }

    /// Sentences of the national news (xwlb 2015, 2016): a part given after 其中 is part of the
    /// figure before it, and of its topic, though no keyword stands in its own clause.
    @Test func aPartTakesTheCategoryOfTheFigureBefore() {
        let funds = Normalised("截至2015年底，宁波对口帮扶到位资金5.51亿元，其中70%用于产业帮扶。")
        #expect(funds["70%"]?.category == "funding")
        #expect(funds["70%"]?.categoryReason == "资金")
        let spaced = Normalised("截至2015年底，宁波对口帮扶到位资金5.51亿元， 其中70%用于产业帮扶。")
        #expect(spaced["70%"]?.category == "funding", "a space after the comma, as page layouts leave")
        let frozen = Normalised("从2016年1月试运行至今，“查控中心”已冻结全国涉案账户40多万个，冻结资金11亿多元，其中8000多万元已返还被骗群众，其余十多亿元冻结资金将陆续返还。")
        #expect(frozen["8000多万元"]?.category == "funding")
        #expect(frozen["40多万个"]?.category == "other", "the figure before decides, not any figure of the sentence")
    }

    /// xwlb 2019: seats among spectators are a part of another kind, not of the figure before.
    @Test func onlyAPartOfTheSameKindOrAShareTakesTheCategoryOfTheFigureBefore() {
        let seats = Normalised("竞技场内可容纳6万名观众同时观看比赛，其中包括500个轮椅席位。")
        #expect(seats["6万名"]?.category == "competitions")
        #expect(seats["500个"]?.category == "other")
    }

    @Test func aKindFallbackDecidesOnlyWhenNoKeywordDoes() {
        let sentence = "甘肃省总工会通过百万职工职业技能素质提升活动，培养命名了700多个创新型班组，带动各级工会投入资金1464万余元，创造经济效益9.6亿元。"
        #expect(Normalised(sentence)["9.6亿元"]?.category == "other", "经济效益 is output, not funding")
        let withFallback = UnionNews.categories.map {
            var definition = $0
            if definition.name == "funding" { definition.fallbackKinds = [.money] }
            return definition
        }
        let figures = FigureExtractor().figures(in: sentence)
        let meanings = Normaliser(categories: withFallback).meanings(
            of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
        #expect(meanings.last?.category == "funding")
        #expect(meanings.last?.categoryReason == "元")
        #expect(meanings.first?.category == "other")
    }

    /// xwlb, from a blind audit of categories: a keyword only decides the kinds its category
    /// holds (funding holds money, membership no money).
    @Test func aKeywordDecidesOnlyTheKindsItsCategoryHolds() {
        let sent = Normalised("各地加大政策、资金等帮扶力度，选派9.6万名驻村队员。")
        #expect(sent["9.6万名"]?.category == "other", "资金 is not the people sent")
        #expect(Normalised("目前投入使用的职工书屋500个。")["500个"]?.category == "other")
        let dues = Normalised("中央组织部从代中央管理党费中划拨专款，慰问生活困难党员共计4亿元。")
        #expect(dues["4亿元"]?.category == "funding", "党员 is in its clause, but membership holds no money")
        #expect(dues["4亿元"]?.categoryReason == "划拨")
        let list = Normalised("工会下拨资金500万元、慰问困难职工2000人。")
        #expect(list["2000人"]?.category == "other", "a list goes on, but funding holds no people")
        let title = Normalised("合计300万元。", title: "市总工会划拨资金慰问困难党员")
        #expect(title["300万元"]?.category == "funding", "the title's keyword nearest its end that holds money")
    }

    /// The development set's line 108, and crime money of xwlb: a keyword inside one of its
    /// category's exceptions does not count.
    @Test func aKeywordInsideAnExceptionDoesNotCount() {
        let platform = Normalised("此外，威海工会加强对工会会员服务平台的管理，做强做实法律援助、职工书屋等23个功能模块，全天候开展网上服务“不打烊”。")
        #expect(platform["23个"]?.category == "other")
        #expect(Normalised("涉案资金达到了1500多万元。")["1500多万元"]?.category == "other")
        #expect(Normalised("联合国193个会员国一致通过决议。")["193个"]?.category == "other")
        #expect(Normalised("新发展工会会员500万人。")["500万人"]?.category == "membership")
    }

    /// xwlb, from a second blind audit of categories: the items of a list joined by 、 share the
    /// keyword after the last of them.
    @Test func aListSharesTheKeywordAfterItsLastItem() {
        let events = Normalised("中国代表团将参加5个大项、12个分项、55个小项的比赛。")
        for span in ["5个", "12个", "55个"] {
            #expect(events[span]?.category == "competitions", "\(span)")
        }
        let trades = Normalised("全市职工参加30个工种、12个项目的技能竞赛。")
        #expect(trades["30个"]?.category == "competitions")
        let mixed = Normalised("工会下拨资金500万元、慰问困难职工2000人。")
        #expect(mixed["2000人"]?.category == "other", "only keywords of categories that hold the kind")
        // A keyword of another item is that item's own, not the list's.
        let items = Normalised("全年培训职工1.2万人次、发展会员3000人。")
        #expect(items["1.2万人次"]?.category == "other")
        #expect(items["3000人"]?.category == "membership")
        let visit = Normalised("8次出访、14个国家、223次会见、44次演讲。")
        #expect(visit["14个"]?.category == "other")
        #expect(Normalised("开展技能培训30场、举办技能竞赛5场。")["30场"]?.category == "other")
    }

    /// From blind audits 13 and 14 (xwlb 2012–2026): a keyword that is an inner item of a list of
    /// other things, or its last item closed by 等, names that item, not what the sentence counts; a
    /// list of the category's own words, or a keyword in its first item (the sentence's subject),
    /// still decides.
    @Test func aLoneItemOfAListDecidesNothingElse() {
        let forum = Normalised("本届论坛年会设置论坛会议、成果发布、技术交易、前沿大赛、配套活动五大板块，共有百余场活动。")
        #expect(forum["百余场"]?.category == "other")
        let fair = Normalised("本次创交会将举办高端论坛、成果展览、创业大赛等各类活动53项。")
        #expect(fair["53项"]?.category == "other", "a last item that 等 closes, in the figure's own clause")
        let other = Normalised("举办高端论坛、创业大赛等各类活动，吸引3000人参加。")
        #expect(other["3000人"]?.category == "other", "nor a figure of another clause")
        let topics = Normalised("围绕人工智能、医药健康等热点议题举办论坛会议、技术交易、前沿大赛、配套活动等6大板块130多场活动。")
        #expect(topics["130多场"]?.category == "other", "a phrase holds two lists, each closed by 等")
        let equal = Normalised("开展平等协商、技能竞赛、技术比武等活动，参与职工50万人次。")
        #expect(equal["50万人次"]?.category == "competitions", "the 等 of 平等 closes no list")
        let training = Normalised("全年培训职工1.2万人次、举办竞赛、发展会员3000人。")
        #expect(training["1.2万人次"]?.category == "other")
        let record = Normalised("代表团规模最大、运动员人数最多、参赛项目最全，共有96名运动员。")
        #expect(record["96名"]?.category == "competitions", "a last item that runs on as a clause")
        let contests = Normalised("各级工会组织开展岗位练兵、技能竞赛、技术比武、创新成果展示等活动，参与职工达50万人次。")
        #expect(contests["50万人次"]?.category == "competitions")
        let subject = Normalised("大赛共收到科技新发明、创意新媒体、设计新视角、科幻新世界作品6078件，评出奖项128个。")
        #expect(subject["6078件"]?.category == "competitions")
    }

    /// Exceptions of the union-news pipeline from audits 13 and 14: budget revenue is no funding,
    /// and 党员 in the name of an office or a room is no membership.
    /// A list's first item is an item too when a verb of holding opens it (audit 18).
    @Test func aListOpenedByAVerbOfHoldingNamesItsItems() {
        #expect(Normalised("甘肃组织宣讲大赛、文艺展演等活动8000余场次。")["8000余场次"]?.category == "other")
        #expect(Normalised("先后对军区组织的比武、考核、演习等30多项军事活动实行监督。")["30多项"]?.category == "other")
        #expect(Normalised("大赛共收到科技新发明、创意新媒体等作品300件。")["300件"]?.category == "competitions")
    }

    @Test func budgetRevenueAndPartyOfficesAreOther() {
        #expect(Normalised("全国一般公共预算收入184981亿元。")["184981亿元"]?.category == "other")
        #expect(Normalised("下达预算资金50亿元。")["50亿元"]?.category == "funding")
        let office = Normalised("徐进是贵州省委组织部党员教育中心副主任，他和另外四名工作队员来到白层镇。")
        #expect(office["四名"]?.category == "other")
        #expect(Normalised("今年全村新发展党员4名。")["4名"]?.category == "membership")
    }

    /// From blind audit 15: money a government arranges or takes out is funding (安排, 拿出), and
    /// 角逐 names a contest.
    @Test func arrangedMoneyIsFundingAndContendingIsAContest() {
        #expect(Normalised("中央财政安排104亿元，加强农村厕所改造。")["104亿元"]?.category == "funding")
        #expect(Normalised("县里拿出3800多万元建设新校舍。")["3800多万元"]?.category == "funding")
        #expect(Normalised("安排了3场活动。")["3场"]?.category == "other", "only money")
        #expect(Normalised("32支代表队540名选手在6个工种中展开角逐。")["6个"]?.category == "competitions")
    }

    /// A clause whose only figure is a length of time still speaks for the sentence (audits 12, 13).
    @Test func aKeywordBesideALengthOfTimeDecidesTheFiguresAfterIt() {
        let drill = Normalised("比武为期10天，全国消防救援机动队伍选拔出的近300名消防员参加。")
        #expect(drill["近300名"]?.category == "competitions")
        #expect(drill["10天"]?.category == "other")
        let show = Normalised("本次大赛为期一个半月，共展出50多个精美作品。")
        #expect(show["50多个"]?.category == "competitions")
    }

    /// From a third blind audit of categories: contests count people, teams and events, not
    /// rates or distances; what stands in brackets stays in its clause.
    @Test func contestsHoldCountsAndBracketsStayInTheirClause() {
        let growth = Normalised("全市举办职工技能比赛，全市GDP增长6.5%。")
        #expect(growth["6.5%"]?.category == "other")
        let regions = Normalised("中央财政拨付7省（区、市）2.1亿元。")
        #expect(regions["2.1亿元"]?.category == "funding")
        #expect(regions["2.1亿元"]?.categoryReason == "拨付")
        #expect(Normalised("企业投资5000万元建设职工之家。")["5000万元"]?.category == "funding")
        #expect(Normalised("组建党员志愿服务队12支。")["12支"]?.category == "other")
    }

    /// From a review: lists whose figures hold ASCII commas (once a crash), a figure after the
    /// list's head, a rough number spanning two clauses, and brackets that do not pair simply.
    @Test func listsAndBracketsOfEveryShape() {
        let commas = Normalised("培训职工1,200人、3,500人次。")
        #expect(commas.meanings.count == 2)
        #expect(commas["1,200人"]?.category == "other")
        let headThenFigure = Normalised("全市举办5个大项、12个分项的技能比赛共300场。")
        #expect(headThenFigure["5个"]?.category == "competitions")
        let rough = Normalised("举办技能竞赛5、6场，慰问职工300人。")
        #expect(rough["300人"]?.category == "other", "the contest word is the rough number's own")
        let stray = Normalised("开展活动（含技能竞赛）120场，2）慰问职工2000人。")
        #expect(stray["2000人"]?.category == "other", "a stray ） pairs with no （ already closed")
        let mixed = Normalised("拨付7省(区、市）2.1亿元。")
        #expect(mixed["2.1亿元"]?.category == "funding", "( pairs with ）")
        let unclosed = Normalised("只有开括号（资金、500万元。")
        #expect(unclosed["500万元"]?.category == "funding")
    }

    @Test func partyCadresAtWorkAreNoMembership() {
        #expect(Normalised("组织党员干部深入20多家企业展开调研。")["20多家"]?.category == "other")
        #expect(Normalised("4万多名党员和群众参加了升旗仪式。")["4万多名"]?.category == "other")
        #expect(Normalised("全国共发展党员198.2万名。")["198.2万名"]?.category == "membership")
    }

    /// xwlb 2015, 2020: a clause that gives the change or the level of the figure before, of the
    /// same kind, is about the same thing.
    @Test func aChangeOrALevelTakesTheCategoryOfTheFigureBefore() {
        let aid = Normalised("中央财政下达困难群众救助补助资金1546.83亿元，比上年增加70.6亿元。")
        #expect(aid["70.6亿元"]?.category == "funding")
        let level = Normalised("居民医保人均财政补助标准提高30元，达到每人每年610元。")
        #expect(level["610元"]?.category == "funding")
        let members = Normalised("2014年，全国共发展党员205.7万名，较上年减少35.1万名。")
        #expect(members["35.1万名"]?.category == "membership")
        let otherKind = Normalised("各级工会投入资金1406.46万元，比上年增加120个项目。")
        #expect(otherKind["120个"]?.category == "other", "a change of another kind is no part of the sum")
    }

    @Test func membershipWordsDecide() {
        #expect(Normalised("当李克强步入会见厅时，十多位塞尔维亚知名人士起立鼓掌。")["十多位"]?.category == "other", "步入会见厅")
        #expect(Normalised("其中邮政公司、顺丰公司等快递企业已单独建会，50多家会员单位没有建立工会组织。")["50多家"]?.category == "membership")
        #expect(Normalised("据统计，2020年，在各级党委组织部门的大力支持下，全省基层工会在广大职工中“推优入党”8998名，取得了很好的工作成效。")["8998名"]?.category == "membership")
    }

    @Test func titleDecidesWhenTheSentenceHasNoKeyword() {
        let bare = Normalised("据统计，此次工匠直播月活动在线观看超30万人次。", title: "西藏工会举办职工演讲比赛")
        #expect(bare["超30万人次"]?.category == "competitions")
        #expect(bare["超30万人次"]?.categoryReason == "比赛", "the keyword nearest the end of the title")
        #expect(Normalised("据统计，此次工匠直播月活动在线观看超30万人次。")["超30万人次"]?.category == "other")
    }

    /// A keyword in the name of a work or a document names it (audit 16); outside it, it decides.
    @Test func keywordsInBookTitlesDecideNothing() {
        #expect(Normalised("《我和我的家乡》《一点就到家》《夺冠》等7部优秀国产影片集中上线。")["7部"]?.category == "other")
        #expect(Normalised("《演讲与口才》杂志今年发行10万册。")["10万册"]?.category == "other")
        #expect(Normalised("印发《劳动竞赛管理办法》，全年开展竞赛300项。")["300项"]?.category == "competitions")
        #expect(Normalised("据《人民日报报道，投入资金500万元，详见《通知》。")["500万元"]?.category == "funding", "an unclosed 《")
    }

    /// An amount given again in yuan takes the category of the amount it converts (audit 15).
    @Test func anAmountInAnotherCurrencyTakesTheCategoryOfTheFirst() {
        let converted = Normalised("日本政府宣布，计划投入470亿日元，约合人民币29亿元，处理福岛核污染水。")
        #expect(converted["470亿日元"]?.category == "funding")
        #expect(converted["约合人民币29亿元"]?.category == "funding")
    }

    /// A fund's income and balance are no money put in (audit 17); money put into a fund is.
    @Test func fundIncomeAndBalanceAreNoFunding() {
        #expect(Normalised("今年1—11月基本医疗保险基金总收入29362.15亿元。")["29362.15亿元"]?.category == "other")
        #expect(Normalised("三项社会保险基金累计结余6.9万亿元。")["6.9万亿元"]?.category == "other")
        #expect(Normalised("市总工会向困难职工帮扶基金注入500万元。")["500万元"]?.category == "funding")
        #expect(Normalised("查扣冻结涉赌资金超过180亿元。")["超过180亿元"]?.category == "other", "money of a crime")
        #expect(Normalised("确定使用1000亿元失业保险基金结余实施职业技能提升行动。")["1000亿元"]?.category == "funding",
                "a balance put to use")
    }

    /// A headline over a list of unrelated sentences that the segmenter could not cut (audit 16)
    /// speaks for no more than the article's first `titleSentences` sentences.
    @Test func titleSpeaksForTheOpeningSentencesOnly() {
        let sentence = "县里共有120家企业复工。"
        let filler = Array(repeating: "央视网消息（新闻联播）：今天天气晴朗。", count: Normaliser.titleSentences - 1)
        let sentences = [sentence] + filler + [sentence]
        let found = [0, sentences.count - 1].flatMap { index in
            FigureExtractor().figures(in: sentences[index]).map { SentenceFigure(figure: $0, sentence: index) }
        }
        let meanings = Normaliser(categories: UnionNews.categories)
            .meanings(of: found, in: ArticleText(title: "全国职工职业技能大赛开幕", sentences: sentences))
        #expect(meanings.map(\.category) == ["competitions", "other"])
    }

    /// The category without keywords takes the rest whatever its name; with none, `other` does.
    @Test func theCategoryWithoutKeywordsTakesTheRest() {
        let sentence = "据统计，此次工匠直播月活动在线观看超30万人次，投入资金50万元。"
        let categories = [CategoryDefinition(name: "funding", label: "资金投入", keywords: ["资金"]),
                          CategoryDefinition(name: "misc", label: "杂项", keywords: [])]
        let figures = FigureExtractor().figures(in: sentence)
        let named = Normaliser(categories: categories).meanings(of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
        #expect(named.map(\.category) == ["misc", "funding"])
        let unnamed = Normaliser(categories: Array(categories.prefix(1))).meanings(
            of: figures, in: FigureContext(sentence: sentence, sentenceFigures: figures))
        #expect(unnamed.map(\.category) == ["other", "funding"])
    }

    @Test func lengthsOfTimeStayOther() {
        let sentence = "特别是2004年以来，甘肃省总工会联合有关部门持续17年开展百万职工技能素质提升活动，不断完善劳动和技能大赛的激励措施。"
        #expect(Normalised(sentence)["17年"]?.category == "other")
    }
}
