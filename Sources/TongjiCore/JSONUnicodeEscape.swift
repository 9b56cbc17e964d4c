/// The code point of a JSON `\uXXXX` escape, a surrogate pair (`\ud83d\ude00`) read as one.
///
/// Read from code units of either kind: the bytes of a figure line (`tongji aggregate`) or the
/// code points of an input line (ingest's JSON Lines form), so that both read escapes alike.
package enum JSONUnicodeEscape {
    package enum Failure: Error {
        case notFourHexDigits, loneSurrogate, badSurrogatePair

        package var detail: String {
            switch self {
            case .notFourHexDigits: "expected four hex digits after \\u"
            case .loneSurrogate: "a lone surrogate in a \\u escape"
            case .badSurrogatePair: "a bad surrogate pair in a \\u escape"
            }
        }
    }

    /// Reads the escape whose `\u` ends just before `index`, and moves `index` past it (past
    /// the low half of a pair). On a failure `index` is where reading stopped: the first unit
    /// that is not a hex digit or the end of the input, just after a lone surrogate, or just
    /// after the low half of a bad pair.
    package static func decode<Units: RandomAccessCollection>(_ units: Units, at index: inout Units.Index)
        throws(Failure) -> Unicode.Scalar where Units.Element: JSONCodeUnit {
        let high = try hexUnit(units, at: &index)
        guard (0xD800...0xDBFF).contains(high) else {
            guard let scalar = Unicode.Scalar(high) else { throw .loneSurrogate }
            return scalar
        }
        // The low half must follow as `\u`.
        guard index != units.endIndex, units[index].codeUnitValue == 0x5C else { throw .loneSurrogate }
        let next = units.index(after: index)
        guard next != units.endIndex, units[next].codeUnitValue == 0x75 else { throw .loneSurrogate }
        index = units.index(after: next)
        let low = try hexUnit(units, at: &index)
        guard (0xDC00...0xDFFF).contains(low) else { throw .badSurrogatePair }
        return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))!
    }

    private static func hexUnit<Units: RandomAccessCollection>(_ units: Units, at index: inout Units.Index)
        throws(Failure) -> UInt32 where Units.Element: JSONCodeUnit {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index != units.endIndex else { throw .notFourHexDigits }
            let unit = units[index].codeUnitValue
            let digit: UInt32
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x61...0x66: digit = unit - 0x61 + 10
            case 0x41...0x46: digit = unit - 0x41 + 10
            default: throw .notFourHexDigits
            }
            value = value << 4 | digit
            units.formIndex(after: &index)
        }
        return value
    }
}

/// A unit JSON text is read in: a byte of UTF-8 or a code point.
package protocol JSONCodeUnit {
    var codeUnitValue: UInt32 { get }
}

extension UInt8: JSONCodeUnit {
    package var codeUnitValue: UInt32 { UInt32(self) }
}

extension Unicode.Scalar: JSONCodeUnit {
    package var codeUnitValue: UInt32 { value }
}
