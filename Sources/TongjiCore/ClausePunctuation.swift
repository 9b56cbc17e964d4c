/// The punctuation that ends a clause, one definition for every stage that cuts text into
/// clauses: ingest's reprint fingerprints, extract's lists (分别 in the clause), normalise's
/// look-ups around a figure.
public enum ClausePunctuation {
    /// ，、；：。！？ and their ASCII forms: the set, for building tables.
    public static let clauseBreaks: Set<Unicode.Scalar> = ["，", "、", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?"]

    /// True for the members of `clauseBreaks`. A switch, not a Set: the finders ask this of every
    /// code point around every figure, and hashing showed up as a tenth of the normalise stage.
    @inlinable
    public static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "、", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?": true
        default: false
        }
    }

    /// Punctuation that ends a phrase: the clause breaks but the enumeration comma 、, which joins
    /// the items of a list within one phrase.
    @inlinable
    public static func isPhraseBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "、" && isClauseBreak(scalar)
    }
}
