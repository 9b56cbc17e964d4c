import Glibc
import TongjiCore

/// Cleans up what hides numbers from the extractor while keeping each code point's original place.
///
/// Full-width digits and letters become ASCII, ideographic spaces, NBSP and tabs become plain
/// spaces, and zero-width characters are dropped. Every change maps one code point to at most
/// one, so columns still count code points of the original line.
enum TextNormaliser {
    /// The non-empty lines of `text` (CRLF, CR and LF all end a line), each cleaned up,
    /// trimmed and handed to `make` for the element to keep (so it is moved, not copied). A scan
    /// over the UTF-8 bytes, not over `String.unicodeScalars`, whose index checks cost more
    /// than all the cleaning.
    /// `firstLine` numbers the first line: a part of a file read in parts starts further on.
    static func lines<Line>(of text: String, file: String, firstLine: Int = 1, as make: (consuming MappedText) -> Line) -> [Line] {
        var text = text
        return text.withUTF8 { bytes in
            // Room for every line at once: growing the array by doubling held up to three times
            // its size at the peak of reading a file.
            var lines: [Line] = []
            lines.reserveCapacity(lineCount(of: bytes))
            var scratch = LineBuffer()
            defer { scratch.deallocate() }
            var line = firstLine, start = 0
            while start < bytes.count {
                let (end, next) = lineBounds(from: start, in: bytes)
                if let line = scratch.line(start..<end, of: bytes, number: line, file: file) { lines.append(make(line)) }
                start = next
                line += 1
            }
            return lines
        }
    }

    /// Where line `target` starts in `bytes`, whose first line is `firstLine`, counting lines as
    /// `lines(of:)` does. For the raw bytes of any encoding whose CR and LF bytes only ever end a
    /// line (UTF-8, GB18030), where a part of a file read in parts must start.
    static func offset(ofLine target: Int, in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> Int {
        var line = firstLine, start = 0
        while line < target, start < bytes.count {
            start = lineBounds(from: start, in: bytes).next
            line += 1
        }
        return start
    }

    /// How many lines `bytes` holds, counted as `lines(of:)` counts them: where the line after
    /// them starts, for bytes in such an encoding that end with a line break.
    static func lineCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, start = 0
        while start < bytes.count {
            start = lineBounds(from: start, in: bytes).next
            count += 1
        }
        return count
    }

    /// The end of the line that starts at `start` (before its CR, LF or CRLF) and the start of
    /// the next. A line break byte is never part of a longer UTF-8 sequence; memchr finds it 32
    /// bytes at a time.
    @inline(__always)
    private static func lineBounds(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, next: Int) {
        let newline = firstIndex(of: 0x0A, in: bytes, from: start, to: bytes.count)
        let end = firstIndex(of: 0x0D, in: bytes, from: start, to: newline)
        return (end, end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1))
    }

    /// How many lines `bytes` holds at most: one more than its line feeds.
    private static func lineCount(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1, start = 0
        while start < bytes.count {
            start = firstIndex(of: 0x0A, in: bytes, from: start, to: bytes.count) + 1
            count += 1
        }
        return count
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let found = memchr(bytes.baseAddress! + start, Int32(byte), end - start) else { return end }
        return UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer(found))
    }

    /// True for the code points that `normalised` returns as they are, tested first since
    /// they are most of the text (ASCII, CJK ideographs and punctuation): two compares for most.
    @inline(__always)
    static func isUnchanged(_ scalar: Unicode.Scalar) -> Bool {
        isUnchanged(scalar.value)
    }

    @inline(__always)
    static func isUnchanged(_ value: UInt32) -> Bool {
        if value &- 0x3001 < 0xFEFF - 0x3001 || value < 0xA0 && value != 0x09 { return true }
        // Full-width punctuation (，：（）！？, in every sentence) stays; digits, letters, ％ and ．
        // change: their bits in (value − 0xFF00) < 0x80.
        let fullWidth = value &- 0xFF00
        guard fullWidth < 0x100 else { return false }
        guard fullWidth < 0x80 else { return true }
        let changed: UInt64 = fullWidth < 0x40 ? 0x07FF_FFFE_03FF_4020 : 0x07FF_FFFE
        return changed >> UInt64(fullWidth & 0x3F) & 1 == 0
    }

    /// Cleans up one code point of running text; nil drops it.
    static func normalised(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05:
            return Unicode.Scalar(value - 0xFEE0)
        case 0xFF0E where previous.map { $0.properties.numericType == .decimal } ?? false:
            return "."
        case 0x3000, 0x00A0, 0x0009, 0x2002...0x200A, 0x202F, 0x205F:
            return " "
        case 0x200B...0x200D, 0xFEFF, 0x00AD:
            return nil
        default:
            return scalar
        }
    }
}

