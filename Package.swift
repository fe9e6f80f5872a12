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
        .executable(name: "parallax", targets: ["parallax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        // ICU's break iterators behind a header that uses only <stdint.h> types: importing the
        // system ICU headers into Swift clashes with the ICU that Foundation carries.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // myhtml, the HTML5 parser of Debian's libmodest-dev (scripts/setup installs it).
        .systemLibrary(name: "CMyHTML", providers: [.apt(["libmodest-dev"])]),
        // zlib, for gzip-compressed pages and archives.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Articles, text analysis and comparison: pure logic, no disk or network I/O.
        .target(
            name: "ParallaxCore",
            dependencies: [
                "CICU",
                .product(name: "Crypto", package: "swift-crypto"),
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
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore",
                "ParallaxIngest",
                "ParallaxStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Paths to the repository, the shared data and the built binary, for the tests.
        .target(name: "ParallaxTestSupport"),
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: ["ParallaxCore", "ParallaxIngest", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxHTMLTests",
            dependencies: ["ParallaxHTML", "ParallaxIngest", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxIngestTests", dependencies: ["ParallaxIngest", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxStoreTests", dependencies: ["ParallaxStore", "ParallaxTestSupport"]),
        .testTarget(
            name: "ParallaxCLITests",
            dependencies: ["parallax", "ParallaxStore", "ParallaxTestSupport"]),
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
