import Foundation
import Glibc
import GRDB
import Normalise
import TestSupport
import Synchronization
import Testing
import TongjiCore
import TongjiPipeline

/// `tongji run` over a growing folder: only new and changed files are read, nothing is lost or
/// counted twice, and a run with nothing new writes the same reports again.
@Suite struct IncrementalRunTests {
    let folder: URL
    let inputs: URL
    let definition: PipelineDefinition
    let sample: String

    /// A passage with two figures, and a brief that reprints it before news of its own.
    static let passage = "据统计，今年全省各级工会投入帮扶资金500万元，走访慰问困难职工3000名。"
    static let brief = "工会简讯\n" + passage + "\n此外，今年新建会员单位30家。\n"

    init() throws {
        folder = try Scratch.directory()
        inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        sample = try String(contentsOfFile: Project.path("Pipelines/samples/union-news-page.txt"), encoding: .utf8)
        definition = PipelineDefinition(
            file: folder.appendingPathComponent("p.yaml").path, version: 1, name: "test", title: "test",
            inputs: [inputs.path], defaultDate: nil,
            categories: [CategoryDefinition(name: "funding", label: "资金", keywords: ["资金", "投入", "经费"]),
                         CategoryDefinition(name: "other", label: "其他", keywords: [])],
            outputs: .init(directory: folder.appendingPathComponent("out").path, formats: ["csv"]))
    }

    private func write(_ text: String, _ name: String) throws {
        try text.write(to: inputs.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func run(since: CalendarDate? = nil, definition: PipelineDefinition? = nil, partBytes: Int? = nil,
                     jobs: Int = 2, onProgress: (@Sendable (RunProgress) -> Void)? = nil,
                     diagnostics: DiagnosticLog = DiagnosticLog()) throws -> RunJob.Summary {
        var options = RunOptions(runTime: Date(timeIntervalSince1970: 1_623_715_200), since: since, jobs: jobs,
                                 onProgress: onProgress)
        if let partBytes { options.partBytes = partBytes }
        return try RunJob(definition: definition ?? self.definition, options: options).run(diagnostics: diagnostics)
    }

    private func report(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: definition.reportDirectory).appendingPathComponent(name))
    }

    /// The figures of `file`, each `dup` when marked a reprint, else `new`.
    private func reprintMarks(of file: String) throws -> [String] {
        String(decoding: try report("figures.csv"), as: UTF8.self).split(separator: "\r\n")
            .filter { $0.contains("/\(file),") }.map { $0.contains(",true,") ? "dup" : "new" }
    }

    /// True when the CSV reports equal those of one run over the same inputs into a fresh folder.
    private func reportsEqualOneRun(of pipeline: PipelineDefinition? = nil) throws -> Bool {
        var fresh = pipeline ?? definition
        fresh.outputs.directory = folder.appendingPathComponent("fresh").path
        _ = try run(definition: fresh)
        let directory = URL(fileURLWithPath: fresh.reportDirectory)
        let names = ["figures.csv", "summary.csv", "articles.csv"]
        return try names.map(report) == names.map { try Data(contentsOf: directory.appendingPathComponent($0)) }
    }

