import Foundation
import TestSupport
import Testing
@testable import TongjiPipeline

/// Standard input read as a stream: line breaks of every kind, and a line without end that is
/// dropped as it comes instead of filling memory.
@Suite struct LineReaderTests {
    private func lines(of bytes: [UInt8], maximumLength: Int = .max) throws -> [String?] {
        let url = try Scratch.directory().appendingPathComponent("input.txt")
        try Data(bytes).write(to: url)
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, maximumLength: maximumLength)
        var result: [String?] = []
        while let line = try reader.nextLine() {
            if case .text(let bytes) = line { result.append(String(decoding: bytes, as: UTF8.self)) } else { result.append(nil) }
        }
        return result
    }

    @Test func linesEndInLFOrCRLFAndTheLastNeedsNone() throws {
        #expect(try lines(of: Array("投入资金5万元\r\n\n第二行\n最后".utf8)) == ["投入资金5万元", "", "第二行", "最后"])
    }

    @Test func aLineLongerThanTheLimitIsReportedAndTheNextOneIsRead() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        #expect(try lines(of: Array("前\n".utf8) + long + Array("\n后\n".utf8), maximumLength: 1 << 20) == ["前", nil, "后"])
        #expect(try lines(of: long, maximumLength: 1 << 20) == [nil])
    }
}
