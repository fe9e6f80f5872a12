import Foundation
import ParallaxCore
import ParallaxStore

/// One ingestion run in progress: documents are added as they are read, cleaned on all cores
/// in batches, and saved one batch a transaction, in order; ``finish()`` saves the last and
/// closes the run.
///
/// A batch is cleaned while the one before it is saved and placed in stories: cleaning runs on
/// every core and saving mostly on one, so that each waited for the other while they took
/// turns.
///
/// A session belongs to the task that began it.
public final class IngestSession {
    let ingester: Ingester
    /// The run's number in the store.
    public let run: Int64
    private let progress: (Ingester.Progress) -> Void
    private let started = ContinuousClock.now
    private var pending: [IngestDocument] = []
    private var handled = 0
    private var report = Ingester.Report()
    /// Counts the bytes of input files read, for progress.
    public let meter = ReadMeter()
    /// The size of the input files to read, for the time left.
    public var totalBytes: Int64 = 0

    let stories: StoryAssigner?
    /// The batch being cleaned, not yet saved.
    private var cleaning: Cleaning?

    private struct Cleaning {
        var task: Task<[Result<Article, RejectedInput>], Never>
        var input: String
    }

    init(
        ingester: Ingester, run: Int64, stories: StoryAssigner?,
        progress: @escaping (Ingester.Progress) -> Void
    ) {
        self.ingester = ingester
        self.run = run
        self.stories = stories
        self.progress = progress
    }

    /// What the run has done so far.
    public var totals: IngestTotals { report.totals }

    /// Adds documents read from `input`; full batches are cleaned and saved at once.
    public func add(_ documents: [IngestDocument], input: String) async throws {
        pending += documents
        while pending.count >= ingester.batchSize {
            let batch = Array(pending.prefix(ingester.batchSize))
            pending.removeFirst(ingester.batchSize)
            try await clean(batch, input: input)
        }
    }

    /// Notes the problems of `batch`'s documents, starts cleaning it, then saves the batch
    /// cleaned before it, if any.
    private func clean(_ batch: [IngestDocument], input: String) async throws {
        for document in batch {
            for problem in document.problems {
                report.noticeCount += 1
                if report.notices.count < Ingester.Report.noticeLimit {
                    report.notices.append(InputProblem(origin: document.origin, reason: problem))
                }
            }
        }
        let ingester = self.ingester
        let next = Cleaning(
            task: Task(executorPreference: Task.currentExecutorPreference) {
                await ingester.convert(batch)
            }, input: input)
        let previous = cleaning
        cleaning = next
        guard let previous else { return }
        do {
            try await save(await previous.task.value, input: previous.input)
        } catch {
            next.task.cancel()
            cleaning = nil
            throw error
        }
    }

    /// Records inputs that could not be read.
    public func reject(_ rejections: [RejectedInput]) async throws {
        guard !rejections.isEmpty else { return }
        try await ingester.store.reject(rejections.map { ($0.origin, $0.reason) }, run: run)
        report.rejected += rejections
        report.totals.rejected += rejections.count
    }

    /// Saves what is pending and closes the run with its totals.
    public func finish() async throws -> Ingester.Report {
        if !pending.isEmpty {
            let batch = pending
            pending = []
            try await clean(batch, input: batch.last?.origin ?? "")
        }
        if let last = cleaning {
            cleaning = nil
            try await save(await last.task.value, input: last.input)
        }
        try await ingester.store.finishRun(run, totals: report.totals)
        report.seconds = elapsed
        return report
    }

    private var elapsed: Double {
        (ContinuousClock.now - started).seconds
    }

    /// Saves a cleaned batch (one result per document), places its new articles in stories
    /// and records its rejections.
    private func save(_ cleaned: [Result<Article, RejectedInput>], input: String) async throws {
        var articles: [Article] = []
        var rejections: [RejectedInput] = []
        for result in cleaned {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let rejection): rejections.append(rejection)
            }
        }
        var fresh: [Article] = []
        for (article, outcome) in zip(articles, try await ingester.store.save(articles, run: run)) {
            switch outcome {
            case .stored: report.totals.stored += 1
            case .duplicate: report.totals.duplicates += 1
            case .revision: report.totals.revisions += 1
            }
            if outcome != .duplicate { fresh.append(article) }
        }
        try await stories?.assign(fresh)
        try await reject(rejections)
        handled += cleaned.count
        progress(
            Ingester.Progress(
                handled: handled, input: input, bytesRead: meter.bytes, totalBytes: totalBytes,
                elapsed: elapsed))
    }
}
