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
}
