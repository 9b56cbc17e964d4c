import Foundation
import Store
import TestSupport
import Testing
import TongjiCore

/// `tongji aggregate` relies on the sorter for a run's order however partitions arrive.
@Suite struct FigureLineSorterTests {
    private let path = Scratch.path(named: "lines.sqlite")

    private func add(_ lines: [(text: String, place: FigureLineSorter.Place)], to sorter: FigureLineSorter) throws {
        try sorter.add { adder in
            for line in lines {
                var bytes = Array(line.text.utf8)
                try bytes.withUnsafeMutableBufferPointer { try adder.add(UnsafeBufferPointer($0), at: line.place) }
            }
        }
    }

    private func place(_ file: String, _ line: Int, _ column: Int, article: Int, title: String = "",
                       date: CalendarDate? = nil) -> FigureLineSorter.Place {
        FigureLineSorter.Place(file: file, line: line, column: column, article: article, title: title, date: date)
    }

    @Test func linesComeBackByFileThenPlaceThenAsTheyCame() throws {
        let sorter = try FigureLineSorter(path: path)
        try add([("b-2", place("b.txt", 2, 1, article: 1)), ("a-9", place("a.txt", 9, 4, article: 2))], to: sorter)
        // A second batch, as from another partition: a tie with an earlier line stays after it.
        try add([("a-9-again", place("a.txt", 9, 4, article: 2)), ("a-1", place("a.txt", 1, 7, article: 1)),
                 ("a-9-before", place("a.txt", 9, 2, article: 2)), ("中文-10", place("a.txt", 10, 1, article: 2))], to: sorter)
        var lines: [String] = []
        try sorter.forEachLine { line, _ in lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["a-1", "a-9-before", "a-9", "a-9-again", "中文-10", "b-2"])
    }

    @Test func articlesTakeTheirFirstFigureAndCountThemAll() throws {
        let sorter = try FigureLineSorter(path: path)
        let june = CalendarDate(year: 2021, month: 6, day: 15)
        try add([("x", place("a.txt", 30, 1, article: 2, title: "later")),
                 ("x", place("b.txt", 5, 1, article: 1, title: "b")),
                 ("x", place("a.txt", 12, 3, article: 2, title: "first", date: june)),
                 ("x", place("a.txt", 12, 3, article: 2, title: "tie")),
                 ("x", place("a.txt", 2, 1, article: 1, title: "one"))], to: sorter)
        var articles: [ArticleSummary] = []
        try sorter.forEachArticle { articles.append($0) }
        #expect(articles.map { "\($0.file) \($0.number) \($0.title) \($0.startLine) \($0.figureCount)" }
            == ["a.txt 1 one 2 1", "a.txt 2 first 12 3", "b.txt 1 b 5 1"])
        #expect(articles[1].date == june && articles[0].date == nil)
    }

    /// Lines are inserted sixteen at a time: an article whose figures span several batches,
    /// its first figure in the middle of one, still counts them all and keeps that first.
    @Test func anArticleAcrossBatchesKeepsItsFirstFigure() throws {
        let sorter = try FigureLineSorter(path: path)
        let lines = (1...40).map { line in
            ("x", place("a.txt", line == 23 ? 1 : line + 1, 1, article: 1, title: "line \(line)"))
        }
        try add(lines, to: sorter)
        var articles: [ArticleSummary] = []
        try sorter.forEachArticle { articles.append($0) }
        #expect(articles.map { "\($0.title) \($0.startLine) \($0.figureCount)" } == ["line 23 1 40"])
        var count = 0
        try sorter.forEachLine { _, _ in count += 1 }
        #expect(count == 40)
    }

    @Test func theScratchFileGoesWithTheSorterAndALeftOneIsReplaced() throws {
        try Data("left by a killed run".utf8).write(to: URL(fileURLWithPath: path))
        var sorter: FigureLineSorter? = try FigureLineSorter(path: path)
        try add([("x", place("a.txt", 1, 1, article: 1))], to: sorter!)
        var count = 0
        try sorter!.forEachLine { _, _ in count += 1 }
        #expect(count == 1)
        #expect(FileManager.default.fileExists(atPath: path))
        sorter = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
