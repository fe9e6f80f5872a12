import Foundation
import Synchronization

/// Reads input files on a thread of its own and hands their documents over in batches, a
/// few at a time: the reader waits while the consumer is behind, so memory stays bounded
/// however large the input.
///
/// The readers are synchronous (they push documents to a callback as they stream through a
/// file), so a dedicated thread that may block is the simplest bridge to async consumers.
final class DocumentPipe: Sendable {
    /// Documents read from one input, with the items of it refused.
    struct Batch: Sendable {
        var input: String
        var documents: [IngestDocument]
        var rejected: [RejectedInput]
    }

    let stream: AsyncStream<Batch>
    private let room: DispatchSemaphore
    private let cancelled = Atomic<Bool>(false)

    private init(stream: AsyncStream<Batch>, depth: Int) {
        self.stream = stream
        room = DispatchSemaphore(value: depth)
    }

    /// Starts reading `files`, batches of `batchSize` documents, at most `depth` pending.
    static func read(_ files: [String], batchSize: Int, meter: ReadMeter, depth: Int = 4)
        -> DocumentPipe
    {
        let (stream, continuation) = AsyncStream.makeStream(of: Batch.self)
        let pipe = DocumentPipe(stream: stream, depth: depth)
        let thread = Thread {
            pipe.produce(files, batchSize: batchSize, meter: meter, into: continuation)
            continuation.finish()
        }
        thread.stackSize = 8 << 20
        thread.start()
        return pipe
    }

    /// Says a batch was handled, making room for the next.
    func consumed() { room.signal() }

    /// Stops the reader at its next batch.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        room.signal()
    }

    private struct Stop: Error {}

    private func produce(
        _ files: [String], batchSize: Int, meter: ReadMeter,
        into continuation: AsyncStream<Batch>.Continuation
    ) {
        for file in files {
            var batch = Batch(input: file, documents: [], rejected: [])
            func send() throws {
                room.wait()
                if cancelled.load(ordering: .relaxed) { throw Stop() }
                continuation.yield(batch)
                batch.documents.removeAll(keepingCapacity: true)
                batch.rejected.removeAll()
            }
            do {
                do {
                    try InputFiles.read(
                        file, meter: meter,
                        accept: { document in
                            batch.documents.append(document)
                            if batch.documents.count >= batchSize { try send() }
                        }, reject: { batch.rejected.append($0) })
                } catch is Stop {
                    return
                } catch {
                    batch.rejected.append(RejectedInput(origin: file, reason: "\(error)"))
                }
                if !batch.documents.isEmpty || !batch.rejected.isEmpty { try send() }
            } catch {
                return
            }
        }
    }
}
