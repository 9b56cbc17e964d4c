/// A sentence told apart from others by its UTF-8 bytes: the same passage is the same bytes.
/// String's own hashing and equality normalise the text first, which cost 0.2 G instructions to
/// group the sentences of 10 000 figures.
struct SentenceText: Hashable {
    let text: String

    static func == (lhs: Self, rhs: Self) -> Bool {
        let left = lhs.text.utf8, right = rhs.text.utf8
        guard left.count == right.count else { return false }
        let contiguous = left.withContiguousStorageIfAvailable { left in
            right.withContiguousStorageIfAvailable { left.elementsEqual($0) }
        }
        return (contiguous ?? nil) ?? left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        let utf8 = text.utf8
        hasher.combine(utf8.count)
        if utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in utf8 { hasher.combine(byte) }
        }
    }
}
