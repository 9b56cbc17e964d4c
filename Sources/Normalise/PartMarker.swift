/// Recognises figures that are part of a total given before them: 其中, 包括, 含, 内含.
///
/// A figure is a part when its phrase (the text between ，；：。！？ around it) opens with one of
/// these words, or when the whole sentence does: 其中邮政公司…已单独建会，50多家会员单位没有建立工会组织.
struct PartMarker: Sendable {
    static let markers: [[Unicode.Scalar]] = ["其中", "包括", "内含", "含"].map(\.scalarArray)

    func isPart(_ range: Range<Int>, in text: ScalarText) -> Bool {
        let phrase = text.phrase(around: range)
        return opensWithMarker(text, at: phrase.lowerBound) || opensWithMarker(text, at: 0)
    }

    private func opensWithMarker(_ text: ScalarText, at offset: Int) -> Bool {
        var start = offset
        while start < text.count, text.scalars[start].properties.isWhitespace { start += 1 }
        return Self.markers.contains { text.matches($0, at: start) }
    }
}
