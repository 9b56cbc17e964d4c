/// A horizontal bar chart drawn as inline SVG nodes in the page's own tree: no script, no image
/// file, and it scales with the page because only its `viewBox` is fixed.
///
/// Bars are horizontal because their labels are Chinese place and period names, which read badly
/// rotated. The chart is `role="img"` with a `<title>` and a `<desc>` that lists every bar's value,
/// so a screen reader (or a reader of the printed table) loses nothing.
struct BarChart: Sendable {
    struct Bar: Sendable, Hashable {
        let label: String
        /// The length to draw; only its ratio to the longest bar matters.
        let magnitude: Double
        /// The value as readers see it: `≥2.09亿元`.
        let text: String
    }

    /// What the chart shows, also its caption: `各地区合计（元）`.
    let title: String
    let bars: [Bar]
    /// A unique id for the title, which `aria-labelledby` points to.
    let id: String

    /// A chart needs two bars to compare anything.
    var isWorthDrawing: Bool { bars.count >= 2 }

    /// Sized so that on a phone (about 370 px wide) the 15 px labels still read at 11 px or more.
    private static let width = 480, labelWidth = 130, valueWidth = 100, rowHeight = 30, barHeight = 18

    func node() -> HTMLNode {
        let height = bars.count * Self.rowHeight + 8
        let longest = bars.map(\.magnitude).max() ?? 0
        let area = Double(Self.width - Self.labelWidth - Self.valueWidth)
        let rows: [HTMLNode] = bars.enumerated().flatMap { index, bar -> [HTMLNode] in
            let top = 4 + index * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            let length = longest > 0 ? max(1, Int((bar.magnitude / longest * area).rounded())) : 1
            return [
                .element("text", [("x", "\(Self.labelWidth - 8)"), ("y", "\(middle)"), ("class", "bar-label"),
                                  ("text-anchor", "end"), ("dominant-baseline", "central")], text: bar.label),
                .element("rect", [("x", "\(Self.labelWidth)"), ("y", "\(middle - Self.barHeight / 2)"),
                                  ("width", "\(length)"), ("height", "\(Self.barHeight)"), ("class", "bar")]),
                .element("text", [("x", "\(Self.labelWidth + length + 6)"), ("y", "\(middle)"), ("class", "bar-value"),
                                  ("dominant-baseline", "central")], text: bar.text),
            ]
        }
        let description = bars.map { "\($0.label)：\($0.text)" }.joined(separator: "；")
        return .element("figure", [("class", "chart")], [
            .element("figcaption", text: title),
            .element("svg", [("role", "img"), ("aria-labelledby", id), ("viewBox", "0 0 \(Self.width) \(height)"),
                             ("preserveAspectRatio", "xMinYMin meet")],
                     [.element("title", [("id", id)], text: title), .element("desc", text: description)] + rows),
        ])
    }
}
