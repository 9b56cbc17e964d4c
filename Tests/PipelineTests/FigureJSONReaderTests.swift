import Extract
import Foundation
import Ingest
import Normalise
import TestSupport
import Testing
import TongjiCore
@testable import TongjiPipeline

/// `tongji aggregate` reads back what `tongji extract` wrote: every field a report needs comes
/// back as it went out, and a line that is not a figure is reported, never guessed at.
@Suite struct FigureJSONReaderTests {
    private func written(_ record: NormalisedRecord) -> [UInt8] {
        var bytes: [UInt8] = []
        FigureJSON.append(record, to: &bytes)
        return bytes
    }

    private func read(_ bytes: [UInt8]) throws(FigureJSONReader.Malformed) -> NormalisedRecord {
        try bytes.withUnsafeBufferPointer { line throws(FigureJSONReader.Malformed) in try FigureJSONReader.record(line) }
    }

    private func read(_ text: String) throws(FigureJSONReader.Malformed) -> NormalisedRecord {
        try read(Array(text.utf8))
    }

    /// What the reader gives back: the record without what figure files do not carry (the
    /// span's offset in its sentence, the period's kind and years, the `part_of` link).
    private func expectReadBack(_ original: NormalisedRecord, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let back = try read(written(original))
        var expected = original.record
        expected.figure.start = 0
        #expect(back.record == expected, sourceLocation: sourceLocation)
        var meaning = original.meaning
        meaning.period = original.meaning.period.map { Period(kind: .relative, words: $0.label) }
        #expect(back.meaning == meaning, sourceLocation: sourceLocation)
        #expect(back.meaning.period?.label == original.meaning.period?.label, sourceLocation: sourceLocation)
    }

    @Test func everyFigureOfTheSamplePageReadsBack() throws {
        let path = Project.path("Tests/IngestTests/Fixtures/union-news-page.txt")
        let document = try Ingester().document(fromBytes: try Project.bytes(path), name: path)
        let stages = DocumentFigures(extractor: FigureExtractor(), normaliser: Normaliser(categories: UnionNews.categories))
        let records = stages.records(in: document)
        #expect(records.count == 76)
        for record in records { try expectReadBack(record) }
    }

    @Test func escapesDatesRangesAndFlagsReadBack() throws {
        try expectReadBack(FigureJSONTests.awkward)
    }

    /// Strings are passed eight bytes at a time: a closing quote, an escape or a stray control
    /// character must be seen at every offset, next to Chinese text.
    @Test func quotesEscapesAndControlCharactersAreFoundAtEveryOffset() throws {
        for offset in 0..<20 {
            let plain = String(repeating: "a", count: offset)
            var unescaped = FigureJSONTests.awkward
            unescaped.record.sentence = "中" + plain
            try expectReadBack(unescaped)
            for special in ["\"", "\\", "\n", "\u{1F}"] {
                var record = FigureJSONTests.awkward
                record.record.sentence = plain + special + "中文" + String(repeating: "b", count: 20 - offset)
                try expectReadBack(record)
            }
            let raw = #"{"title":""# + plain + "\t" + #"中文","value":1}"#
            do {
                _ = try read(raw)
                Issue.record("a raw tab at offset \(offset) was read")
            } catch {
                #expect(error.reason == "not a JSON object: a control character inside a string at byte \(11 + offset)")
            }
        }
    }

    @Test func escapesOfEveryKindAndKeysInAnyOrder() throws {
        let line = #"{"sentence":"\u5de5\u4f1a\ud83d\ude00 \/\b\f","extra":[1,{"a":"]}"}],"qualifier":"","kind":"money","#
            + #""v\u0061lue":12.50,"line":7,"unit":"元","other":null,"value":1406.46,"duplicate":true}"#
        let record = try read(line)
        #expect(record.record.sentence == "工会😀 /\u{8}\u{C}")
        // The last of a repeated key counts; a key written with an escape is the same key.
        #expect(record.record.figure.value == ExactDecimal("1406.46"))
        #expect(record.record.location.line == 7 && record.record.duplicate)
        #expect(record.meaning.category == CategoryDefinition.otherName)
    }

