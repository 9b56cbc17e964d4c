import Foundation

/// The test data every test target shares: copies of ../shared/gold (the development set) and
/// the sample page, so the project tests on its own.
public enum Fixtures {
    /// The text of `Fixtures/name`.
    public static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The gold sentences, one a line; index 0 is line 1.
    public static func goldSentences() throws -> [String] {
        try text("seed-sentences.txt").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
