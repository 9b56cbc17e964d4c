import Testing
import TongjiCore

/// The hand-written UTF-8 check must accept exactly what the standard library's does: a file
/// it wrongly accepted would become a `String` that is not UTF-8.
@Suite struct UTF8ValidationTests {
    private static func agrees(_ bytes: [UInt8]) -> Bool {
        let checked = bytes.withUnsafeBufferPointer(UTF8Validation.string(validating:))
        return checked == String(validating: bytes, as: UTF8.self) && checked.map { Array($0.utf8) == bytes } ?? true
    }

    @Test func agreesWithTheStandardLibraryOnEveryShortSequence() {
        // Every lead byte with a second byte at each edge of the ranges table 3-7 allows, after
        // 0–7 bytes of ASCII and of a CJK code point, so that each of the eight-, four- and
        // one-byte reads meets every boundary.
        var wrong: [[UInt8]] = []
        for lead in UInt8(0x80)...0xFF {
            for second: UInt8 in [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] {
                for last: UInt8 in [0x7F, 0x80, 0xBF, 0xC0] {
                    for padding in 0..<8 {
                        let sequence = [lead, second, last, 0x80]
                        for prefix in [Array(repeating: UInt8(0x41), count: padding), [0xE4, 0xB8, 0xAD] + Array(repeating: 0x41, count: padding)] {
                            for length in 2...4 {
                                let bytes = prefix + sequence.prefix(length) + [0xE4, 0xB8, 0xAD, 0x41]
                                if !Self.agrees(bytes) { wrong.append(bytes) }
                            }
                        }
                    }
                }
            }
        }
        #expect(wrong.count == 0, "first: \(wrong.first.map { $0.map { String($0, radix: 16) } } ?? [])")
    }

    @Test func agreesOnMixedTextWithBytesChanged() {
        let text = Array("统计局：2024年GDP增长5.0％，同比 😀 café。".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var bytes = text
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: bytes.indices, using: &generator)] = UInt8.random(in: 0...0xFF, using: &generator)
            }
            bytes.removeLast(Int.random(in: 0...4, using: &generator))
            #expect(Self.agrees(bytes), "\(bytes.map { String($0, radix: 16) })")
        }
    }
}
