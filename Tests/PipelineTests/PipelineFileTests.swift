import Foundation
import TestSupport
import Testing
import TongjiCore
import TongjiPipeline

@Suite struct PipelineFileTests {
    @Test func defaultPipelineReads() throws {
        let (definition, warnings) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        #expect(warnings.isEmpty)
        #expect(definition.name == "union-news")
        #expect(definition.categories.map(\.name) == ["competitions", "funding", "membership", "other"])
        #expect(definition.categories[1].keywords.contains("资金"))
        // Inputs and outputs are relative to the pipeline file, not to the working directory.
        #expect(definition.inputs == [Project.path("Pipelines/samples/union-news-page.txt")])
        #expect(definition.reportDirectory == Project.path("Reports/union-news"))
    }

    /// The other test targets use the Swift copy of the default pipeline's categories.
    @Test func defaultCategoriesAreThoseTheTestsUse() throws {
        let (definition, _) = try PipelineFileReader.read(Project.path("Pipelines/union-news.yaml"))
        #expect(definition.categories == UnionNews.categories)
    }

    @Test func kindsAndExceptionsRead() throws {
        let (definition, warnings) = try read(categories: """
              - name: funding
                keywords: [资金]
                kinds: [money, percent]
                exceptions: [涉案资金]
              - name: other
            """)
        #expect(warnings.isEmpty)
        #expect(definition.categories[0].kinds == [.money, .percent])
        #expect(definition.categories[0].exceptions == ["涉案资金"])
        #expect(definition.categories[1].kinds.isEmpty, "a category without kinds holds any")
    }

    @Test func keysThatCannotActAreWarnedAbout() throws {
        let (_, warnings) = try read(categories: """
              - name: funding
                keywords: [资金]
                exceptions: [会员国]
              - name: other
                kinds: [money]
            """)
        #expect(warnings.map(\.message) == [
            "categories[0].exceptions: '会员国' shares no characters with a keyword of the category, ignored",
            "categories[1].kinds: the category has no keywords for it to act on, ignored",
        ])
    }

    @Test func unknownKeyIsAWarningWithItsLine() throws {
        let (definition, warnings) = try read(categories: """
              - name: other
                colour: red
            """)
        #expect(definition.name == "test")
        #expect(warnings.map(\.message) == ["categories[0].colour: unknown key, ignored"])
        #expect(warnings.first?.location.line == 6)
    }

    @Test(arguments: [
        ("name: x\ninputs: [a]\ncategories: [{name: other}]", 1, "version: is required"),
        ("version: 2\nname: x\ninputs: [a]\ncategories: [{name: other}]", 1, "version: version 2 is not supported; this tongji reads version 1"),
        ("version: 1\nname: x y\ninputs: [a]\ncategories: [{name: other}]", 2, "name: must be letters, digits, '-' or '_' (it names the report folder)"),
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keywords: {b: c}", 6, "categories[0].keywords: must be a list of text"),
        ("version: 1\nname: x\ninputs: [a]\ncategories: [{name: other}]\noutputs: {formats: [pdf]}", 5, "outputs.formats: unknown format 'pdf'; known: csv, html"),
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keywords: 疫苗, 接种", 6, "categories[0].keywords: must be a list of text"),
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keywords: 5", 6, "categories[0].keywords: must be a list of text"),
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keywords: [b]\n    kinds: [money, cash]", 7,
         "categories[0].kinds: unknown kind 'cash'; known: people, visits, money"),
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keywords: [b]\n    kinds: []", 7,
         "categories[0].kinds: must name at least one kind"),
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keywords: [b]\n    kinds: [money]\n    fallback_kinds: [people]", 8,
         "categories[0].fallback_kinds: must be among the category's kinds"),
        // A mistyped `keywords` leaves a second category without any.
        ("version: 1\nname: x\ninputs: [a]\ncategories:\n  - name: a\n    keyword: [b]\n  - name: other", 7,
         "categories[1]: category 'other' has no keywords, like 'a'"),
        ("version: 1\nname: x\ninputs: [a]\ndefault_date: 2021-13-01\ncategories: [{name: other}]", 4, "default_date: must be a date written YYYY-MM-DD"),
        ("version: 1\nname: x\ninputs: [a]\ndefault_date: 2021-02-30\ncategories: [{name: other}]", 4, "default_date: must be a date written YYYY-MM-DD"),
        ("version: 1\nname: [x\n", 3, "YAML syntax"),
    ])
    func badFileNamesLineAndKeyPath(yaml: String, line: Int, message: String) throws {
        #expect {
            _ = try read(yaml)
        } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.location.line == line && error.diagnostic.message.hasPrefix(message)
                && error.location.file.hasSuffix("pipeline.yaml")
        }
    }

    /// A pipeline named `test` with these categories, written as the lines under `categories:`
    /// (the first of them is line 5 of the file).
    private func read(categories: String) throws -> (PipelineDefinition, warnings: [TongjiCore.Diagnostic]) {
        try read("version: 1\nname: test\ninputs: [a.txt]\ncategories:\n" + categories)
    }

    private func read(_ yaml: String) throws -> (PipelineDefinition, warnings: [TongjiCore.Diagnostic]) {
        let directory = try Scratch.directory()
        return try PipelineFileReader.read(try Project.write(yaml, named: "pipeline.yaml", in: directory))
    }
}