    @Test func secondRunReadsNothingAndWritesTheSameReports() throws {
        try write(sample, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        let first = try run()
        #expect(first.filesRead == 2 && first.figures == 77)
        let before = try ["figures.csv", "summary.csv", "articles.csv"].map(report)
        let second = try run()
        #expect(second.filesRead == 0 && second.filesUnchanged == 2 && second.figures == 77)
        #expect(try ["figures.csv", "summary.csv", "articles.csv"].map(report) == before)
    }

    /// Figures stored under other categories must not mix with new ones: a changed pipeline
    /// reads every input again, says so once, and then reads nothing again.
    @Test func changedCategoriesReadEveryInputAgain() throws {
        try write(sample, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        _ = try run()
        var changed = definition
        changed.categories.insert(CategoryDefinition(name: "competitions", label: "竞赛", keywords: ["竞赛", "比赛"]), at: 0)
        let diagnostics = DiagnosticLog()
        let again = try run(definition: changed, diagnostics: diagnostics)
        #expect(again.filesRead == 2 && again.filesUnchanged == 0 && again.figures == 77)
        #expect(diagnostics.all.contains { $0.severity == .warning && $0.message.contains("read again") })
        #expect(String(decoding: try report("summary.csv"), as: UTF8.self).contains("competitions,竞赛,"))
        let quiet = DiagnosticLog()
        let third = try run(definition: changed, diagnostics: quiet)
        #expect(third.filesRead == 0 && third.filesUnchanged == 2 && quiet.all.isEmpty)
    }

    @Test func changedFileReplacesItsFiguresAndDeletedFileLeaves() throws {
        try write(sample, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        _ = try run()
        try write("据统计，全省投入资金700万元，帮扶职工30名。\n", "short.txt")
        let changed = try run()
        #expect(changed.filesRead == 1 && changed.figures == 78)
        let figures = String(decoding: try report("figures.csv"), as: UTF8.self)
        #expect(figures.contains("700万元") && !figures.contains("500万元"))
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("page.txt"))
        let removed = try run()
        #expect(removed.filesRemoved == 1 && removed.figures == 2 && removed.articles == 1)
    }

    /// A file left half-saved in parts by a stopped run, whose folder is then missing, has no
    /// whole reading to keep: it fails, with no figures, until the folder is back.
    @Test func aHalfSavedFileOfAMissingFolderHasNoFiguresUntilItIsBack() throws {
        try write(sample + Self.brief, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        let whole = try run(partBytes: 3_000)
        let store = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        try store.write { db in
            try db.execute(sql: "UPDATE documents SET size = -1 WHERE path LIKE '%page.txt'")
            try db.execute(sql: "DELETE FROM figures WHERE path LIKE '%page.txt' AND seq > 20")
        }
        try store.close()
        let away = folder.appendingPathComponent("away")
        try FileManager.default.moveItem(at: inputs, to: away)
        let missing = try run(partBytes: 3_000)
        #expect(missing.figures == 1 && missing.filesFailed == 1)
        let failed = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        #expect(try failed.read { try String.fetchOne($0, sql: "SELECT error FROM documents WHERE path LIKE '%page.txt'") }?
            .contains("its last reading was not finished") == true)
        try failed.close()
        try FileManager.default.moveItem(at: away, to: inputs)
        let back = try run(partBytes: 3_000)
        #expect(back.filesRead == 1 && back.figures == whole.figures)
        #expect(try reportsEqualOneRun())
    }

    /// A file left half-saved in parts that cannot be read the next time has no whole reading to
    /// keep either: it fails with no figures.
    @Test func aHalfSavedFileThatCannotBeReadHasNoFigures() throws {
        try write(sample + Self.brief, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        _ = try run(partBytes: 3_000)
        let store = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        try store.write { db in
            try db.execute(sql: "UPDATE documents SET size = -1 WHERE path LIKE '%page.txt'")
            try db.execute(sql: "DELETE FROM figures WHERE path LIKE '%page.txt' AND seq > 20")
        }
        try store.close()
        #expect(FileManager.default.createFile(atPath: inputs.appendingPathComponent("page.txt").path,
                                               contents: Data(Array((sample + "\0").utf8))))
        let broken = try run(partBytes: 3_000)
        #expect(broken.filesFailed == 1 && broken.figures == 1)
    }

    /// A folder named in the inputs (or the folder a pattern starts from) that is missing when
    /// the run starts (a share not mounted, a folder renamed) is an error, not the deletion of
    /// its files: they keep their figures, and when the folder is back nothing is read again.
    @Test(arguments: ["", "/*.txt"])
    func aMissingInputFolderKeepsItsFiguresUntilItIsBack(pattern: String) throws {
        var pipeline = definition
        pipeline.inputs = [inputs.path + pattern]
        try write(sample, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        _ = try run(definition: pipeline)
        let names = ["figures.csv", "summary.csv", "articles.csv"]
        let before = try names.map(report)
        let away = folder.appendingPathComponent("away")
        try FileManager.default.moveItem(at: inputs, to: away)
        let diagnostics = DiagnosticLog()
        let missing = try run(definition: pipeline, diagnostics: diagnostics)
        #expect(missing.filesRemoved == 0 && missing.filesUnchanged == 2 && missing.filesFailed == 1 && missing.figures == 77)
        #expect(diagnostics.hasErrors && diagnostics.all.map(\.location.file) == [inputs.path])
        #expect(String(decoding: try report("errors.csv"), as: UTF8.self).contains("\(inputs.path),"))
        #expect(try names.map(report) == before)
        try FileManager.default.moveItem(at: away, to: inputs)
        let back = try run(definition: pipeline)
        #expect(back.filesRead == 0 && back.filesUnchanged == 2 && back.filesFailed == 0 && back.figures == 77)
        #expect(try names.map(report) == before)
    }

    /// A copy in another input folder, before a folder that went missing: the missing folder's
    /// file keeps its figures (stored failed, since the copy is new text before it), and the
    /// copy stays its duplicate run after run; the article counts once.
    @Test func aCopyBeforeAMissingFolderCountsOnceRunAfterRun() throws {
        let first = folder.appendingPathComponent("first"), second = inputs
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        var pipeline = definition
        pipeline.inputs = [first.path, second.path]
        try write(sample, "page.txt")
        #expect(try run(definition: pipeline).figures == 76)
        try FileManager.default.moveItem(at: second, to: folder.appendingPathComponent("away"))
        try sample.write(to: first.appendingPathComponent("copy.txt"), atomically: true, encoding: .utf8)
        for _ in 1...3 {
            let summary = try run(definition: pipeline)
            #expect(summary.figures == 76)
            let rows = String(decoding: try report("figures.csv"), as: UTF8.self).split(separator: "\r\n").dropFirst()
            #expect(rows.count == 76)
        }
        // New categories read every input again, but not the missing folder's file: it keeps its
        // figures, and the copy stays its duplicate.
        pipeline.categories.insert(CategoryDefinition(name: "membership", label: "会员", keywords: ["会员"]), at: 1)
        for _ in 1...2 {
            #expect(try run(definition: pipeline).figures == 76)
            #expect(String(decoding: try report("figures.csv"), as: UTF8.self).split(separator: "\r\n").dropFirst().count == 76)
        }
    }

    /// Categories changed while a folder is missing, then changed back: the files read under
    /// the changed ones are read again, not kept with figures of two sets of categories.
    @Test func categoriesChangedAndBackWhileAFolderIsMissingAreNotMixed() throws {
        let first = folder.appendingPathComponent("first")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try "此外，今年新建会员单位30家。\n".write(to: first.appendingPathComponent("brief.txt"), atomically: true, encoding: .utf8)
        var pipeline = definition
        pipeline.inputs = [first.path, inputs.path]
        try write(sample, "page.txt")
        func briefCategory() throws -> String? {
            let records = try RFC4180Reader.records(String(String(decoding: try report("figures.csv"), as: UTF8.self).drop { $0 == "\u{FEFF}" }))
            let category = try #require(records.first?.firstIndex(of: "category"))
            return records.first { $0.first?.hasSuffix("/brief.txt") == true }?[category]
        }
        _ = try run(definition: pipeline)
        #expect(try briefCategory() == "other")
        try FileManager.default.moveItem(at: inputs, to: folder.appendingPathComponent("away"))
        var changed = pipeline
        changed.categories.insert(CategoryDefinition(name: "membership", label: "会员", keywords: ["会员"]), at: 1)
        _ = try run(definition: changed)
        #expect(try briefCategory() == "membership")
        let back = try run(definition: pipeline)
        #expect(back.filesRead == 1)
        #expect(try briefCategory() == "other")
    }

    /// The mount point of a share that is not mounted is there but empty: its files are kept
    /// the same way. An input folder that was empty all along is no error.
    @Test(arguments: ["", "/*.txt"])
    func anEmptiedInputFolderKeepsItsFiguresUntilItsFilesAreBack(pattern: String) throws {
        var pipeline = definition
        pipeline.inputs = [inputs.path + pattern]
        let empty = try run(definition: pipeline)
        #expect(empty.filesFailed == 0 && empty.figures == 0)
        try write(sample, "page.txt")
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        _ = try run(definition: pipeline)
        let before = try report("figures.csv")
        let away = folder.appendingPathComponent("away")
        try FileManager.default.moveItem(at: inputs, to: away)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: false)
        let diagnostics = DiagnosticLog()
        let unmounted = try run(definition: pipeline, diagnostics: diagnostics)
        #expect(unmounted.filesRemoved == 0 && unmounted.filesUnchanged == 2 && unmounted.filesFailed == 1 && unmounted.figures == 77)
        #expect(diagnostics.all.contains { $0.severity == .error && $0.message.contains("the 2 files stored from it are kept") })
        #expect(try report("figures.csv") == before)
        try FileManager.default.removeItem(at: inputs)
        try FileManager.default.moveItem(at: away, to: inputs)
        let back = try run(definition: pipeline)
        #expect(back.filesRead == 0 && back.filesFailed == 0 && back.figures == 77)
    }

    /// Only a folder with nothing in it stands for its stored files: a pattern that matches
    /// nothing in a folder that holds other files is no unmounted share, and two patterns over
    /// one empty folder are one failure.
    @Test func onlyAnEmptyFolderStandsForItsStoredFiles() throws {
        var pipeline = definition
        pipeline.inputs = [inputs.path + "/*.txt", inputs.path + "/*.html"]
        try write("据统计，全省投入资金500万元。\n", "a.txt")
        try write("<html><body><p>据统计，全省投入资金300万元。</p></body></html>", "b.html")
        _ = try run(definition: pipeline)
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("a.txt"))
        try write("<html><body><p>据统计，全省投入资金900万元。</p></body></html>", "b.html")
        let changed = try run(definition: pipeline)
        #expect(changed.filesRemoved == 1 && changed.filesRead == 1 && changed.filesFailed == 0)
        let figures = String(decoding: try report("figures.csv"), as: UTF8.self)
        #expect(figures.contains("900万元") && !figures.contains("500万元") && !figures.contains("300万元"))
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("b.html"))
        try write("据统计，全省投入资金500万元。\n", "a.txt")
        _ = try run(definition: pipeline)
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("a.txt"))
        let unmounted = try run(definition: pipeline)
        #expect(unmounted.filesFailed == 1 && unmounted.filesRemoved == 0 && unmounted.figures == 1)
    }

    /// A file named in the inputs is kept the same way: it may be on the share that is missing.
    /// (To take its figures out, take it out of the inputs.)
    @Test func aMissingInputFileKeepsItsFiguresUntilItIsBack() throws {
        let short = inputs.appendingPathComponent("short.txt")
        var pipeline = definition
        pipeline.inputs = [short.path]
        try write("据统计，全省投入资金500万元。\n", "short.txt")
        _ = try run(definition: pipeline)
        let away = folder.appendingPathComponent("away.txt")
        try FileManager.default.moveItem(at: short, to: away)
        let missing = try run(definition: pipeline)
        #expect(missing.filesUnchanged == 1 && missing.filesFailed == 1 && missing.figures == 1)
        try FileManager.default.moveItem(at: away, to: short)
        #expect(try run(definition: pipeline).filesRead == 0)
    }

    /// Files kept from a missing folder keep their place in input order: a new file after them
    /// that reprints their text is marked, and when the folder is back nothing is read again.
    @Test func aNewFileIsCheckedAgainstTheTextOfAMissingFolder() throws {
        let later = folder.appendingPathComponent("later")
        try FileManager.default.createDirectory(at: later, withIntermediateDirectories: true)
        var both = definition
        both.inputs = [inputs.path, later.path]
        try write(Self.passage + "\n", "a.txt")
        _ = try run(definition: both)
        let away = folder.appendingPathComponent("away")
        try FileManager.default.moveItem(at: inputs, to: away)
        try Self.brief.write(to: later.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let missing = try run(definition: both)
        #expect(missing.filesRead == 1 && missing.filesUnchanged == 1 && missing.filesRemoved == 0)
        #expect(try reprintMarks(of: "a.txt") == ["new", "new"])
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        try FileManager.default.moveItem(at: away, to: inputs)
        #expect(try run(definition: both).filesRead == 0)
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        #expect(try reportsEqualOneRun(of: both))
    }

    /// A file kept from a missing folder whose marks should change (what it reprinted changed)
    /// cannot be read: it keeps those of its last reading, and is read when the folder is back.
    @Test func aKeptFileWhoseMarksShouldChangeIsReadWhenItsFolderIsBack() throws {
        let earlier = folder.appendingPathComponent("earlier")
        try FileManager.default.createDirectory(at: earlier, withIntermediateDirectories: true)
        var both = definition
        both.inputs = [earlier.path, inputs.path]
        try (Self.passage + "\n").write(to: earlier.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try write(Self.brief, "b.txt")
        _ = try run(definition: both)
        let away = folder.appendingPathComponent("away")
        try FileManager.default.moveItem(at: inputs, to: away)
        try "据统计，今年全省各级工会走访慰问困难职工3000名。\n".write(to: earlier.appendingPathComponent("a.txt"),
                                                     atomically: true, encoding: .utf8)
        let missing = try run(definition: both)
        #expect(missing.filesRead == 1 && missing.filesRemoved == 0)
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        try FileManager.default.moveItem(at: away, to: inputs)
        let back = try run(definition: both)
        #expect(back.filesRead == 1 && back.filesUnchanged == 1)
        #expect(try reprintMarks(of: "b.txt") == ["new", "new", "new"])
        #expect(try reportsEqualOneRun(of: both))
    }

    @Test func theSameArticleUnderTwoNamesCountsOnce() throws {
        try write(sample, "page.txt")
        try write(sample, "page-copy.txt")
        let summary = try run()
        #expect(summary.filesDuplicate == 1 && summary.figures == 76)
        // When the first copy goes, the second one counts instead.
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("page-copy.txt"))
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("page.txt"))
        try write(sample, "page-copy.txt")
        #expect(try run().figures == 76)
    }

    /// A copy added before the stored file it copies, in input order, counts in its place, as
    /// in one run over both: the stored file is read again and becomes the copy.
    @Test func aCopyAddedBeforeItsStoredOriginalCountsInItsPlace() throws {
        try write(sample, "page.txt")
        _ = try run()
        let marks = try reprintMarks(of: "page.txt")
        #expect(marks.count == 76)
        try write(sample, "a-copy.txt")
        let second = try run()
        #expect(second.filesDuplicate == 1 && second.figures == 76)
        #expect(try reprintMarks(of: "a-copy.txt") == marks)
        #expect(try reprintMarks(of: "page.txt").isEmpty)
        #expect(try reportsEqualOneRun())
        // And back: with the copy gone, the stored file counts again.
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("a-copy.txt"))
        #expect(try run().filesRead == 1)
        #expect(try reprintMarks(of: "page.txt") == marks)
    }

    /// Reports written into an input folder (`inputs: [.]`, `directory: out`): the page is HTML,
    /// which tongji reads, but never its own; a second run finds nothing new.
    @Test func reportsWrittenIntoAnInputFolderAreNotReadBack() throws {
        try write(sample, "page.txt")
        var pipeline = definition
        pipeline.outputs = .init(directory: inputs.appendingPathComponent("out").path, formats: ["csv", "html"])
        let first = try run(definition: pipeline)
        #expect(first.filesRead == 1 && first.figures == 76)
        let summary = try Data(contentsOf: inputs.appendingPathComponent("out/summary.csv"))
        let second = try run(definition: pipeline)
        #expect(second.filesRead == 0 && second.filesUnchanged == 1 && second.figures == 76)
        #expect(try Data(contentsOf: inputs.appendingPathComponent("out/summary.csv")) == summary)
    }

    /// What reading a file said (a page cut off before </html>) is said again by a run that
    /// does not read it: errors.csv is the same, until the file changes.
    @Test func aStoredFilesWarningsStayInErrorsCSV() throws {
        try write(sample, "page.txt")
        try write("<html><body><p>" + Self.passage + "</p>\n<p>此外", "cut.html")
        let diagnostics = DiagnosticLog()
        _ = try run(diagnostics: diagnostics)
        let errors = String(decoding: try report("errors.csv"), as: UTF8.self)
        #expect(errors.contains("cut.html,2,1,warning,HTML page ends before </html>"))
        let second = DiagnosticLog()
        #expect(try run(diagnostics: second).filesRead == 0)
        #expect(String(decoding: try report("errors.csv"), as: UTF8.self) == errors)
        #expect(second.all == diagnostics.all.filter { $0.location.file.hasSuffix("cut.html") })
        try write("<html><body><p>" + Self.passage + "</p></body></html>\n", "cut.html")
        _ = try run()
        #expect(!String(decoding: try report("errors.csv"), as: UTF8.self).contains("cut.html"))
    }

    @Test func aReprintCountsAgainWhenWhatItReprintedIsGone() throws {
        try write(Self.passage + "\n", "a.txt")
        try write(Self.brief, "b.txt")
        _ = try run()
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        try FileManager.default.removeItem(at: inputs.appendingPathComponent("a.txt"))
        let second = try run()
        #expect(second.filesRead == 1 && second.filesRemoved == 1)
        #expect(try reprintMarks(of: "b.txt") == ["new", "new", "new"])
    }

    /// The daily case: today's file reprints a passage of a file stored by an earlier run. It is
    /// marked as a run over both files marks it, so the passage counts once.
    @Test func aNewFileIsCheckedAgainstTheTextOfEarlierRuns() throws {
        try write(Self.passage + "\n", "a.txt")
        _ = try run()
        try write(Self.brief, "b.txt")
        let second = try run()
        #expect(second.filesRead == 1 && second.filesUnchanged == 1)
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        #expect(try reportsEqualOneRun())
    }

    /// A file that comes before a stored one in input order takes over the text they share: the
    /// stored file is read again and its copy of the passage becomes the reprint.
    @Test func aFileAddedBeforeAStoredOneMakesItsRepeatsReprints() throws {
        try write(Self.brief, "b.txt")
        _ = try run()
        #expect(try reprintMarks(of: "b.txt") == ["new", "new", "new"])
        try write(Self.passage + "\n", "a.txt")
        let second = try run()
        #expect(second.filesRead == 2 && second.filesUnchanged == 0)
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        #expect(try reportsEqualOneRun())
    }

    /// A file larger than `partBytes` is read, extracted and saved in parts: the reports are
    /// those of reading it whole, its keys are replayed part by part for a file added later, and
    /// a store left by a run stopped between its parts (its size -1, its last figures missing)
    /// has it read again.
    @Test func aLargeFileReadInPartsGivesTheReportsOfOneReadWhole() throws {
        try write(sample + Self.brief, "page.txt")
        let told = Mutex<[Int?]>([])
        let first = try run(partBytes: 3_000, onProgress: { progress in told.withLock { $0.append(progress.lastFilePart) } })
        #expect(first.filesRead == 1 && first.figures > 50)
        // Told of each part in turn, the file done with the last.
        let parts = told.withLock { $0 }
        #expect(parts.count > 3 && parts.dropLast().map { $0 ?? 0 } == Array(1..<parts.count) && parts.last == .some(nil))
        let store = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reprint_keys") ?? 0 } > 3)
        #expect(try store.read { try Int64.fetchOne($0, sql: "SELECT size FROM documents") }
                == Int64((sample + Self.brief).utf8.count))
        #expect(try reportsEqualOneRun())

        try write(Self.brief, "reprint.txt")
        let second = try run(partBytes: 3_000)
        #expect(second.filesRead == 1 && second.filesUnchanged == 1)
        #expect(try reprintMarks(of: "reprint.txt") == ["dup", "dup", "dup"])
        #expect(try reportsEqualOneRun())

        try store.write { db in
            try db.execute(sql: "UPDATE documents SET size = -1 WHERE path LIKE '%page.txt'")
            try db.execute(sql: "DELETE FROM figures WHERE path LIKE '%page.txt' AND seq > 20")
        }
        try store.close()
        let third = try run(partBytes: 3_000)
        #expect(third.filesRead == 1 && third.filesUnchanged == 1)
        #expect(try reportsEqualOneRun())
    }

    /// A part that cannot be saved stops the parts after it: the file keeps size -1 and the next
    /// run reads it again. A file that fails after some of its parts counts as failed.
    @Test func aFileWhosePartIsNotSavedIsReadAgain() throws {
        try write(sample + Self.brief, "page.txt")
        _ = try run(partBytes: 3_000)
        let store = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        try store.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON reprint_keys WHEN NEW.part = 1
                BEGIN SELECT RAISE(ABORT, 'disk full'); END
                """)
        }
        try write(sample + Self.brief + Self.passage + "\n", "page.txt")
        #expect(throws: RunJob.Failure.self) { try run(partBytes: 3_000) }
        try store.write { db in
            try db.execute(sql: "DROP TRIGGER refuse")
            #expect(try Int64.fetchOne(db, sql: "SELECT size FROM documents") == -1)
        }
        try store.close()
        #expect(try run(partBytes: 3_000).filesRead == 1)
        #expect(try reportsEqualOneRun())

        let page = inputs.appendingPathComponent("page.txt").path
        try write(sample + Self.brief, "page.txt")
        let cut = try run(partBytes: 3_000, jobs: 1, onProgress: { progress in
            if progress.bytes > 0, progress.filesDone == 0 { truncate(page, 10) }
        })
        #expect(cut.filesFailed == 1 && cut.filesRead == 0)
    }

    /// A store written before reprint keys were kept has none to replay: its files are read
    /// once more, and a new file is still checked against their text.
    @Test func aStoreWithoutReprintKeysReadsItsFilesOnceMore() throws {
        try write(Self.passage + "\n", "a.txt")
        _ = try run()
        let store = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        try store.write { try $0.execute(sql: "DELETE FROM reprint_keys") }
        try store.close()
        try write(Self.brief, "b.txt")
        let second = try run()
        #expect(second.filesRead == 2 && second.filesUnchanged == 0)
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
        #expect(try run().filesRead == 0)
    }

    /// A file touched but not changed gives the same text: the files after it that reprint it
    /// (c.txt) or share a clause with it (b.txt, too little to be a reprint) are not read again.
    /// Once its text changes, its reprint is.
    @Test func aTouchedFileLeavesTheFilesAfterItAlone() throws {
        try write(Self.passage + "\n", "a.txt")
        try write("今年全省各级工会投入帮扶资金500万元，新建会员单位30家，新发展会员2000名，开展职工培训50场。\n", "b.txt")
        try write(Self.brief, "c.txt")
        _ = try run()
        #expect(try reprintMarks(of: "b.txt") == ["new", "new", "new", "new"])
        #expect(try reprintMarks(of: "c.txt") == ["dup", "dup", "new"])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                              ofItemAtPath: inputs.appendingPathComponent("a.txt").path)
        let touched = try run()
        #expect(touched.filesRead == 1 && touched.filesUnchanged == 2)
        #expect(try reprintMarks(of: "c.txt") == ["dup", "dup", "new"])
        try write("据统计，今年全省各级工会走访慰问困难职工3000名。\n", "a.txt")
        let changed = try run()
        #expect(changed.filesRead == 2 && changed.filesUnchanged == 1)
        #expect(try reprintMarks(of: "c.txt") == ["new", "new", "new"])
        #expect(try reportsEqualOneRun())
    }

    /// An edit that keeps the file's size and puts its modification time back (`touch -r`, a
    /// restore) still moves its inode change time: its bytes are hashed, found different, and it
    /// is read again. A change to the inode alone (chmod) finds the same bytes: nothing is read.
    @Test func anEditThatKeepsSizeAndModificationTimeIsStillRead() throws {
        let file = inputs.appendingPathComponent("a.txt").path
        try write(Self.passage + "\n", "a.txt")
        _ = try run()
        #expect(String(decoding: try report("figures.csv"), as: UTF8.self).contains(",5000000,"))
        var before = stat()
        try #require(stat(file, &before) == 0)
        try write(Self.passage.replacingOccurrences(of: "500万元", with: "900万元") + "\n", "a.txt")
        var times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, file, &times, 0) == 0)
        var after = stat()
        try #require(stat(file, &after) == 0)
        try #require(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
                     && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let edited = try run()
        #expect(edited.filesRead == 1)
        #expect(String(decoding: try report("figures.csv"), as: UTF8.self).contains(",9000000,"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let chmodded = try run()
        #expect(chmodded.filesRead == 0 && chmodded.filesUnchanged == 1)
        // Its new change time is recorded, so the next run does not hash it again.
        var now = stat()
        try #require(stat(file, &now) == 0)
        let store = try DatabaseQueue(path: definition.reportDirectory + "/" + RunJob.storeName)
        let recorded = try store.read { try Double.fetchOne($0, sql: "SELECT changed FROM documents WHERE path = ?", arguments: [file]) }
        try store.close()
        #expect(recorded == Double(now.st_ctim.tv_sec) + Double(now.st_ctim.tv_nsec) / 1e9)
        #expect(try run().filesRead == 0)
    }

    /// A file that cannot be read this time keeps the figures of its last reading, and its
    /// text still counts: a new file reprinting it is marked.
    @Test func aFileThatFailsThisTimeStillHasItsTextCompared() throws {
        try write(Self.passage + "\n", "a.txt")
        _ = try run()
        #expect(FileManager.default.createFile(atPath: inputs.appendingPathComponent("a.txt").path,
                                               contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x00])))
        try write(Self.brief, "b.txt")
        let second = try run()
        #expect(second.filesFailed == 1 && second.filesRead == 1)
        #expect(try reprintMarks(of: "a.txt") == ["new", "new"])
        #expect(try reprintMarks(of: "b.txt") == ["dup", "dup", "new"])
    }

    @Test func sinceKeepsOnlyDatedArticlesFromThatDay() throws {
        try write("据统计，全省投入资金500万元。\n", "2021-06-01.txt")
        try write("据统计，全省投入资金700万元。\n", "2021-06-20.txt")
        try write("据统计，全省投入资金900万元。\n", "undated.txt")
        #expect(try run().figures == 3)
        let summary = try run(since: CalendarDate(year: 2021, month: 6, day: 15))
        #expect(summary.figures == 1 && summary.articles == 1)
        #expect(String(decoding: try report("figures.csv"), as: UTF8.self).contains("700万元"))
    }

    @Test func aSecondRunOfTheSamePipelineIsRefusedWhileTheFirstHoldsTheLock() throws {
        try write(sample, "page.txt")
        _ = try run()
        // Hold the lock as a running tongji would, from another open file description.
        let lockPath = definition.reportDirectory + "/.tongji.lock"
        let descriptor = open(lockPath, O_RDWR)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        #expect(throws: RunJob.Failure.self) { _ = try run() }
        flock(descriptor, LOCK_UN)
        #expect(try run().filesUnchanged == 1)
    }
}
