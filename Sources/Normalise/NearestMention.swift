/// The index of the mention nearest `figure` among those `included`: the one ending last before
/// the figure, else the one starting first after it; on a tie the earlier in the list. An index,
/// not a filtered copy: mentions hold Strings, and copying them cost a retain each.
func nearestMention<Mention>(among mentions: [Mention], range: (Mention) -> Range<Int>, to figure: Range<Int>,
                             where included: (Mention) -> Bool) -> Int? {
    var before: Int?
    var beforeEnd = Int.min
    var after: Int?
    var afterStart = Int.max
    for index in mentions.indices where included(mentions[index]) {
        let mention = range(mentions[index])
        if mention.upperBound <= figure.lowerBound, before == nil || mention.upperBound > beforeEnd {
            before = index
            beforeEnd = mention.upperBound
        }
        if mention.lowerBound >= figure.upperBound, after == nil || mention.lowerBound < afterStart {
            after = index
            afterStart = mention.lowerBound
        }
    }
    return before ?? after
}
