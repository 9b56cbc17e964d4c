/// What `tongji --version` prints: the release, and the version of the reading rules that a
/// run's store records (a store written under other rules is read again, see
/// `ProcessingSignature`), so that a log or a bug report says which figures to expect.
public enum TongjiVersion {
    public static let release = "0.9.0"

    /// `tongji 0.9.0 (rules 16)`.
    public static var description: String { "tongji \(release) (rules \(ProcessingSignature.rulesVersion))" }
}
