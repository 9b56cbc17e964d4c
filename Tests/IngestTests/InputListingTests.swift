import Foundation
import Ingest
import TestSupport
import Testing
import TongjiCore

/// The inputs a pipeline names become the files to read: folders walked in sorted order,
/// patterns matched (`**` at any depth), a run's report folder never read back, and what cannot
/// be read or named reported, each once, rather than dropped.
@Suite struct InputListingTests {
    let folder: URL

    /// in/a.txt, in/sub/b.txt, in/sub/deeper/c.html, in/out/report.html (a run's page) and
    /// in/sub/up, a link back to in/: real sentences, in the forms tongji reads.
    init() throws {
        folder = try Scratch.directory()
        for (name, text) in [("a.txt", "各级工会投入资金1406.46万元。\n"), ("sub/b.txt", "支持班组完成技术创新项目3633项。\n"),
                             ("sub/deeper/c.html", "<p>全省建会率达到92%。</p>\n"), ("out/report.html", "<p>资金1406.46万元</p>\n")] {
            let url = folder.appendingPathComponent("in/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: path("sub/up"), withDestinationPath: "..")
    }

    private var root: String { folder.appendingPathComponent("in").path }

    private func path(_ name: String) -> String { root + "/" + name }

    private func inputs(_ paths: [String], excluding: [String] = [], log: DiagnosticLog = DiagnosticLog()) -> ExpandedInputs {
        Ingester().inputs(paths: paths, diagnostics: log, excluding: excluding) { _ in [] }
    }

    @Test func twoStarsMatchInTheFolderItselfAndEveryFolderBelow() {
        #expect(inputs([path("**/*.txt")]).files == [path("a.txt"), path("sub/b.txt")])
        #expect(inputs([path("**/*.html")]).files == [path("out/report.html"), path("sub/deeper/c.html")])
        // A link is followed, up to a folder being matched already: sub/up is in/, not sub/ again.
        #expect(inputs([path("sub/**/*.html")]).files == [path("sub/deeper/c.html"), path("sub/up/out/report.html")])
    }

    /// `**` last is the folder and everything below it, walked once: sub/up, a link back to
    /// in/, is a loop named once, not a way round to walk again.
    @Test func twoStarsLastWalkTheFolderOnce() {
        let log = DiagnosticLog()
        let found = inputs([path("**")], log: log)
        #expect(found.files == [path("a.txt"), path("out/report.html"), path("sub/b.txt"), path("sub/deeper/c.html")])
        #expect(log.all.map(\.description) == ["\(path("sub/up")): error: directory loop: already visited through another path"])
        #expect(found.failedPaths == 1)
    }

    @Test func theReportFolderIsNeitherWalkedNorMatched() {
        #expect(inputs([root]).files.contains(path("out/report.html")))
        let excluding = [path("out")]
        #expect(inputs([root], excluding: excluding).files == [path("a.txt"), path("sub/b.txt"), path("sub/deeper/c.html")])
        #expect(inputs([path("**/*.html")], excluding: excluding).files == [path("sub/deeper/c.html")])
        #expect(inputs([path("out")], excluding: excluding).files.isEmpty)
        // Named in so many words, a report is left out too, and said so once.
        let log = DiagnosticLog()
        #expect(inputs([path("out/report.html"), root, path("out/report.html")], excluding: excluding, log: log).files
            == [path("a.txt"), path("sub/b.txt"), path("sub/deeper/c.html")])
        #expect(log.all.map(\.description)
            == ["\(path("out/report.html")): warning: in the run's report folder: tongji writes its reports there and never reads them",
                "\(path("sub/up")): error: directory loop: already visited through another path"])
    }

    /// A GBK name, as a Windows archive unpacks it: a `String` cannot hold it to open it again.
    @Test func aNameThatIsNotUTF8IsReportedOnceAndCountsAsFailed() throws {
        let name: [UInt8] = Array(root.utf8) + [0x2F, 0xD0, 0xC2, 0xCE, 0xC5] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        try #require(descriptor >= 0)
        close(descriptor)
        let log = DiagnosticLog()
        // The folder and a pattern in it both come upon it.
        let found = inputs([root, root + "/*.txt"], log: log)
        #expect(found.files == [path("a.txt"), path("out/report.html"), path("sub/b.txt"), path("sub/deeper/c.html")])
        #expect(log.all.map(\.description).sorted() == [
            "\(root)/\\xD0\\xC2\\xCE\\xC5.txt: error: its name is not UTF-8 (shown with \\x before each byte that is not): not read; rename it, for a GBK name with `convmv -f gbk -t utf-8 --notest`",
            "\(path("sub/up")): error: directory loop: already visited through another path",
        ])
        #expect(found.failedPaths == 2)
        // A pattern names such a file only when its bytes match.
        let other = DiagnosticLog()
        #expect(inputs([root + "/a*.txt"], log: other).files == [path("a.txt")])
        #expect(other.all.isEmpty)
        #expect(inputs([root + "/\u{FFFD}*.txt", root + "/*.txt"]).failedPaths == 1)
    }
}
