/// Recognises figures that are part of a total given before them: 其中, 包括, 含, 内含.
///
/// A figure is a part when its phrase (the text between ，；：。！？ around it) opens with one of
/// these words, or when the whole sentence does: 其中邮政公司…已单独建会，50多家会员单位没有建立工会组织.
struct PartMarker: Sendable {
    static let markers = WordList(["其中", "包括", "内含", "含"])

    /// True when the phrase around `range` opens with a marker; whether the sentence does is
    /// asked once per sentence (`opensWithMarker(text, at: 0)`).
    func opensPhrase(around range: Range<Int>, in text: ScalarText) -> Bool {
        opensWithMarker(text, at: text.phraseStart(before: range))
    }

    func opensWithMarker(_ text: ScalarText, at offset: Int) -> Bool {
        Self.markers.matches(at: text.wordStart(from: offset), in: text)
    }
}
