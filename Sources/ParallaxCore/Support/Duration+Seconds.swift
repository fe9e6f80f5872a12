extension Duration {
    /// The duration in seconds, fractions kept.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
