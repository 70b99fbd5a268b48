/// Derives independent generator seeds for numbered streams from one master seed.
///
/// The simulation splits trials into fixed-size chunks and gives chunk *k* its own generator
/// seeded with `seed(forStream: k)`, so results do not depend on how many threads ran the chunks.
/// Seeds are 32-bit because GSL's generators keep only 32 bits of their seed. Stream seeds are a
/// bijective mix of `base + k` (mod 2³²), so two streams of one run never share a seed (which
/// would silently duplicate trials), while neighbouring streams get unrelated seeds.
public struct SeedSequence: Sendable, Equatable {
    private let base: UInt32

    public init(masterSeed: UInt64) {
        // Fold all 64 bits of the master seed into the base so that seeds differing only in
        // their high bits still give different runs.
        base = SeedSequence.mix32(UInt32(truncatingIfNeeded: masterSeed) ^ SeedSequence.mix32(UInt32(truncatingIfNeeded: masterSeed >> 32) &+ 0x9E37_79B9))
    }

    /// Seed of stream `index`; distinct for every index below 2³².
    public func seed(forStream index: Int) -> UInt64 {
        UInt64(SeedSequence.mix32(base &+ UInt32(truncatingIfNeeded: index)))
    }

    /// A bijection on 32-bit integers with good avalanche (the "lowbias32" integer hash).
    static func mix32(_ value: UInt32) -> UInt32 {
        var x = value
        x ^= x >> 16
        x &*= 0x7FEB_352D
        x ^= x >> 15
        x &*= 0x846C_A68B
        x ^= x >> 16
        return x
    }
}
