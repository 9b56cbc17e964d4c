import Foundation
import TestSupport
import Testing
@testable import TongjiPipeline

/// The promises of the command line that cron and make rely on, checked on the real binary:
/// exit status 0 when every input was read, 1 when some could not be (each named, the rest
/// processed), 2 for bad arguments or a bad pipeline file (and then nothing written); one
/// summary line on standard error when it is no terminal; `--version`.
@Suite struct CommandLineTests {
    let folder: URL
    let inputs: URL
    let out: URL
    let pipeline: String

    init() throws {
        let layout = try PipelineFolder(name: "cli", formats: ["csv"])
        (folder, inputs, out, pipeline) = (layout.folder, layout.inputs, layout.out, layout.pipeline)
        try FileManager.default.copyItem(atPath: Project.path("Pipelines/samples/union-news-page.txt"),
                                         toPath: inputs.appendingPathComponent("page.txt").path)
    }

    private func report(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        return try RFC4180Reader.records(String(text.drop { $0 == "\u{FEFF}" }))
    }

    @Test func versionNamesTheReleaseAndTheRulesTheStoreRecords() throws {
        let result = try TongjiProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "tongji \(TongjiVersion.release) (rules \(ProcessingSignature.rulesVersion))\n")
    }

    @Test func aRunThatReadsEveryInputExitsZeroWithOneSummaryLine() throws {
        let result = try TongjiProcess.run(["run", pipeline])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let lines = result.error.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("tongji: cli: 1 files read, ") == true)
        #expect(lines.first?.contains(" MB, 76 figures, ") == true)
        #expect(lines.first?.contains(", 0 failed files, 10 articles, 0 errors → ") == true)

        #expect(try TongjiProcess.run(["run", pipeline, "--quiet"]).error.isEmpty)
    }

    /// A mistyped key changes what a run does, so its warning is kept with the run's errors.
    @Test func aPipelineWarningIsListedInErrorsCSV() throws {
        let text = try String(contentsOfFile: pipeline, encoding: .utf8)
        try (text + "\ncolour: red\n").write(toFile: pipeline, atomically: true, encoding: .utf8)
        let result = try TongjiProcess.run(["run", pipeline, "--quiet"])
        #expect(result.status == 0)
        let errors = try report("errors.csv")
        #expect(errors.dropFirst().map { [$0[0], $0[3], $0[4]] } == [[pipeline, "warning", "colour: unknown key, ignored"]])
    }

    @Test func aRunWithABadInputReadsTheOthersExitsOneAndListsIt() throws {
        try Data("abc\0def".utf8).write(to: inputs.appendingPathComponent("binary.txt"))
        let result = try TongjiProcess.run(["run", pipeline, "--quiet"])
        #expect(result.status == 1)
        let bad = inputs.appendingPathComponent("binary.txt").path
        #expect(result.error == "tongji: \(bad): error: binary file (NUL byte at byte offset 3)\n")

        let errors = try report("errors.csv")
        #expect(errors.dropFirst().map { [$0[0], $0[3], $0[4]] } == [[bad, "error", "binary file (NUL byte at byte offset 3)"]])
        #expect(try report("figures.csv").count == 1 + 76)
    }

    @Test(arguments: [
        ["run", "missing.yaml"],
        ["run", "broken.yaml"],
        ["run", "p.yaml", "--jobs", "0"],
        ["run", "p.yaml", "--since", "2021-13-45"],
        ["run", "p.yaml", "--until", "2021-02-30"],
        ["run", "p.yaml", "--out", ""],
        ["run", "p.yaml", "--quiet", "--verbose"],
        ["aggregate", "--pipeline", "p.yaml", "--out", "", "in/page.txt"],
        ["run"],
        ["extract", "--format", "xml", "in/page.txt"],
        ["extract", "--pipeline", "broken.yaml", "in/page.txt"],
        ["frobnicate"],
    ])
    func invalidArgumentsOrPipelineFilesExitTwoAndWriteNothing(_ arguments: [String]) throws {
        _ = try Project.write("version: 1\nname: [broken\n", named: "broken.yaml", in: folder)
        let result = try TongjiProcess.run(arguments.map { $0.hasSuffix(".yaml") || $0.hasPrefix("in/") ? folder.path + "/" + $0 : $0 })
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(!result.error.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func extractPrintsTheFiguresOfTheFilesItCanReadAndExitsOne() throws {
        let missing = folder.appendingPathComponent("missing.txt").path
        let result = try TongjiProcess.run(["extract", inputs.appendingPathComponent("page.txt").path, missing])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 76)
        #expect(result.error == "tongji: \(missing): error: no such file or directory\n")
    }

    /// A folder that cannot be listed (its permissions changed, a share half-mounted) is named,
    /// the run exits 1, and the files stored from it keep their figures until it is back.
    @Test func aFolderThatCannotBeListedIsNamedAndKeepsItsFigures() throws {
        let sub = inputs.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: inputs.appendingPathComponent("page.txt"), to: sub.appendingPathComponent("page.txt"))
        #expect(try TongjiProcess.run(["run", pipeline]).status == 0)
        let figures = try report("figures.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: sub.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sub.path) }
        let result = try TongjiProcess.run(["run", pipeline], obeyingPermissions: true)
        #expect(result.status == 1)
        #expect(result.error.contains("tongji: \(sub.path): error: permission denied\n"))
        #expect(result.error.contains(" 1 failed files"))
        #expect(try report("figures.csv") == figures)
        #expect(try report("errors.csv").contains { $0.first == sub.path && $0.last == "permission denied" })
    }

    /// A stored file that cannot be read again keeps the figures of its last reading, unless a
    /// copy read this time counts its bytes: a copy before it in input order counts instead, one
    /// after it is its duplicate. Either way the article counts once.
    @Test(arguments: [("a-copy.txt", "a-copy.txt"), ("z-copy.txt", "page.txt")])
    func aCopyCountsOnceWhenItsOriginalCannotBeReadAgain(copy: String, counted: String) throws {
        let page = inputs.appendingPathComponent("page.txt")
        #expect(try TongjiProcess.run(["run", pipeline]).status == 0)
        try FileManager.default.copyItem(at: page, to: inputs.appendingPathComponent(copy))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: page.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: page.path) }
        // Twice: the second time the original is stored as failed, its figures those it kept.
        for _ in 1...2 {
            let result = try TongjiProcess.run(["run", pipeline], obeyingPermissions: true)
            #expect(result.status == 1)
            #expect(result.error.contains("tongji: \(page.path): error: permission denied\n"))
            let rows = try report("figures.csv").dropFirst()
            #expect(rows.count == 76)
            #expect(rows.allSatisfy { $0.first == inputs.appendingPathComponent(counted).path })
        }
    }

    /// `tongji aggregate` of what `tongji extract` wrote for files and standard input together
    /// gives each part the row of its own total, in the merged order.
    @Test func aggregateReadsPartOfAcrossFilesAndStandardInput() throws {
        let page = inputs.appendingPathComponent("page.txt").path
        let input = try Project.write(try lineWithAPart() + "\n", named: "stdin.txt", in: folder)
        let extracted = try TongjiProcess.run(["extract", page, "-", page], input: URL(fileURLWithPath: input))
        let figures = try Project.write(extracted.output, named: "figures.jsonl", in: folder)
        let merged = folder.appendingPathComponent("merged")
        #expect(try TongjiProcess.run(["aggregate", "--pipeline", pipeline, "--out", merged.path, figures]).status == 0)
        let text = try String(contentsOf: merged.appendingPathComponent("figures.csv"), encoding: .utf8)
        let rows = try RFC4180Reader.records(String(text.drop { $0 == "\u{FEFF}" }))
        let column = { (name: String) in try #require(rows[0].firstIndex(of: name)) }
        let (partOf, span, file, line) = (try column("part_of"), try column("span"), try column("file"), try column("line"))
        let parts = rows.indices.dropFirst().filter { !rows[$0][partOf].isEmpty }
        #expect(parts.count == 3)
        for part in parts {
            let total = try #require(Int(rows[part][partOf]))
            #expect(rows[total][span] == "85家")
            #expect(rows[total][file] == rows[part][file] && rows[total][line] == rows[part][line])
        }
    }

    /// The sample page's line 41, whose 其中 counts part of the 85 member units before it.
    private func lineWithAPart() throws -> String {
        try String(contentsOfFile: Project.path("Pipelines/samples/union-news-page.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)[40].description
    }

    @Test func partOfNamesTheTotalsRowInTheWholeOutputOfFilesAndStandardInput() throws {
        let line = try lineWithAPart()
        #expect(line.hasPrefix("秦皇岛市快递行业协会共有会员单位85家"))
        // The line as plain text, then as a JSON article, between two readings of the page.
        let input = try Project.write(line + "\n{\"title\":\"快递行业\",\"text\":\"\(line)\"}\n", named: "stdin.txt", in: folder)
        let page = inputs.appendingPathComponent("page.txt").path
        let result = try TongjiProcess.run(["extract", page, "-", page], input: URL(fileURLWithPath: input))
        #expect(result.status == 0)
        let rows = try result.output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 76 + 3 + 3 + 76)
        let parts = rows.indices.filter { rows[$0]["is_part"] as? Bool == true }
        #expect(parts.count == 4)
        for part in parts {
            let total = try #require(rows[part]["part_of"] as? Int, "row \(part + 1) has no part_of")
            try #require((1...part).contains(total))
            #expect(rows[total - 1]["span"] as? String == "85家")
            #expect(rows[total - 1]["line"] as? Int == rows[part]["line"] as? Int)
            // In the same reading: no row of another input between the total and its part.
            #expect(rows[(total - 1)...part].allSatisfy { $0["file"] as? String == rows[part]["file"] as? String })
        }
    }

    /// Standard input as files are read: a byte order mark is no text, a line in GB18030 (as
    /// Chinese Windows writes) is read, and a line with a NUL byte is binary, named, skipped.
    @Test func standardInputTakesAByteOrderMarkAndGB18030AndRefusesBinaryLines() throws {
        let gb18030 = try Data(contentsOf: URL(fileURLWithPath: Project.path("Tests/IngestTests/Fixtures/union-news-page.gbk.txt")))
            .split(separator: 0x0A, omittingEmptySubsequences: false)[40]
        let input = folder.appendingPathComponent("stdin.txt")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(try lineWithAPart().utf8) + Data([0x0A]) + gb18030 + Data([0x0A, 0x61, 0x00, 0x62, 0x0A]))
            .write(to: input)
        let result = try TongjiProcess.run(["extract"], input: input)
        #expect(result.status == 1)
        #expect(result.error == "tongji: -:3:1: error: binary data (NUL byte at byte 2 of the line); line skipped\n")
        let rows = try result.output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let page = try TongjiProcess.run(["extract", inputs.appendingPathComponent("page.txt").path]).output
            .split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["line"] as? Int == 41 }
        let places = { (rows: [[String: Any]]) in rows.map { "\($0["span"] ?? "") \($0["column"] ?? "")" } }
        #expect(places(page).count == 3)
        #expect(places(rows.filter { $0["line"] as? Int == 1 }) == places(page))
        #expect(places(rows.filter { $0["line"] as? Int == 2 }) == places(page))
    }

    @Test func aBrokenJSONLineOnStandardInputIsNamedWithItsLineAndColumn() throws {
        let input = try Project.write("{\"title\": \"快递行业\", \"text\": 共有会员单位85家}\n\(try lineWithAPart())\n",
                                      named: "stdin.txt", in: folder)
        let result = try TongjiProcess.run(["extract"], input: URL(fileURLWithPath: input))
        #expect(result.status == 1)
        #expect(result.error == "tongji: -:1:27: error: malformed JSON line: expected a value\n")
        #expect(result.output.split(separator: "\n").count == 3)
    }
}
