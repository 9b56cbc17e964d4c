import Foundation
import Normalise
import TestSupport
import Testing
import TongjiCore
import TongjiPipeline

/// One folder of every kind of bad input beside one good file: the run finishes, the good file
/// is counted, and every bad one is named with its reason in errors.csv; nothing hangs.
@Suite struct BadInputTests {
    @Test func everyBadInputIsReportedAndTheGoodOneIsRead() throws {
        let folder = try Scratch.directory()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        func file(_ name: String) -> String { inputs.appendingPathComponent(name).path }
        try "据统计，全省投入资金500万元。\n".write(toFile: file("good.txt"), atomically: true, encoding: .utf8)
        try Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE, 0xFD, 0x0A]).write(to: URL(fileURLWithPath: file("latin1.txt")))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]).write(to: URL(fileURLWithPath: file("binary.txt")))
        try Data().write(to: URL(fileURLWithPath: file("empty.txt")))
        try String(repeating: "各级工会投入资金1406.46万元，", count: 50_000).write(toFile: file("one-line.txt"), atomically: true, encoding: .utf8)
        try "<html><body><p>投入资金500万元。".write(toFile: file("truncated.html"), atomically: true, encoding: .utf8)
        try ("<html><body>\n<p>投入资金8万元。</p>\n" + String(repeating: "<div>\n", count: 20_000) + "<p>投入资金9万元。</p></body></html>")
            .write(toFile: file("nested.html"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: file("broken.txt"), withDestinationPath: "/nonexistent/file")
        try FileManager.default.createSymbolicLink(atPath: file("loop-a.txt"), withDestinationPath: file("loop-b.txt"))
        try FileManager.default.createSymbolicLink(atPath: file("loop-b.txt"), withDestinationPath: file("loop-a.txt"))
        #expect(mkfifo(file("pipe.txt"), 0o644) == 0)
        // Reading /proc/self/mem at offset 0 fails with EIO: an unreadable file even for root.
        try FileManager.default.createSymbolicLink(atPath: file("unreadable.txt"), withDestinationPath: "/proc/self/mem")

        let definition = PipelineDefinition(
            file: folder.appendingPathComponent("p.yaml").path, name: "bad", title: "bad", inputs: [inputs.path],
            categories: [CategoryDefinition(name: "other", label: "其他", keywords: [])],
            outputs: .init(directory: folder.appendingPathComponent("out").path, formats: ["csv", "html"]))
        let diagnostics = DiagnosticLog()
        let summary = try RunJob(definition: definition, options: RunOptions(jobs: 2)).run(diagnostics: diagnostics)

        #expect(summary.figures >= 1)
        let figures = try String(contentsOfFile: definition.reportDirectory + "/figures.csv", encoding: .utf8)
        #expect(figures.contains("500万元"))
        let errors = try String(contentsOfFile: definition.reportDirectory + "/errors.csv", encoding: .utf8)
        let expected: [(String, String)] = [
            ("latin1.txt", "not UTF-8, UTF-16 or GB18030: invalid byte sequence at byte offset"),
            ("binary.txt", "binary file (NUL byte at byte offset 4)"),
            ("empty.txt", "empty file"),
            ("one-line.txt", "line longer than 1 MiB"),
            ("truncated.html", "HTML page ends before </html>"),
            ("broken.txt", "broken symbolic link"),
            ("loop-a.txt", "too many levels of symbolic links"),
            ("pipe.txt", "not a regular file"),
            ("unreadable.txt", "cannot read file (errno 5)"),
        ]
        for (name, reason) in expected {
            let line = errors.split(separator: "\r\n").first { $0.hasPrefix(file(name) + ",") }
            #expect(line?.contains(reason) == true, "\(name): \(line ?? "not listed")")
        }
        // Nested past libxml2's depth limit: what comes before is read, and the line where the
        // rest was lost is named.
        #expect(figures.contains("8万元") && !figures.contains("9万元"))
        #expect(errors.contains(file("nested.html") + ",258,1,error,\"HTML elements nested more than 256 deep,"))
        // The summary counts every file named with an error: those read, and those found so
        // (the broken link, the loop); not nested.html, read as far as it could be.
        let failed = Set(diagnostics.all.filter { $0.severity == .error }.map(\.location.file)).subtracting([file("nested.html")])
        #expect(summary.filesFailed == failed.count, "\(failed.sorted())")
    }

    /// Two files whose names differ only in Unicode normalisation (é as one code point, and as
    /// e and a combining accent, as macOS writes it): Swift's strings take them for one path.
    /// One is read; the other is not lost without a word but named in errors.csv, and the run
    /// says some inputs failed.
    @Test func aFileNamedAsAnotherInAnotherNormalisationIsReported() throws {
        let folder = try Scratch.directory()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let composed = inputs.path + "/caf\u{E9}.txt", decomposed = inputs.path + "/cafe\u{301}.txt"
        try "据统计，全省投入资金500万元。\n".write(toFile: composed, atomically: true, encoding: .utf8)
        try "据统计，全省投入资金700万元。\n".write(toFile: decomposed, atomically: true, encoding: .utf8)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs.path).count == 2)
        let definition = PipelineDefinition(
            file: folder.appendingPathComponent("p.yaml").path, name: "names", title: "names", inputs: [inputs.path],
            categories: [CategoryDefinition(name: "other", label: "其他", keywords: [])],
            outputs: .init(directory: folder.appendingPathComponent("out").path, formats: ["csv"]))
        let diagnostics = DiagnosticLog()
        let summary = try RunJob(definition: definition, options: RunOptions(jobs: 2)).run(diagnostics: diagnostics)
        #expect(summary.filesRead == 1 && summary.figures == 1)
        let errors = diagnostics.all.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        let figures = try String(contentsOfFile: definition.reportDirectory + "/figures.csv", encoding: .utf8)
        // The file read is the one not named in the error, by the bytes of their paths.
        let unread = Array(error.location.file.utf8)
        #expect(unread == Array(composed.utf8) || unread == Array(decomposed.utf8))
        #expect(figures.contains(unread == Array(composed.utf8) ? "700万元" : "500万元"))
        #expect(error.message.contains("another Unicode normalisation"))
        let errorsCSV = try Data(contentsOf: URL(fileURLWithPath: definition.reportDirectory + "/errors.csv"))
        #expect(errorsCSV.firstRange(of: Data(unread)) != nil)
        // Said again the next time, once: not kept as something reading the other file said.
        let again = DiagnosticLog()
        #expect(try RunJob(definition: definition, options: RunOptions(jobs: 2)).run(diagnostics: again).filesRead == 0)
        #expect(again.all == diagnostics.all)
        #expect(try Data(contentsOf: URL(fileURLWithPath: definition.reportDirectory + "/errors.csv")) == errorsCSV)
    }
}
