import TongjiCore

/// How far a group's sum can be trusted, from the qualifiers of the figures summed.
///
/// A sum of figures that are all exact is exact. Lower bounds (1464万余元, ranges summed at their
/// lower end) make it a lower bound. Upper bounds and approximations (近5万, 约3000) make it
/// approximate, and approximate wins over a lower bound: once a term may be too high, the sum is
/// no longer certainly at least its value.
public enum SumBound: String, Sendable, Hashable, CaseIterable {
    case exact
    case atLeast
    case approximately

    /// The bound of a sum that adds a figure with `qualifier` (and `isRange`) to a sum bounded by `self`.
    func adding(_ qualifier: Qualifier, isRange: Bool) -> SumBound {
        if self == .approximately || qualifier == .nearly || qualifier == .approx { return .approximately }
        if self == .atLeast || qualifier == .over || isRange { return .atLeast }
        return .exact
    }

    /// `≥`, `≈` or nothing, to print before a sum.
    public var sign: String {
        switch self {
        case .exact: return ""
        case .atLeast: return "≥"
        case .approximately: return "≈"
        }
    }
}
