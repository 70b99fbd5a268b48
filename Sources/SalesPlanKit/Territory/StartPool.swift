
/// Runs a fixed set of independent starts on at most `threads` threads. Start `k` always does
/// the same work whichever thread runs it, and results come back in start order, so the answer
/// does not depend on the thread count.
enum StartPool {
    static func run<Output: Sendable>(count: Int, threads: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
        Parallel.map(Array(0..<count), threads: threads, body)
    }
}

/// SplitMix64: a tiny seeded generator for the starts' tie-breaking noise (GSL is for the
/// simulation; this needs only a reproducible stream per start).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64, stream: UInt64) { state = seed &+ stream &* 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
