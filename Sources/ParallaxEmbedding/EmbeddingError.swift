import Foundation

/// Why a sentence-embedding model could not be loaded.
public enum EmbeddingError: Error, CustomStringConvertible, Equatable {
    /// No model directory was found; `searched` lists where Parallax looked.
    case notInstalled(searched: [String])
    /// The same-fact adapter is in none of the places searched.
    case adapterMissing(searched: [String])
    /// A model file could not be read.
    case unreadable(URL, reason: String)
    /// A model file is not what the model expects.
    case malformed(URL, reason: String)

    public var description: String {
        switch self {
        case .notInstalled(let searched):
            "no sentence-embedding model found (looked in \(searched.joined(separator: ", "))); "
                + "run scripts/setup, or set PARALLAX_MODEL to a folder holding "
                + "model.safetensors and vocab.txt of all-MiniLM-L6-v2"
        case .adapterMissing(let searched):
            "the same-fact adapter is missing (looked for \(searched.joined(separator: " and "))); "
                + "copy the \(SameFactEncoder.resourceFolder) folder the build writes beside the "
                + "parallax binary"
        case .unreadable(let file, let reason):
            "\(file.path): cannot read the model file: \(reason)"
        case .malformed(let file, let reason):
            "\(file.path): not an all-MiniLM-L6-v2 model file: \(reason); "
                + "run scripts/setup to fetch it again"
        }
    }
}
