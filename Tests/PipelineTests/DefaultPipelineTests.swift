import Foundation
import TestSupport
import Testing
import TongjiPipeline

/// A plain `tongji extract` finds the default pipeline, so its figures get categories.
@Suite struct DefaultPipelineTests {
    private let checkoutPipeline = Project.path("Pipelines/union-news.yaml")

    @Test func theEnvironmentWins() {
        #expect(DefaultPipeline.path(environment: ["TONGJI_PIPELINE": "/x/p.yaml"], workingDirectory: "/nowhere",
                                     executable: nil) == "/x/p.yaml")
    }

    @Test func theWorkingDirectoryIsLookedInFirst() {
        #expect(DefaultPipeline.path(environment: [:], workingDirectory: Project.root.path, executable: nil) == checkoutPipeline)
    }

    @Test func aBinaryBuiltInTheCheckoutFindsItsPipelines() {
        let binary = Project.root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/tongji").path
        #expect(DefaultPipeline.path(environment: [:], workingDirectory: "/nowhere", executable: binary) == checkoutPipeline)
    }

    @Test func anInstalledBinaryFindsTheSharedPipelines() throws {
        let prefix = try Scratch.directory()
        let shared = prefix.appendingPathComponent("share/tongji/Pipelines")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try Data().write(to: shared.appendingPathComponent(DefaultPipeline.fileName))
        let binary = prefix.appendingPathComponent("lib/tongji/tongji").path
        #expect(DefaultPipeline.path(environment: [:], workingDirectory: "/nowhere", executable: binary)
                == shared.appendingPathComponent(DefaultPipeline.fileName).path)
    }

    @Test func withoutOneThereIsNone() {
        #expect(DefaultPipeline.path(environment: [:], workingDirectory: "/nowhere", executable: "/usr/bin/tongji") == nil)
    }
}
