/// Character classes of Chinese (and ASCII) punctuation that sentence and paragraph rules use.
enum Punctuation {
    /// Marks that end a sentence; `；` is added when options ask for it.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
    static let semicolons: Set<Unicode.Scalar> = ["；", ";"]
    /// Quotes inside which an end mark only ends a sentence when a further sentence follows it.
    static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’", "「": "」", "『": "』", "\"": "\""]
    /// Brackets and title marks inside which an end mark never ends a sentence.
    static let bracketPairs: [Unicode.Scalar: Unicode.Scalar] = ["（": "）", "(": ")", "《": "》", "〈": "〉", "【": "】", "[": "]"]
    /// The closer of an opening quote or bracket of `quotePairs` or `bracketPairs`; nil for any
    /// other code point. A switch: the splitter asks at every opener, and the dictionaries
    /// hashed each one.
    static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar? {
        switch opener {
        case "“": "”"
        case "‘": "’"
        case "「": "」"
        case "『": "』"
        case "\"": "\""
        case "（": "）"
        case "(": ")"
        case "《": "》"
        case "〈": "〉"
        case "【": "】"
        case "[": "]"
        default: nil
        }
    }

    /// What may follow an end mark and still belong to the sentence: closing quotes and brackets.
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "》", "〉", "）", ")", "】", "]", "\""]
    /// Punctuation inside a sentence, which headings rarely carry.
    static let clauseMarks: Set<Unicode.Scalar> = ["，", "、", "；", ",", ";"]

    /// True when the scalar is a letter, digit or ideograph, i.e. not punctuation, space or a symbol.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass(scalar).contains(.word)
    }

    /// True when `text` ends like a sentence: an end mark, maybe followed by closing quotes.
    static func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = scalars.count - 1
        while index >= 0, ScalarClass(scalars[index]).contains(.closer) { index -= 1 }
        guard index >= 0 else { return false }
        return !ScalarClass(scalars[index]).isDisjoint(with: [.sentenceEnd, .semicolon]) || scalars[index] == "…"
    }
}
