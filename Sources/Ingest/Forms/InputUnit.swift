import TongjiCore

/// What a form reader gives back: the blocks of one page to segment into articles, or of one
/// article whose bounds the input already gives (a JSON Lines record, an HTML `<article>`).
struct InputUnit: Sendable {
    var blocks: [Block]
    var isSingleArticle: Bool
    var date: CalendarDate?
    var metadata: [String: String] = [:]
}

/// The units of one input file and the encoding it was decoded from.
struct ParsedInput: Sendable {
    var form: Document.Form
    var encoding: String
    var units: [InputUnit]
}
