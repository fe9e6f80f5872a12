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
        /// The first ``noticeLimit`` problems of items read all the same (a date that cannot be
        /// read), and how many there were in all.
        public var notices: [InputProblem] = []
        public var noticeCount = 0
        /// How many notices a report keeps.
        public static let noticeLimit = 100
        public var seconds = 0.0

        public init() {}
    }

    /// Progress while ingesting.
    public struct Progress: Sendable {
        /// Articles handled so far, stored or not.
        public var handled: Int
        /// The input being read.
        public var input: String
        /// Bytes of input read so far, and in all, when the inputs are files.
        public var bytesRead: Int64 = 0
        public var totalBytes: Int64 = 0
        /// Seconds since the ingestion started.
        public var elapsed: Double = 0

        /// Seconds left at the pace so far, once enough is read to tell.
        public var secondsLeft: Double? {
            guard totalBytes > 0, bytesRead > 0, elapsed > 0.5 else { return nil }
            let rate = Double(bytesRead) / elapsed
            return Double(max(0, totalBytes - bytesRead)) / rate
        }
    }

    public let store: any ArticleStore
    /// Articles per transaction.
    public var batchSize = 512
    /// How many tasks clean articles at once.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Whether stored articles are grouped into stories as they are stored.
    public var groupsStories = true
    /// How articles are grouped into stories.
    public var storySettings = StorySettings()

    public init(store: any ArticleStore) { self.store = store }

    /// Starts an ingestion run over `inputs` (named in the store's record of runs); documents
    /// are then added to the session, which cleans and saves them in batches.
    public func begin(inputs: [String], progress: @escaping (Progress) -> Void = { _ in })
        async throws -> IngestSession
    {
        try await begin(inputs: inputs, stories: nil, progress: progress)
    }

    /// Starts an ingestion run that places articles with `stories`, an assigner kept from
    /// earlier runs of this process; without one, the store's last window is read back first.
    public func begin(
        inputs: [String], stories: StoryAssigner?,
        progress: @escaping (Progress) -> Void = { _ in }
    ) async throws -> IngestSession {
        var assigner: StoryAssigner?
        if groupsStories {
            if let stories {
                assigner = stories
            } else {
                assigner = try await StoryAssigner.resume(store: store, settings: storySettings)
            }
        }
        return IngestSession(
            ingester: self, run: try await store.beginRun(inputs: inputs), stories: assigner,
            progress: progress)
    }

    /// Ingests `paths` (files or folders) in one run, reporting progress after each batch.
    public func ingest(paths: [String], progress: @escaping (Progress) -> Void = { _ in })
        async throws -> Report
    {
        let session = try await begin(inputs: paths, progress: progress)
        try await read(paths, into: session)
        return try await session.finish()
    }

    /// Reads `paths` (files or folders) into `session`.
    ///
    /// Files are read on a thread of their own while earlier batches are cleaned and saved;
    /// the reader waits when a few batches are pending, so memory stays flat in the size of
    /// the input.
    public func read(_ paths: [String], into session: IngestSession) async throws {
        let files = try InputFiles.expand(paths)
        session.totalBytes += files.reduce(Int64(0)) { sum, file in
            let size = try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int
            return sum + Int64(size ?? 0)
        }
        let batches = DocumentPipe.read(files, batchSize: batchSize, meter: session.meter)
        do {
            for await batch in batches.stream {
                defer { batches.consumed() }
                try await session.reject(batch.rejected)
                try await session.add(batch.documents, input: batch.input)
            }
        } catch {
            batches.cancel()
            throw error
        }
    }

    /// Cleans a batch into articles on all cores, keeping the batch's order.
    func convert(_ batch: [IngestDocument]) async -> [Result<Article, RejectedInput>] {
        await ParallelMap.map(batch, workers: workers, context: { try? HTMLParser() }) {
            parser, document in ArticleMaker.article(from: document, parser: parser)
        }
    }
}
