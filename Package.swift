// swift-tools-version: 6.1
import PackageDescription

// Stages run ingest → extract → normalise → aggregate → report; each stage depends only on
// TongjiCore and the stages before it. Only Ingest (HTML in) and Report (HTML out) use libxml2,
// and only the `tongji` executable uses ArgumentParser.
let package = Package(
    name: "tongji",
    products: [
        .executable(name: "tongji", targets: ["tongji"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // A cache hint for the reprint index's look-ups, which Swift cannot spell.
        .target(name: "CPrefetch"),
        .target(name: "TongjiCore"),
        .target(name: "Ingest", dependencies: ["TongjiCore", "CLibXML2", "CPrefetch"]),
        .target(name: "Extract", dependencies: ["TongjiCore"]),
        .target(name: "Report", dependencies: ["TongjiCore", "Normalise", "Aggregate", "CLibXML2"]),
        .target(name: "Normalise", dependencies: ["TongjiCore"], resources: [.copy("Resources")]),
        .target(name: "Aggregate", dependencies: ["TongjiCore", "Normalise"]),
        // The incremental store: what each run read, and the figures of every document.
        .target(name: "Store", dependencies: ["TongjiCore", "Normalise", .product(name: "GRDB", package: "GRDB.swift"),
                                                 .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(
            name: "TongjiPipeline",
            dependencies: ["TongjiCore", "Ingest", "Extract", "Normalise", "Aggregate", "Report", "Store", "Yams"]),
        .executableTarget(
            name: "tongji",
            dependencies: ["TongjiPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // libFuzzer targets for `make fuzz`; built plainly, it replays saved inputs.
        .executableTarget(name: "tongji-fuzz", dependencies: ["Extract", "Ingest", "Normalise", "TongjiPipeline"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "TongjiCore", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "TongjiCore", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Normalise", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "NormaliseTests", dependencies: ["Normalise", "Extract", "TongjiCore", "TestSupport"]),
        .testTarget(name: "AggregateTests", dependencies: ["Aggregate", "Normalise", "Extract", "TongjiCore", "TestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Normalise", "Extract", "TongjiCore", "TestSupport",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PipelineTests", dependencies: ["TongjiPipeline", "TongjiCore", "Ingest", "Extract", "Normalise", "Store", "TestSupport",
                                                          .product(name: "GRDB", package: "GRDB.swift")]),
        // What the test targets share: the gold set and sample page, the union-news categories,
        // and readers to check outputs with (a strict RFC 4180 parser, libxml2's HTML parser).
        .target(name: "TestSupport", dependencies: ["CLibXML2", "Normalise"], path: "Tests/TestSupport",
                resources: [.copy("Fixtures")]),
    ]
)
