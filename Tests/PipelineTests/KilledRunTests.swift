import Foundation
import GRDB
import Glibc
import TestSupport
import Testing

/// `tongji run` killed with SIGKILL (kill -9) while it works, or stopped by writes that fail: the
/// reports are each the old version or the new one, never half; the store stays sound; and the
/// next run takes the dead run's lock, clears what it left half-written, and ends with the
/// reports of a run never stopped.
///
/// The real binary in a process of its own, killed at moments spread over a run's length, once
/// the moment a report is half-written, and once run with a limit on file sizes. Each starts
/// again from the same state: a finished run over 6 files, with 6 new files since.
@Suite(.serialized) struct KilledRunTests {
    static let reportNames = ["figures.csv", "summary.csv", "articles.csv", "errors.csv", "report.html"]

    let folder: URL
    let inputs: URL
    let out: URL
    /// The report directory after the finished run over the first 6 files.
    let finished: URL
    let pipeline: String
    let sample: String

    init() throws {
        let layout = try PipelineFolder(name: "killed", formats: ["csv", "html"])
        (folder, inputs, out, pipeline) = (layout.folder, layout.inputs, layout.out, layout.pipeline)
        finished = folder.appendingPathComponent("finished")
        sample = try String(contentsOfFile: Project.path("Pipelines/samples/union-news-page.txt"), encoding: .utf8)
    }

    /// Copies of the sample page that differ in their first line, so each is read.
    private func addInputs(_ numbers: ClosedRange<Int>) throws {
        for number in numbers {
            _ = try Project.write("副本\(number)\n" + sample, named: "\(number).txt", in: inputs)
        }
    }

    private var runArguments: [String] { ["run", pipeline, "--quiet", "--jobs", "2"] }

    private func startRun() throws -> Process {
        try TongjiProcess.start(runArguments)
    }

    /// Runs to the end and returns the exit status.
    private func run() throws -> Int32 {
        try TongjiProcess.run(runArguments).status
    }

    private func reports() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in Self.reportNames { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
        return files
    }

    /// Puts the report directory back as the finished run left it.
    private func restoreFinishedRun() throws {
        try? FileManager.default.removeItem(at: out)
        try FileManager.default.copyItem(at: finished, to: out)
    }

    /// Checked on a copy (with its write-ahead log), so that the next run finds the store as
    /// the kill left it: closing a connection here would fold the log into the database.
    private func storeIsSound() throws -> Bool {
        let copy = try Scratch.directory()
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) where file.hasPrefix("tongji.sqlite") {
            try FileManager.default.copyItem(at: out.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        let store = try DatabaseQueue(path: copy.appendingPathComponent("tongji.sqlite").path)
        return try store.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok"
    }

    /// Kills a run still running (a process that ended may have had its id reused) and waits.
    private func kill(_ process: Process) {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Names in the report directory that start with a dot, but for the lock file: what a run left.
    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") && $0 != ".tongji.lock" }
    }

    /// The reports before and after 6 new files, and how long the run that read them took.
    /// The finished run before them is kept in `finished`.
    private func runBeforeAndAfterNewFiles() throws -> (before: [String: Data], after: [String: Data], runTime: TimeInterval) {
        try addInputs(1...6)
        #expect(try run() == 0)
        let before = try reports()
        try FileManager.default.copyItem(at: out, to: finished)
        try addInputs(7...12)
        let started = Date()
        #expect(try run() == 0)
        let runTime = Date().timeIntervalSince(started)
        let after = try reports()
        #expect(after["figures.csv"]!.count > before["figures.csv"]!.count)
        return (before, after, runTime)
    }

    @Test func aKilledRunLeavesWholeReportsAndTheNextRunCompletesTheWork() throws {
        let (before, after, runTime) = try runBeforeAndAfterNewFiles()

        var killed = 0
        for eighth in 1...7 {
            try restoreFinishedRun()
            let process = try startRun()
            usleep(UInt32(runTime * Double(eighth) / 8 * 1_000_000))
            kill(process)
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            for (name, contents) in try reports() {
                #expect(contents == before[name] || contents == after[name], "\(name) torn by a kill at \(eighth)/8 of a run")
            }
            #expect(try storeIsSound())
            #expect(try run() == 0)
            #expect(try reports() == after, "the run after a kill at \(eighth)/8 of a run")
            #expect(try leftovers() == [])
        }
        #expect(killed > 0)
    }

    @Test func aRunKilledWhileWritingAReportLeavesTheOldOneAndTheNextRunRemovesTheHalfWrittenFile() throws {
        let (before, after, _) = try runBeforeAndAfterNewFiles()
        try restoreFinishedRun()

        // Killed as soon as the new figures.csv is being written beside the old one.
        let process = try startRun()
        var halfWritten: [String] = []
        while process.isRunning && halfWritten.isEmpty {
            halfWritten = try leftovers().filter { $0.hasPrefix(".figures.csv.tongji-") }
            usleep(200)
        }
        kill(process)
        try #require(halfWritten.count == 1, "the run ended before figures.csv was written")
        #expect(try leftovers().contains(halfWritten[0]))
        #expect(try reports() == before)

        #expect(try run() == 0)
        #expect(try reports() == after)
        #expect(try leftovers() == [])
    }

    /// Writes fail as on a full disk: no file may grow past 200 KiB (SQLite then says "disk I/O
    /// error" where a full disk gives "database or disk is full"), and the store does.
    @Test func aRunThatCannotWriteTheStoreNamesItKeepsTheReportsAndTheNextRunCompletesTheWork() throws {
        let (before, after, _) = try runBeforeAndAfterNewFiles()
        try restoreFinishedRun()

        let full = try TongjiProcess.run(runArguments, fileSizeLimit: 400)
        #expect(full.status == 1)
        #expect(full.error.hasPrefix("tongji: \(out.path)/tongji.sqlite: error: "), "\(full.error)")
        #expect(try reports() == before)
        #expect(try storeIsSound())

        #expect(try run() == 0)
        #expect(try reports() == after)
        #expect(try leftovers() == [])
    }
}
