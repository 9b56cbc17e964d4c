import Foundation
import Testing

/// Reads the files in Fixtures/: copies of ../shared/gold.
enum Fixtures {
    static func text(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The gold sentences, one a line; index 0 is line 1.
    static func goldSentences() throws -> [String] {
        try text("seed-sentences.txt").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
