import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest

/// `parallax bench warc`: WARC reading speed and memory, which should not grow with the archive.
struct WARCBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warc",
        abstract: "Megabytes per second reading a .warc.gz archive, and peak memory.",
        discussion: """
            Writes a gzip-compressed WARC of --records response records (each a page of about \
            --page-kb KB, one gzip member per record, as CC-NEWS archives are) and reads it back \
            with the streaming reader, without extraction.
            """)

    @Option(help: "How many response records.")
    var records = 20_000

    @Option(help: "The size of each page in KB.")
    var pageKb = 40

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-warc-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("bench.warc.gz")
        _ = FileManager.default.createFile(atPath: archive.path, contents: nil)
        let handle = try FileHandle(forWritingTo: archive)
        let paragraph =
            "<p>"
            + String(repeating: "The ferry ran aground in thick fog off the point. ", count: 20)
            + "</p>\n"
        let body =
            "<html><body><article>"
            + String(repeating: paragraph, count: max(1, pageKb * 1024 / paragraph.utf8.count))
            + "</article></body></html>"
        var uncompressed = 0
        for index in 0..<records {
            let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
            let block = Array(http.utf8)
            let header =
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/\(index)\r\n"
                + "WARC-Date: 2026-03-14T08:10:00Z\r\nContent-Length: \(block.count)\r\n\r\n"
            let record = Array(header.utf8) + block + Array("\r\n\r\n".utf8)
            uncompressed += record.count
            handle.write(Data(try Gzip.compress(record)))
        }
        try handle.close()
        let size =
            (try FileManager.default.attributesOfItem(atPath: archive.path)[.size] as? Int) ?? 0
        var pages = 0
        let start = ContinuousClock.now
        try WARCReader().read(path: archive.path, accept: { _ in pages += 1 }, reject: { _ in })
        let seconds = (ContinuousClock.now - start).seconds
        print("records:      \(records) pages read: \(pages)")
        print("archive:      \(size >> 20) MB compressed, \(uncompressed >> 20) MB of WARC")
        print(String(format: "seconds:      %.2f", seconds))
        print(
            String(
                format: "rate:         %.0f MB/s of WARC, %.0f MB/s of file",
                Double(uncompressed >> 20) / seconds, Double(size >> 20) / seconds))
        print(String(format: "peak memory:  %.1f MB", CompareBench.peakMemoryMB()))
    }
}
