// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
        .library(name: "ParallaxHTML", targets: ["ParallaxHTML"]),
        .library(name: "ParallaxIngest", targets: ["ParallaxIngest"]),
        .library(name: "ParallaxStore", targets: ["ParallaxStore"]),
        .library(name: "ParallaxFetch", targets: ["ParallaxFetch"]),
        .library(name: "ParallaxEmbedding", targets: ["ParallaxEmbedding"]),
        .library(name: "ParallaxServer", targets: ["ParallaxServer"]),
        .executable(name: "parallax", targets: ["parallax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // ICU's break iterators behind a header that uses only <stdint.h> types: importing the
        // system ICU headers into Swift clashes with the ICU that Foundation carries.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // GELU and the exponential over arrays through glibc's vector math library, for the
        // sentence encoder: Swift cannot call libmvec's functions, which take SSE registers.
        .target(
            name: "CVectorMath",
            linkerSettings: [
                .linkedLibrary("mvec", .when(platforms: [.linux])), .linkedLibrary("m"),
            ]
        ),
        // myhtml, the HTML5 parser of Debian's libmodest-dev (scripts/setup installs it).
        .systemLibrary(name: "CMyHTML", providers: [.apt(["libmodest-dev"])]),
        // zlib, for gzip-compressed pages and archives.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // OpenBLAS's matrix product, for the sentence encoder (scripts/setup installs it).
        .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])]),
        // The all-MiniLM-L6-v2 sentence encoder: BERT's tokenizer and forward pass over BLAS.
        // Reads the weights from disk; scripts/setup fetches them.
        .target(
            name: "ParallaxEmbedding", dependencies: ["ParallaxCore", "CBLAS", "CVectorMath"],
            resources: [.copy("Resources/same-fact-adapter.safetensors")]),
        // Articles, text analysis and comparison: pure logic, no disk or network I/O.
        .target(
            name: "ParallaxCore",
            dependencies: [
                "CICU", "CBLAS",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        // HTML pages to articles: parsing, main-content extraction, metadata, encodings. No I/O.
        .target(
            name: "ParallaxHTML",
            dependencies: ["CMyHTML", "ParallaxCore"]
        ),
        // Reading articles from the outside world: files, folders, standard input.
        .target(
            name: "ParallaxIngest",
            dependencies: ["ParallaxCore", "ParallaxHTML", "ParallaxStore", "CZlib"]
        ),
        // Where articles are kept: one protocol; SQLite through GRDB, PostgreSQL through
        // postgres-nio.
        .target(
            name: "ParallaxStore",
            dependencies: [
                "ParallaxCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The web: fetching feeds and pages over HTTP politely (robots.txt, per-host delays,
        // conditional GET) and watching feeds.
        .target(
            name: "ParallaxFetch",
            dependencies: [
                "ParallaxCore",
                "ParallaxHTML",
                "ParallaxIngest",
                "ParallaxStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        // The HTTP API and the web pages over a store, on Hummingbird: kept apart because it
        // is the slowest part to build.
        .target(
            name: "ParallaxServer",
            dependencies: [
                "ParallaxCore",
                "ParallaxIngest",
                "ParallaxStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore",
                "ParallaxEmbedding",
                "ParallaxFetch",
                "ParallaxIngest",
                "ParallaxServer",
                "ParallaxStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Paths to the repository, the shared data and the built binary, for the tests.
        .target(
            name: "ParallaxTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: ["ParallaxCore", "ParallaxIngest", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxEmbeddingTests",
            dependencies: ["ParallaxEmbedding", "ParallaxTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "ParallaxHTMLTests",
            dependencies: ["ParallaxHTML", "ParallaxIngest", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxIngestTests", dependencies: ["ParallaxIngest", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxFetchTests",
            dependencies: ["ParallaxFetch", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxStoreTests", dependencies: ["ParallaxStore", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxServerTests",
            dependencies: [
                "ParallaxServer", "ParallaxIngest", "ParallaxStore", "ParallaxTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]),
        .testTarget(
            name: "ParallaxCLITests",
            dependencies: ["parallax", "ParallaxCore", "ParallaxStore", "ParallaxTestSupport"]),
    ]
)

// One switch for the language mode and upcoming features of every Swift target.
for target in package.targets where target.type != .system && !target.name.hasPrefix("C") {
    var settings = target.swiftSettings ?? []
    settings.append(.swiftLanguageMode(.v6))
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
