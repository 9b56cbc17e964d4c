/// A place a figure belongs to: a provincial-level division and, when known, a prefecture-level one.
public struct Region: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Full name of the provincial-level division: `甘肃省`, `西藏自治区`, `北京市`.
    public var province: String
    /// Full name of the prefecture-level division, empty when the figure is province-wide: `张掖市`.
    public var city: String

    public init(province: String, city: String = "") {
        self.province = province
        self.city = city
    }

    /// The province without its city, for grouping by province.
    public var provinceOnly: Region { Region(province: province) }

    /// `甘肃省张掖市`, or the province alone.
    public var description: String { province + city }

    public static func < (a: Region, b: Region) -> Bool { (a.province, a.city) < (b.province, b.city) }
}
