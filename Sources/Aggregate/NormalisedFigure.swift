import Normalise
import TongjiCore

/// One figure as the aggregate stage takes it: the figure, its meaning, whether it is a reprint,
/// and an id (its index in the run's figure list) that groups point back to.
public struct NormalisedFigure: Sendable, Hashable {
    public var id: Int
    public var figure: Figure
    public var meaning: Meaning
    /// True when the figure stands in text printed earlier; it is never summed twice.
    public var duplicate: Bool

    public init(id: Int, figure: Figure, meaning: Meaning, duplicate: Bool = false) {
        self.id = id
        self.figure = figure
        self.meaning = meaning
        self.duplicate = duplicate
    }
}
