/// Decodes UTF-8 bytes straight into a reusable buffer of code points.
///
/// The extractor works on code points; going through `String` first would validate, allocate
/// and then decode every line a second time.
enum UTF8Scalars {
    /// Replaces the contents of `scalars` with the decoded bytes. Returns the offset of the first
    /// byte that is not valid UTF-8, or nil when all of it is.
    static func decode(_ bytes: ArraySlice<UInt8>, into scalars: inout [Unicode.Scalar]) -> Int? {
        scalars.removeAll(keepingCapacity: true)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                scalars.append(Unicode.Scalar(b0))
                i += 1
                continue
            }
            let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0
            guard length > 0, i + length <= end else { return i - bytes.startIndex }
            var v = UInt32(b0) & (0xFF >> (length + 1))
            for k in 1..<length {
                let b = bytes[i + k]
                guard b & 0xC0 == 0x80 else { return i - bytes.startIndex }
                v = v << 6 | UInt32(b & 0x3F)
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard v >= minimum, let scalar = Unicode.Scalar(v) else { return i - bytes.startIndex }
            scalars.append(scalar)
            i += length
        }
        return nil
    }
}
