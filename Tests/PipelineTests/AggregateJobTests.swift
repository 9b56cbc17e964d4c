import Foundation
import Normalise
import TestSupport
import Testing
import TongjiCore
@testable import TongjiPipeline

/// Figures extracted in partitions and merged with `tongji aggregate` give the summary of one
/// process over the whole input: the promise that lets tongji scale out as a streaming mapper.
@Suite struct AggregateJobTests {
    let definition: PipelineDefinition
    let folder: URL
    /// The sample page's articles, one JSON line each.
    let articles: [String]

    init() throws {
        (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        folder = try Scratch.directory()
        articles = try String(contentsOfFile: Project.path("Tests/IngestTests/Fixtures/union-news-page.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// Writes `lines` as the JSON Lines file `name`.
    private func write(_ lines: ArraySlice<String>, _ name: String) throws -> String {
        try Project.write(lines.joined(separator: "\n") + "\n", named: name, in: folder)
    }

    /// The figure file `tongji extract` writes for `input`.
    private func extract(_ input: String) throws -> String {
        let output = folder.appendingPathComponent(URL(fileURLWithPath: input).lastPathComponent + ".figures").path
        let descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        ExtractJob(paths: [input], categories: definition.categories)
            .run(to: OutputSink(descriptor: descriptor), diagnostics: DiagnosticLog())
        close(descriptor)
        return output
    }

    /// The figures counted and the reports written by `tongji aggregate` of `figureFiles`.
    private func reports(_ figureFiles: [String], _ name: String) throws -> (count: Int, files: [String: String]) {
        let out = folder.appendingPathComponent(name).path
        let count = try AggregateJob(definition: definition, paths: figureFiles, outputDirectory: out,
                                     runTime: Date(timeIntervalSince1970: 0)).run(diagnostics: DiagnosticLog())
        #expect(!FileManager.default.fileExists(atPath: out + "/" + AggregateJob.scratchName))
        var files: [String: String] = [:]
        for name in ["summary.csv", "figures.csv", "articles.csv"] {
            files[name] = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
        }
        return (count, files)
    }

    @Test func partitionsMergeIntoTheSummaryOfOneProcess() throws {
        #expect(articles.count == 10)
        let whole = try write(articles[...], "whole.jsonl")
        let first = try write(articles[..<5], "part-1.jsonl")
        let second = try write(articles[5...], "part-2.jsonl")

        let single = try reports([extract(whole)], "single")
        let (firstFigures, secondFigures) = (try extract(first), try extract(second))
        let merged = try reports([secondFigures, firstFigures], "merged")
        #expect(single.count == 76 && merged.count == 76)
        #expect(merged.files["summary.csv"] == single.files["summary.csv"])
        // Partitions in any order give the same reports, listed in a run's order.
        #expect(try reports([firstFigures, secondFigures], "in-order").files == merged.files)
        #expect(single.files["summary.csv"]!.contains("funding,资金投入,甘肃省,2020年以来,元,money,2,102316600,exact"))

        // The articles a run lists with figures, with as many figures each.
        var wholeRun = definition
        wholeRun.inputs = [whole]
        let run = try RunJob(definition: wholeRun, options: RunOptions(
            outputDirectory: folder.appendingPathComponent("run").path, runTime: Date(timeIntervalSince1970: 0)))
            .run(diagnostics: DiagnosticLog())
        #expect(run.figures == 76)
        func figureCounts(_ articlesCSV: String) throws -> [String] {
            let records = try RFC4180Reader.records(String(articlesCSV.drop { $0 == "\u{FEFF}" }))
            let columns = try #require(records.first)
            let article = try #require(columns.firstIndex(of: "article")), figures = try #require(columns.firstIndex(of: "figures"))
            return records.dropFirst().filter { $0[figures] != "0" }.map { "\($0[article]):\($0[figures])" }
        }
        let runArticles = try String(contentsOfFile: folder.appendingPathComponent("run/articles.csv").path, encoding: .utf8)
        #expect(try figureCounts(single.files["articles.csv"]!) == figureCounts(runArticles))
        #expect(try figureCounts(runArticles).count > 5)
        // Every figure as the run lists it, the row of a part's total (part_of) too, however
        // the partitions numbered their rows.
        let runFigures = try String(contentsOfFile: folder.appendingPathComponent("run/figures.csv").path, encoding: .utf8)
        #expect(single.files["figures.csv"] == runFigures)
        #expect(try partRows(merged.files["figures.csv"]!) == partRows(runFigures))
        #expect(try partRows(runFigures).count == 1)
    }

    /// A malformed line among an article's figures is reported and the rest merged: a part
    /// still finds its total past the rows lost before it, or has none when its total was lost.
    /// A sentence of xwlb-2020 with two totals and a part of each (57例, 3例 of them; 7例, 5例).
    @Test(arguments: [([1], ["3:2"]), ([1, 2], [])])
    func aPartFindsItsTotalPastMalformedLines(lost: [Int], parts: [String]) throws {
        let sentence = "4月14日0—24时，新增接受医学观察的无症状感染者57例，其中境外输入3例，当日转为确诊病例7例，其中境外输入5例。"
        let figures = try extract(try Project.write(sentence + "\n", named: "cases.txt", in: folder))
        var lines = try String(contentsOfFile: figures, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        for index in lost { lines[index] = "{\"corrupt" }
        let damaged = try Project.write(lines.joined(separator: "\n") + "\n", named: "damaged.jsonl", in: folder)
        let log = DiagnosticLog()
        let out = folder.appendingPathComponent("damaged").path
        #expect(try AggregateJob(definition: definition, paths: [damaged], outputDirectory: out,
                                 runTime: Date(timeIntervalSince1970: 0)).run(diagnostics: log) == 4 - lost.count)
        #expect(log.all.count == lost.count)
        #expect(try partRows(try String(contentsOfFile: out + "/figures.csv", encoding: .utf8)) == parts)
    }

    /// `row:part_of` for each figure that is part of a total.
    private func partRows(_ figuresCSV: String) throws -> [String] {
        let records = try RFC4180Reader.records(String(figuresCSV.drop { $0 == "\u{FEFF}" }))
        let partOf = try #require(records.first?.firstIndex(of: "part_of"))
        return records.indices.dropFirst().filter { !records[$0][partOf].isEmpty }.map { "\($0):\(records[$0][partOf])" }
    }

    /// Article 10 reprints a passage of article 9 (the page printed it twice). In partitions
    /// of their own, each print is extracted unmarked; the merge marks the later one, so the
    /// passage counts once, as in one process over the whole page.
    @Test func aPassagePrintedInTwoPartitionsCountsOnce() throws {
        let whole = try write(articles[...], "whole.jsonl")
        let first = try write(articles[..<9], "part-1.jsonl")
        let second = try write(articles[9...], "part-2.jsonl")
        let secondFigures = try extract(second)
        #expect(try String(contentsOfFile: secondFigures, encoding: .utf8).contains("\"duplicate\":false"))
        #expect(!(try String(contentsOfFile: secondFigures, encoding: .utf8).contains("\"duplicate\":true")))
        let single = try reports([extract(whole)], "single")
        let merged = try reports([secondFigures, extract(first)], "merged")
        #expect(merged.files["summary.csv"] == single.files["summary.csv"])
        func reprinted(_ figuresCSV: String) throws -> Int {
            let records = try RFC4180Reader.records(String(figuresCSV.drop { $0 == "\u{FEFF}" }))
            let duplicate = try #require(records.first?.firstIndex(of: "duplicate"))
            return records.dropFirst().filter { $0[duplicate] == "true" }.count
        }
        #expect(try reprinted(merged.files["figures.csv"]!) == reprinted(single.files["figures.csv"]!))
        #expect(try reprinted(single.files["figures.csv"]!) == 12)
    }

    /// Spark's `pipe` feeds each partition to `tongji extract` on standard input, which numbers
    /// its lines from 1: the partitions' figures, collected into one file, restart at line 1.
    /// They are kept apart and in the order they came, so the merge equals one process.
    @Test func standardInputPartitionsStayApartAndInOrder() throws {
        let single = try reports([extract(try write(articles[...], "whole.jsonl"))], "single")
        var collected = ""
        for (index, range) in [0..<3, 3..<9, 9..<10].enumerated() {
            let input = try write(articles[range], "part-\(index).jsonl")
            // As extract writes a stream: file `-`, lines counted within the partition.
            collected += try String(contentsOfFile: try extract(input), encoding: .utf8)
                .replacingOccurrences(of: "\"file\":\"\(input)\"", with: "\"file\":\"-\"")
        }
        let stream = try reports([try Project.write(collected, named: "collected.jsonl", in: folder)], "stream")
        #expect(stream.files["summary.csv"] == single.files["summary.csv"])
        // Each partition's part_of counts its own rows.
        #expect(try partRows(stream.files["figures.csv"]!) == partRows(single.files["figures.csv"]!))
        // A line lost where the second partition (which holds the part) begins might have been
        // the first one's last: its rows are unknown, and the part gets no total rather than a
        // wrong one.
        var lines = collected.split(separator: "\n").map(String.init)
        let numbers = lines.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["line"] as? Int ?? 0 }
        let second = try #require(numbers.indices.dropFirst().first { numbers[$0] < numbers[$0 - 1] })
        lines[second] = "{\"corrupt"
        let damaged = try reports([try Project.write(lines.joined(separator: "\n") + "\n", named: "damaged.jsonl", in: folder)],
                                  "damaged-stream")
        #expect(try partRows(damaged.files["figures.csv"]!).isEmpty)
        // Each article on its own (numbered within its partition), in the order of the page.
        func titlesAndFigures(_ articlesCSV: String) throws -> [String] {
            let records = try RFC4180Reader.records(String(articlesCSV.drop { $0 == "\u{FEFF}" }))
            let columns = try #require(records.first)
            let title = try #require(columns.firstIndex(of: "title")), figures = try #require(columns.firstIndex(of: "figures"))
            return records.dropFirst().map { "\($0[title]):\($0[figures])" }
        }
        let pageOrder = try titlesAndFigures(single.files["articles.csv"]!)
        #expect(pageOrder.count == 9)
        #expect(try titlesAndFigures(stream.files["articles.csv"]!) == pageOrder)
    }

    /// On standard input a plain line is a paragraph of article 1, and nothing marks a line
    /// that repeats the one before: the merge does.
    @Test func aSentenceRepeatedOnTheNextLineOfAStreamCountsOnce() throws {
        let sentence = "据统计，今年全省投入帮扶资金500万元。"
        var lines: [UInt8] = []
        for line in 1...2 {
            let figure = Figure(span: "500万元", start: 14, length: 5, value: ExactDecimal(significand: 5_000_000),
                                unit: "元", kind: .money, qualifier: .exact)
            let record = FigureRecord(figure: figure, location: SourceLocation(file: "-", line: line, column: 15),
                                      article: 1, title: "", sentence: sentence)
            FigureJSON.append(NormalisedRecord(record: record, meaning: Meaning(category: "funding")), to: &lines)
            lines.append(0x0A)
        }
        let path = folder.appendingPathComponent("stream.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(lines)))
        let merged = try reports([path], "stream")
        let records = try RFC4180Reader.records(String(merged.files["figures.csv"]!.drop { $0 == "\u{FEFF}" }))
        let duplicate = try #require(records.first?.firstIndex(of: "duplicate"))
        #expect(records.dropFirst().map { $0[duplicate] } == ["false", "true"])
        #expect(merged.files["summary.csv"]!.contains(",5000000,exact,500,5000000,5000000,1,0,"))
    }

    /// The longest line extract writes from line-limited input: a title and a sentence of an
    /// input line each, in control characters written six bytes apiece.
    @Test func theLongestFigureLineExtractWritesIsMerged() throws {
        let filler = String(repeating: "\u{1}", count: (1 << 20) - 100)
        let sentence = filler + "投入资金100万元。"
        let figure = Figure(span: "100万元", start: filler.unicodeScalars.count + 4, length: 5,
                            value: ExactDecimal(significand: 1_000_000), unit: "元", kind: .money, qualifier: .exact)
        let record = FigureRecord(figure: figure, location: SourceLocation(file: "long.txt", line: 2, column: 1),
                                  article: 1, title: filler, sentence: sentence)
        var line: [UInt8] = []
        FigureJSON.append(NormalisedRecord(record: record, meaning: Meaning(category: "funding")), to: &line)
        #expect(line.count > 12_000_000)
        let path = folder.appendingPathComponent("long.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(line + [0x0A])))
        let diagnostics = DiagnosticLog()
        let count = try AggregateJob(definition: definition, paths: [path],
                                     outputDirectory: folder.appendingPathComponent("out").path).run(diagnostics: diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(count == 1)
    }

    @Test func aDirectoryInUseIsNotWrittenTo() throws {
        let figures = try Project.write("", named: "empty.jsonl", in: folder)
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let lock = open(out + "/.tongji.lock", O_RDWR | O_CREAT, 0o644)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        do {
            _ = try AggregateJob(definition: definition, paths: [figures], outputDirectory: out).run(diagnostics: DiagnosticLog())
            Issue.record("the aggregate ran in a locked directory")
        } catch {
            guard case .locked = error else { Issue.record("not the lock: \(error)"); return }
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written == [".tongji.lock"])
    }

    @Test func whatAKilledRunLeftHalfWrittenIsRemovedAndNothingElse() throws {
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let halfWritten = [".summary.csv.tongji-Xq3vB7", ".report.html.tongji-a1B2c3", ".figures.csv.tongji-000000"]
        // A user's backups, other tools' temporaries (rsync's look like mkstemp's), other files.
        let others = [".summary.csv.old", ".figures.csv.backup", ".report.html.备份", ".articles.csv.2024Q1",
                      ".summary.csv.Xq3vB7", "summary.csv.tongji-Xq3vB7", ".notes.txt.tongji-a1B2c3", ".errors.csv.tongji-a1-B2c",
                      "读我.txt"]
        for name in halfWritten + others { _ = try Project.write("left here", named: name, in: out) }
        // Only plain files go: not a directory, nor a link (nor what it points to).
        let directory = ".errors.csv.tongji-abcdef", link = ".summary.csv.tongji-Abc123"
        try FileManager.default.createDirectory(at: out.appendingPathComponent(directory), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(link).path, withDestinationPath: "读我.txt")

        _ = try reports([extract(write(articles[..<2], "part.jsonl"))], "out")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(left.isDisjoint(with: halfWritten))
        #expect(left.isSuperset(of: others + [directory, link]))
    }
}
