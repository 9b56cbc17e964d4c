import Normalise
import Testing

/// The built-in table of divisions and the heuristics for ambiguous names.
@Suite struct GazetteerTests {
    @Test func holdsEveryProvincialAndPrefectureLevelDivision() {
        let regions = Gazetteer.builtIn.regions
        #expect(regions.filter { $0.city.isEmpty }.count == 34)
        #expect(regions.filter { !$0.city.isEmpty }.count == 333)
    }

    @Test func shortNamesAndCitiesImplyTheirProvince() {
        let table = Gazetteer.builtIn
        #expect(table.region(named: "海西州") == Region(province: "青海省", city: "海西蒙古族藏族自治州"))
        #expect(table.firstRegion(in: "“科学快车”开进张掖") == Region(province: "甘肃省", city: "张掖市"))
        #expect(table.firstRegion(in: "西藏工会举办职工演讲比赛") == Region(province: "西藏自治区"))
    }

    @Test func ambiguousNamesPreferTheProvinceOrNeedTheirSuffix() {
        let table = Gazetteer.builtIn
        #expect(table.firstRegion(in: "吉林：30名全国劳模被聘为大学教授") == Region(province: "吉林省"))
        #expect(table.firstRegion(in: "吉林市总工会") == Region(province: "吉林省", city: "吉林市"))
        #expect(table.firstRegion(in: "他穿着中山装") == nil)
        #expect(table.firstRegion(in: "海南州总工会") == Region(province: "青海省", city: "海南藏族自治州"))
        #expect(table.firstRegion(in: "海南省总工会") == Region(province: "海南省"))
    }
}
