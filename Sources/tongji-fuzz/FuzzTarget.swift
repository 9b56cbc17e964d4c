import Extract
import Foundation
import Ingest
import Normalise
import TongjiCore
import TongjiPipeline

/// Fuzz targets for `make fuzz`: the extractor on any text, the normaliser on any article (its
/// lines the sentences, every third opening a paragraph), the HTML ingest, the JSON Lines
/// ingest and aggregate's reader of figure lines on any bytes, and reading a file in parts
/// against reading it whole. `TONGJI_FUZZ=extract`, `normalise`, `html`, `jsonl`, `figures` or
/// `parts` picks one. Built with `-sanitize=fuzzer -DFUZZING`,
/// libFuzzer drives `LLVMFuzzerTestOneInput`; built plainly, the binary replays the files named
/// on its command line through the same code, so a crash libFuzzer saved can be debugged.
enum FuzzTarget {
    static let selected = ProcessInfo.processInfo.environment["TONGJI_FUZZ"] ?? "extract"
    static let normaliser = Normaliser(categories: [
        CategoryDefinition(name: "funding", label: "经费", keywords: ["资金", "投入"], exceptions: ["涉案资金"]),
        CategoryDefinition(name: "other", label: "其他", keywords: []),
    ])

    /// Where `parts` writes each input: a file of this process's own.
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-fuzz-\(getpid())").path

    static func run(_ bytes: [UInt8]) {
        switch selected {
        case "parts":
            // A text file (JSON Lines when the first byte is odd) read in parts of 1–256 bytes
            // gives the articles and the diagnostics of reading it whole.
            let path = scratch + (bytes.first.map { $0 & 1 == 1 } == true ? ".jsonl" : ".txt")
            precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            defer { try? FileManager.default.removeItem(atPath: path) }
            var options = IngestOptions()
            options.partBytes = 1 + Int(bytes.last ?? 0)
            let wholeLog = DiagnosticLog(), partsLog = DiagnosticLog()
            let whole = Ingester().read(paths: [path], diagnostics: wholeLog)
            let parts = Ingester(options: options).read(paths: [path], diagnostics: partsLog)
            precondition(parts.flatMap(\.articles) == whole.flatMap(\.articles), "parts give the articles of the whole file")
            precondition(partsLog.all.map(\.description) == wholeLog.all.map(\.description), "and its diagnostics")
        case "html":
            _ = try? Ingester().document(fromBytes: bytes, name: "fuzz.html")
        case "jsonl":
            _ = try? Ingester().document(fromBytes: bytes, name: "fuzz.jsonl")
        case "figures":
            _ = bytes.withUnsafeBufferPointer { try? FigureJSONReader.record($0) }
        case "normalise":
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            let found = lines.indices.flatMap { index in
                FigureExtractor().figures(in: lines[index]).map { SentenceFigure(figure: $0, sentence: index) }
            }
            let meanings = normaliser.meanings(of: found, in: ArticleText(title: lines.first ?? "", sentences: lines,
                                                                         opensParagraph: lines.indices.map { $0 % 3 == 0 }))
            precondition(meanings.count == found.count, "a meaning for every figure")
        default:
            let text = String(decoding: bytes, as: UTF8.self)
            for figure in FigureExtractor(options: .init(includeNumbers: true)).figures(in: text) {
                // Every figure must point inside the text it came from.
                precondition(figure.start >= 0 && figure.start + figure.length <= text.unicodeScalars.count)
            }
        }
    }
}

#if FUZZING
/// libFuzzer's entry for programs that keep their own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

@main
struct FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzTarget.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        #endif
    }
}