/// Storage for the cleaned-up code points of one line, reused from line to line; a plain
/// buffer, since `Array.append` per code point cost a uniqueness check each time.
private struct LineBuffer {
    private var scalars = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: 256)

    /// The cleaned-up and trimmed line at `range` of `bytes`, the UTF-8 of a `String`, in
    /// storage of its exact size; nil when nothing is left of it.
    mutating func line(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, number line: Int,
                       file: String) -> MappedText? {
        // A line has at most as many code points as bytes.
        if range.count > scalars.count {
            scalars.deallocate()
            scalars = .allocate(capacity: range.count)
        }
        var origin = TextOrigin(file: file)
        var count = 0, column = 1, index = range.lowerBound
        // The code points from consecutive columns since `runStart` form a run, over which
        // column minus offset stays `runShift`; a dropped code point ends it.
        var runStart = 0, runShift = Int.min
        var isVerbatim = true
        let storage = scalars.baseAddress!
        while index < range.upperBound {
            let stretch = count
            index = Self.copyUnchanged(bytes, from: index, to: range.upperBound, into: storage, count: &count)
            if count > stretch {
                // Kept one for one, so the stretch needs one run check, at its start.
                if column &- stretch != runShift {
                    if stretch > runStart { origin.appendRun(line: line, column: runShift + runStart, count: stretch - runStart) }
                    runStart = stretch
                    runShift = column &- stretch
                }
                column &+= count &- stretch
            }
            guard index < range.upperBound else { break }
            let (scalar, width) = UTF8Scan.scalar(in: bytes, at: index)
            index &+= width
            defer { column &+= 1 }
            var clean = scalar
            if !TextNormaliser.isUnchanged(scalar) {
                let changed = TextNormaliser.normalised(scalar, after: count > 0 ? storage[count &- 1] : nil)
                if changed != scalar { isVerbatim = false }
                guard let changed else { continue }
                clean = changed
            }
            if column &- count != runShift {
                if count > runStart { origin.appendRun(line: line, column: runShift + runStart, count: count - runStart) }
                runStart = count
                runShift = column &- count
            }
            storage[count] = clean
            count &+= 1
        }
        if count > runStart { origin.appendRun(line: line, column: runShift + runStart, count: count - runStart) }
        let kept = MappedText.trimmed(0..<count, of: UnsafeBufferPointer(scalars))
        guard !kept.isEmpty else { return nil }
        let verbatim = isVerbatim
            ? String(uncheckedUTF8: UnsafeBufferPointer(rebasing: bytes[Self.bytes(range, trimmedTo: kept, of: storage, count: count)]))
            : nil
        // Copied from a buffer pointer, not from a slice of one, which `Array` copied a code
        // point at a time; and the origin sliced only when there was white space to trim.
        if kept.count != count { origin = origin.slice(kept) }
        return MappedText(scalars: Array(UnsafeBufferPointer(rebasing: scalars[kept])), origin: consume origin, verbatim: verbatim)
    }

    /// Decodes into `storage` the code points from `index` on that are ASCII (but tab) or CJK
    /// and need no cleaning, almost all of a line, and returns where it stopped: the general
    /// decoder's width branches and the cleaning checks cost twice as much.
    @inline(__always)
    private static func copyUnchanged(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                      into storage: UnsafeMutablePointer<Unicode.Scalar>, count: inout Int) -> Int {
        var index = start
        while index < end {
            var lead = UInt32(bytes[index])
            // Ideographs (U+4000–U+9FFF, lead bytes E4–E9), most of a line, need no cleaning: a
            // loop of their own without the checks below cuts a third of the instructions.
            while lead &- 0xE4 < 6 {
                let value = (lead & 0x0F) << 12 | (UInt32(bytes[index &+ 1]) & 0x3F) << 6 | UInt32(bytes[index &+ 2]) & 0x3F
                storage[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
                index &+= 3
                count &+= 1
                guard index < end else { return index }
                lead = UInt32(bytes[index])
            }
            if lead < 0x80 {
                guard lead != 0x09 else { break }
                storage[count] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
                index &+= 1
            } else {
                guard lead & 0xF0 == 0xE0 else { break }
                let value = (lead & 0x0F) << 12 | (UInt32(bytes[index &+ 1]) & 0x3F) << 6 | UInt32(bytes[index &+ 2]) & 0x3F
                guard TextNormaliser.isUnchanged(value) else { break }
                // A value read from valid UTF-8 in the range above is a code point.
                storage[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
                index &+= 3
            }
            count &+= 1
        }
        return index
    }

    /// The bytes of code points `kept` of the line at byte `range`, which decodes to `scalars` unchanged.
    private static func bytes(_ range: Range<Int>, trimmedTo kept: Range<Int>,
                              of scalars: UnsafeMutablePointer<Unicode.Scalar>, count: Int) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        for index in 0..<kept.lowerBound { start += UTF8Scan.width(scalars[index]) }
        for index in kept.upperBound..<count { end -= UTF8Scan.width(scalars[index]) }
        return start..<end
    }

    func deallocate() {
        scalars.deallocate()
    }
}
