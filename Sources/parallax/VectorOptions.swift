import ArgumentParser
import ParallaxCore
import ParallaxEmbedding

/// Whether to read sentences for meaning with the sentence encoder, shared by the commands
/// that compare sentences.
struct VectorOptions: ParsableArguments {
    @Flag(
        help:
            "Match sentences by their words, names and figures alone, without the sentence encoder (faster; used anyway where the encoder is not installed)."
    )
    var noVectors = false

    /// The installed encoder, unless turned off; a warning says how to install it if missing.
    func embedder() -> (any SentenceEmbedder)? {
        noVectors ? nil : loadEmbedder()
    }

    /// The same-fact cross-encoder, unless vectors are turned off; a warning says why if it
    /// cannot be loaded.
    func pairScorer() -> (any PairScorer)? {
        guard !noVectors else { return nil }
        do {
            return try SameFactEncoder.installed()
        } catch {
            printError("parallax: warning: \(error); going on without the same-fact cross-encoder")
            return nil
        }
    }
}

/// The installed sentence encoder, or nil with a warning saying how to install it.
func loadEmbedder() -> MiniLMEncoder? {
    do {
        return try MiniLMEncoder.installed()
    } catch {
        printError("parallax: warning: \(error); going on without sentence vectors")
        return nil
    }
}

/// The installed sentence encoder, for training, which cannot go on without it.
func requireEmbedder() throws -> MiniLMEncoder {
    do {
        return try MiniLMEncoder.installed()
    } catch {
        throw ValidationError("training needs the sentence encoder: \(error)")
    }
}
