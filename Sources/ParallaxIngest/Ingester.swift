import Foundation
import ParallaxCore
import ParallaxHTML
import ParallaxStore

/// Reads inputs of every kind into a store: text and HTML files, JSON lines, feeds and WARC
/// archives, and folders of them, cleaning articles on all cores and saving them in batches.
public struct Ingester: Sendable {
    /// What an ingestion did.
    public struct Report: Sendable {
        public var totals = IngestTotals()
        /// Every input item refused, with why.
        public var rejected: [RejectedInput] = []
        public var seconds = 0.0
    }

    /// Progress while ingesting: articles handled so far and the input being read.
    public struct Progress: Sendable {
        public var handled: Int
        public var input: String
    }

    public let store: any ArticleStore
    /// Articles per transaction.
    public var batchSize = 512
    /// How many tasks clean articles at once.
    public var workers = ProcessInfo.processInfo.activeProcessorCount

    public init(store: any ArticleStore) { self.store = store }

    /// Ingests `paths` (files or folders), reporting progress after each batch.
    public func ingest(paths: [String], progress: (Progress) -> Void = { _ in }) async throws
        -> Report
    {
        let started = ContinuousClock.now
        let run = try await store.beginRun(inputs: paths)
        var report = Report()
        var pending: [IngestDocument] = []
        var handled = 0
        func flush(_ input: String) async throws {
            guard !pending.isEmpty else { return }
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            let converted = await convert(batch)
            var articles: [Article] = []
            var rejections: [RejectedInput] = []
            for result in converted {
                switch result {
                case .success(let article): articles.append(article)
                case .failure(let rejection): rejections.append(rejection)
                }
            }
            for outcome in try await store.save(articles, run: run) {
                switch outcome {
                case .stored: report.totals.stored += 1
                case .duplicate: report.totals.duplicates += 1
                case .revision: report.totals.revisions += 1
                }
            }
            try await store.reject(rejections.map { ($0.origin, $0.reason) }, run: run)
            report.rejected += rejections
            report.totals.rejected += rejections.count
            handled += batch.count
            progress(Progress(handled: handled, input: input))
        }
        for file in try InputFiles.expand(paths) {
            var rejections: [RejectedInput] = []
            do {
                try InputFiles.read(
                    file, accept: { pending.append($0) }, reject: { rejections.append($0) })
            } catch {
                rejections.append(RejectedInput(origin: file, reason: "\(error)"))
            }
            try await store.reject(rejections.map { ($0.origin, $0.reason) }, run: run)
            report.rejected += rejections
            report.totals.rejected += rejections.count
            while pending.count >= batchSize {
                let rest = Array(pending.dropFirst(batchSize))
                pending = Array(pending.prefix(batchSize))
                try await flush(file)
                pending = rest
            }
        }
        try await flush(paths.last ?? "")
        try await store.finishRun(run, totals: report.totals)
        let elapsed = ContinuousClock.now - started
        report.seconds =
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }

    /// Cleans a batch into articles on all cores, keeping the batch's order.
    func convert(_ batch: [IngestDocument]) async -> [Result<Article, RejectedInput>] {
        let workers = max(1, min(self.workers, batch.count / 32 + 1))
        return await withTaskGroup(of: (Int, [Result<Article, RejectedInput>]).self) { group in
            for worker in 0..<workers {
                group.addTask {
                    let parser = try? HTMLParser()
                    var results: [Result<Article, RejectedInput>] = []
                    for index in stride(from: worker, to: batch.count, by: workers) {
                        results.append(ArticleMaker.article(from: batch[index], parser: parser))
                    }
                    return (worker, results)
                }
            }
            var parts = [[Result<Article, RejectedInput>]](repeating: [], count: workers)
            for await (worker, results) in group { parts[worker] = results }
            // Interleave back into the batch's order.
            var ordered: [Result<Article, RejectedInput>] = []
            for index in batch.indices { ordered.append(parts[index % workers][index / workers]) }
            return ordered
        }
    }
}
