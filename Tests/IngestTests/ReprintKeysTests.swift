@testable import Ingest
import Testing
import TestSupport
import TongjiCore

/// Reprint keys as `tongji run` keeps them: packed for the store, read back in place, and
/// replayed into an index as if the file they came from had been read again.
@Suite struct ReprintKeysTests {
    @Test func packedKeysReadBackInPlaceGiveTheEntriesInOrder() throws {
        var keys = ReprintKeys()
        let recorded = (1...40).map { (key: UInt64($0) &* 0x9E37_79B9_7F4A_7C15, line: $0, column: 100 - $0) }
        for entry in recorded { keys.append(entry.key, line: entry.line, column: entry.column) }
        let packed = keys.packed
        #expect(packed.count == recorded.count * ReprintKeys.packedSize)
        let entries = try packed.withUnsafeBytes { bytes in
            let view = try #require(ReprintKeys.Packed(bytes))
            return (0..<view.count).map { view[$0] }
        }
        #expect(entries.map(\.key) == recorded.map(\.key))
        #expect(entries.map { Int($0.line) } == recorded.map(\.line))
        #expect(entries.map { Int($0.column) } == recorded.map(\.column))
    }

    @Test func bytesThatAreNotWholeEntriesAreRefused() {
        let bytes = [UInt8](repeating: 7, count: ReprintKeys.packedSize * 2 + 5)
        #expect(bytes.withUnsafeBytes { ReprintKeys.Packed($0) } == nil)
        #expect([UInt8]().withUnsafeBytes { ReprintKeys.Packed($0)?.count } == 0)
    }

    /// SQLite promises no alignment for a blob's bytes.
    @Test func packedKeysAreReadAtAnyAlignment() throws {
        var keys = ReprintKeys()
        keys.append(0x0102_0304_0506_0708, line: -1, column: 2_000_000)
        let shifted = [0xFF] + keys.packed
        let entry = try shifted.withUnsafeBytes { bytes in
            try #require(ReprintKeys.Packed(UnsafeRawBufferPointer(rebasing: bytes[1...])))[0]
        }
        #expect(entry.key == 0x0102_0304_0506_0708 && entry.line == -1 && entry.column == 2_000_000)
    }

    /// A file that reprints another is marked the same whether the other was read in the same
    /// run or only its stored keys were replayed: the reprint points at the same place.
    @Test func replayedKeysMarkAReprintAsReadingTheFileDoes() throws {
        let sentences = try Fixtures.goldSentences().filter { !$0.isEmpty }
        let earlier = sentences.prefix(30).joined(separator: "\n") + "\n"
        // Sentences from the middle and the very end, so that the last keys replayed count too.
        let later = "今天的新闻。\n" + sentences[12..<15].joined(separator: "\n") + "\n" + sentences[29] + "\n"
        let ingester = Ingester()

        var readingBoth = DuplicateIndex()
        _ = try ingester.document(fromBytes: Array(earlier.utf8), name: "a.txt", diagnostics: DiagnosticLog(),
                                  duplicates: &readingBoth)
        let read = try ingester.document(fromBytes: Array(later.utf8), name: "b.txt", diagnostics: DiagnosticLog(),
                                         duplicates: &readingBoth)

        var recording = DuplicateIndex(recordingKeys: true)
        let stored = try ingester.document(fromBytes: Array(earlier.utf8), name: "a.txt", diagnostics: DiagnosticLog(),
                                           duplicates: &recording)
        // Far more keys than the replay looks ahead.
        #expect(stored.reprintKeys.packed.count / ReprintKeys.packedSize > 100)
        var replaying = DuplicateIndex(recordingKeys: true)
        try stored.reprintKeys.packed.withUnsafeBytes { bytes in
            replaying.replay(try #require(ReprintKeys.Packed(bytes)), of: "a.txt")
        }
        let replayed = try ingester.document(fromBytes: Array(later.utf8), name: "b.txt", diagnostics: DiagnosticLog(),
                                             duplicates: &replaying)

        let marks = read.articles.flatMap(\.sentences).map(\.duplicateOf)
        #expect(marks.contains { $0?.file == "a.txt" })
        #expect(marks.contains(nil))
        #expect(replayed.articles.flatMap(\.sentences).map(\.duplicateOf) == marks)
    }
}
