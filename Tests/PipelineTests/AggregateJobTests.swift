import Foundation
import Testing
import TongjiCore
import TongjiPipeline

/// Figures extracted in partitions and merged with `tongji aggregate` give the summary of one
/// process over the whole input: the promise that lets tongji scale out as a streaming mapper.
@Suite struct AggregateJobTests {
    @Test func partitionsMergeIntoTheSummaryOfOneProcess() throws {
        let (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        let folder = try Project.temporaryDirectory()
        let articles = try String(contentsOfFile: Project.path("Tests/IngestTests/Fixtures/union-news-page.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(articles.count == 10)
        // Articles 6–10 hold the passage printed twice, so that partition sees both prints.
        let whole = try Project.write(articles.joined(separator: "\n") + "\n", named: "whole.jsonl", in: folder)
        let first = try Project.write(articles[..<5].joined(separator: "\n") + "\n", named: "part-1.jsonl", in: folder)
        let second = try Project.write(articles[5...].joined(separator: "\n") + "\n", named: "part-2.jsonl", in: folder)

        func extract(_ input: String) throws -> String {
            let output = folder.appendingPathComponent(URL(fileURLWithPath: input).lastPathComponent + ".figures").path
            let descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            ExtractJob(paths: [input], categories: definition.categories)
                .run(to: OutputSink(descriptor: descriptor), diagnostics: DiagnosticLog())
            close(descriptor)
            return output
        }
        func summary(_ figureFiles: [String], _ name: String) throws -> (Int, String) {
            let out = folder.appendingPathComponent(name).path
            let count = try AggregateJob(definition: definition, paths: figureFiles, outputDirectory: out,
                                         runTime: Date(timeIntervalSince1970: 0)).run(diagnostics: DiagnosticLog())
            return (count, try String(contentsOfFile: out + "/summary.csv", encoding: .utf8))
        }

        let single = try summary([extract(whole)], "single")
        let merged = try summary([extract(second), extract(first)], "merged")
        #expect(single.0 == 76 && merged.0 == 76)
        #expect(merged.1 == single.1)
        #expect(single.1.contains("funding,资金投入,甘肃省,2020年以来,元,money,4,208556600,atLeast"))
    }
}
