/// Cleans up what hides numbers from the extractor while keeping each code point's original place.
///
/// Full-width digits and letters become ASCII, ideographic spaces, NBSP and tabs become plain
/// spaces, and zero-width characters are dropped. Every change maps one code point to at most
/// one, so columns still count code points of the original line.
enum TextNormaliser {
    /// The input split into lines (CRLF, CR and LF all end a line), each cleaned up and trimmed.
    /// Lines are built in one reused buffer and copied out at their exact size.
    static func lines(of text: String, file: String) -> [MappedText] {
        var lines: [MappedText] = []
        var current = MappedText(file: file)
        var line = 1, column = 1
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous == "\r" {
                previous = scalar
                continue
            }
            previous = scalar
            if scalar == "\n" || scalar == "\r" {
                lines.append(current.trimmedCopy())
                current.removeAll()
                line += 1
                column = 1
                continue
            }
            if let clean = normalised(scalar, after: current.scalars.last) {
                current.append(clean, line: line, column: column)
            }
            column += 1
        }
        lines.append(current.trimmedCopy())
        return lines
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
