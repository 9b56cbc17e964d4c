import Store
import Testing
@testable import TongjiPipeline

/// Which file counts a content (the same bytes under several names): the first in input order,
/// as one run over them all would count it, whatever was stored before.
@Suite struct ContentOwnersTests {
    let inputs = ["/in/a.txt", "/in/b.txt", "/in/c.txt"]

    @Test func theFirstInInputOrderCountsAndTheStoredOneBecomesItsCopy() {
        var owners = ContentOwners(["h": "/in/b.txt"], inputs: inputs, kept: [])
        #expect(owners.copyOf("h", readAs: "/in/a.txt") == nil)
        #expect(owners.displaced == ["/in/b.txt"])
        #expect(owners.copyOf("h", readAs: "/in/b.txt") == "/in/a.txt")
        #expect(owners.copyOf("h", readAs: "/in/c.txt") == "/in/a.txt")
    }

    @Test func aFileKeptForAMissingRootKeepsItsPlace() {
        var owners = ContentOwners(["h": "/in/b.txt"], inputs: inputs, kept: ["/in/b.txt"])
        #expect(owners.copyOf("h", readAs: "/in/a.txt") == "/in/b.txt")
        #expect(owners.displaced.isEmpty)
    }

    /// A file over 8 MiB that changed while its parts were read counts for nothing.
    @Test func aFileStoppedPartOfTheWayGivesItsPlaceBack() {
        var owners = ContentOwners(["h": "/in/b.txt"], inputs: inputs, kept: [])
        #expect(owners.copyOf("h", readAs: "/in/a.txt") == nil)
        owners.giveBack("/in/a.txt")
        #expect(owners.displaced.isEmpty)
        #expect(owners.copyOf("h", readAs: "/in/c.txt") == "/in/b.txt")
        // The original counts again: should it fail to read now, it keeps its figures.
        let original = StoredDocument(path: "/in/b.txt", contentHash: "h", size: 1, modified: 0, status: .read, processedAt: "")
        #expect(owners.mayKeepFigures(of: original))
        // Taken from nobody, it is given back to nobody: the next file counts the content.
        var fresh = ContentOwners([:], inputs: inputs, kept: [])
        #expect(fresh.copyOf("h", readAs: "/in/a.txt") == nil)
        fresh.giveBack("/in/a.txt")
        #expect(fresh.copyOf("h", readAs: "/in/b.txt") == nil)
    }

    @Test func aFailedFileKeepsItsFiguresOnlyWhenNoFileReadCountsThem() {
        let failed = StoredDocument(path: "/in/b.txt", contentHash: "h", size: 1, modified: 0, status: .failed, processedAt: "")
        var owners = ContentOwners([:], inputs: inputs, kept: [])
        #expect(owners.mayKeepFigures(of: failed))
        owners.countKept(failed)
        #expect(owners.copyOf("h", readAs: "/in/c.txt") == "/in/b.txt")
        var taken = ContentOwners([:], inputs: inputs, kept: [])
        #expect(taken.copyOf("h", readAs: "/in/a.txt") == nil)
        #expect(!taken.mayKeepFigures(of: failed))
        // A file that never read (stored failed with no hash) counts nothing either.
        var never = ContentOwners([:], inputs: inputs, kept: [])
        never.countKept(StoredDocument(path: "/in/b.txt", contentHash: "", size: 0, modified: 0, status: .failed, processedAt: ""))
        #expect(never.copyOf("", readAs: "/in/c.txt") == nil)
        // A copy that fails holds no figures, and counts nothing.
        var copy = failed
        copy.duplicateOf = "/in/a.txt"
        var none = ContentOwners([:], inputs: inputs, kept: [])
        none.countKept(copy)
        #expect(none.copyOf("h", readAs: "/in/c.txt") == nil)
    }
}