    /// Nested values are skipped, however deep, once they are found to be JSON.
    @Test func nestedValuesOfAnyDepthAreSkipped() throws {
        let depth = 100_000
        let line = #"{"extra":"# + String(repeating: #"[{"a":"#, count: depth) + "[]"
            + String(repeating: "}]", count: depth) + #","empty":{},"list":[ 1 , "x" , true , null , {} ],"line":3,"#
            + #""value":5,"unit":"项","kind":"count","qualifier":""}"#
        #expect(try read(line).record.location.line == 3)
    }

    @Test(arguments: [
        ("[1]", "expected '{' at byte 1"),
        (#"{"value":1,}"#, "expected '\"' at byte 12"),
        (#"{"value":01}"#, "expected ',' at byte 11"),
        (#"{"value":1.}"#, "expected digits after the decimal point at byte 12"),
        (#"{"value":tru}"#, "expected a value at byte 10"),
        (#"{"value":-}"#, "expected a digit after '-' at byte 11"),
        (#"{"title":"x}"#, "the line ends inside a string at byte 13"),
        (#"{"title":"\ud800"}"#, "a lone surrogate in a \\u escape at byte 17"),
        (#"{"title":"\x"}"#, "an unknown escape at byte 12"),
        (#"{"title":"\u12"}"#, "expected four hex digits after \\u at byte 15"),
        ("{\"title\":\"a\tb\"}", "a control character inside a string at byte 12"),
        (#"{"value":1} x"#, "text after the object at byte 13"),
        (#"{"extra":[1,2"#, "the line ends inside an array or object at byte 14"),
        (#"{"extra":[1,,2]}"#, "expected a value at byte 13"),
        (#"{"extra":[1 2]}"#, "expected ',' or ']' at byte 13"),
        (#"{"extra":{"a" 1}}"#, "expected ':' at byte 15"),
        (#"{"extra":{"a":1,}}"#, "expected '\"' at byte 17"),
        (#"{"extra":[{"a":[x]}]}"#, "expected a value at byte 17"),
        (#"{"extra":[1}}"#, "expected ',' or ']' at byte 12"),
        (#"{"extra":[1,]}"#, "expected a value at byte 13"),
    ])
    func malformedLinesSayWhereReadingStopped(_ line: String, _ reason: String) {
        #expect(throws: FigureJSONReader.Malformed.self) { try read(line) }
        do {
            _ = try read(line)
        } catch {
            #expect(error.reason == "not a JSON object: \(reason)")
        }
    }

    @Test func invalidUTF8AndMissingFieldsAreNotFigures() {
        let invalid: [UInt8] = Array(#"{"title":""#.utf8) + [0xE5, 0xB7] + Array(#"","value":1}"#.utf8)
        do {
            _ = try read(invalid)
            Issue.record("invalid UTF-8 read")
        } catch {
            #expect(error.reason == "not a JSON object: the line is not valid UTF-8 at byte 11")
        }
        let noKind = #"{"line":1,"value":5,"qualifier":"","unit":"项"}"#
        #expect(throws: FigureJSONReader.Malformed.self) { try read(noKind) }
        let textValue = #"{"line":1,"value":"5","kind":"count","qualifier":""}"#
        #expect(throws: FigureJSONReader.Malformed.self) { try read(textValue) }
    }

    /// A figure file with a bad line and a file that is missing: both reported with their
    /// place, and every good line still counted.
    @Test func badLinesAndMissingFilesAreReportedAndTheRestMerged() throws {
        let (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        let folder = try Scratch.directory()
        let good = #"{"file":"a.txt","line":3,"column":1,"value":5,"unit":"项","kind":"count","qualifier":""}"#
        let figures = try Project.write([good, "{\"value\":", "", good.replacingOccurrences(of: "\"line\":3", with: "\"line\":9")]
            .joined(separator: "\n") + "\n", named: "part.jsonl", in: folder)
        let missing = folder.appendingPathComponent("missing.jsonl").path
        let diagnostics = DiagnosticLog()
        let count = try AggregateJob(definition: definition, paths: [figures, missing],
                                     outputDirectory: folder.appendingPathComponent("out").path).run(diagnostics: diagnostics)
        #expect(count == 2)
        let errors = diagnostics.all.filter { $0.severity == .error }.map { "\($0.location.file):\($0.location.line)" }
        #expect(errors == ["\(figures):2", "\(missing):0"])
    }
}
