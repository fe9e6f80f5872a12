import Foundation
import ParallaxIngest

/// Shows ingestion progress: a bar with the count, rate and time left redrawn in place on a
/// terminal, plain log lines (at most one every few seconds) otherwise.
final class ProgressLine {
    private let terminal = isatty(STDERR_FILENO) == 1
    private var lastLine = Date.distantPast
    private var drawn = false

    func show(_ progress: Ingester.Progress) {
        let rate = Double(progress.handled) / max(0.001, progress.elapsed)
        var eta = ""
        if let left = progress.secondsLeft { eta = ", " + Self.duration(left) + " left" }
        if terminal {
            var bar = ""
            if progress.totalBytes > 0 {
                let done = min(1, Double(progress.bytesRead) / Double(progress.totalBytes))
                let filled = Int(done * 24)
                bar =
                    "[" + String(repeating: "#", count: filled)
                    + String(repeating: ".", count: 24 - filled) + "] "
                    + String(format: "%3.0f%% ", done * 100)
            }
            let input = URL(fileURLWithPath: progress.input).lastPathComponent
            printError(
                String(
                    format: "\r\u{1B}[K%@%d articles, %.0f/s%@ (%@)", bar, progress.handled, rate,
                    eta,
                    input), newline: false)
            drawn = true
        } else if Date().timeIntervalSince(lastLine) >= 2 {
            lastLine = Date()
            printError(
                String(
                    format: "ingest: %d articles, %.0f/s%@ (%@)", progress.handled, rate, eta,
                    progress.input))
        }
    }

    /// Ends the bar's line, if one was drawn.
    func finish() {
        if drawn { printError("") }
        drawn = false
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h\(String(format: "%02d", whole % 3600 / 60))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole)s"
    }
}
