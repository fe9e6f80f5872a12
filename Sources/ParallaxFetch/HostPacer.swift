/// Spaces requests to each host: a request waits until the host's delay has passed since the
/// one before it. Slots are handed out in order, so concurrent requests to one host queue up
/// while other hosts go on.
actor HostPacer {
    private var next: [String: ContinuousClock.Instant] = [:]

    /// Waits for `host`'s next slot, then holds the slot after it `delay` away.
    func wait(host: String, delay: Duration) async throws {
        let now = ContinuousClock.now
        let slot = max(now, next[host] ?? now)
        next[host] = slot + delay
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }
}
