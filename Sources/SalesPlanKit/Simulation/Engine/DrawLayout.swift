/// How many numbers a chunk draws for each slot: fixed by the scenario alone, or by the
/// ``DrawPlan`` of a comparison (the union of its scenarios), never by the thread count.
struct DrawLayout: Sendable, Equatable {
    var directSlots: Int
    var creditedSlots = 0
    /// Per direct slot: extra normals (its plan's measures with their own attainment). Per direct
    /// then credited slot: uniforms (a departure, then one per SPIF after the first when the
    /// seller may earn a per-deal SPIF). Empty without real-plan draws. A seller draws only what
    /// their plan and role can use: most sellers on a plain plan draw no extra normal at all.
    var extraNormalCounts: [Int] = []
    var uniformCounts: [Int] = []
    /// Whether the real-plan draws follow the standard ones.
    var drawsExtras = false

    /// Where each slot's rows start, in rows of a chunk, and the number of rows last.
    var extraNormalOffsets: [Int] { Self.offsets(extraNormalCounts) }
    var uniformOffsets: [Int] { Self.offsets(uniformCounts) }

    private static func offsets(_ counts: [Int]) -> [Int] {
        var offsets = [0]
        for count in counts { offsets.append(offsets[offsets.count - 1] + count) }
        return offsets
    }
}
