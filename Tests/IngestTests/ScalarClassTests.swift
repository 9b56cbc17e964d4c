@testable import Ingest
import Testing

/// The class table fills whole blocks without asking for properties; they must agree.
@Suite struct ScalarClassTests {
    @Test func uniformBlocksHaveTheClassesTheirPropertiesGive() {
        for block in ScalarClass.uniformBlocks {
            for value in block.range {
                let classes = Unicode.Scalar(value).map(ScalarClass.propertyClasses) ?? []
                #expect(classes == block.classes, "U+\(String(value, radix: 16, uppercase: true))")
                if classes != block.classes { return }
            }
        }
    }

    @Test func codePointsAroundUniformBlocksHaveTheirOwnClasses() {
        let table = ScalarClass.table
        for block in ScalarClass.uniformBlocks {
            for value in [block.range.lowerBound - 1, block.range.upperBound] {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(table[scalar] == ScalarClass.propertyClasses(scalar), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test func tableGivesTheUTF8WidthOfEveryCodePoint() {
        let table = ScalarClass.table
        let wrong = (UInt32(0)..<0x11000).compactMap(Unicode.Scalar.init).filter { scalar in
            table.classesAndWidth(scalar) != (table[scalar], String(scalar).utf8.count)
        }
        #expect(wrong.isEmpty)
    }
}
