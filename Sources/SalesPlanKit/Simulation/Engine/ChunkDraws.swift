/// One chunk's random numbers drawn once and shared by every scenario of a comparison, in exactly
/// the order a single scenario's ``ChunkRunner`` draws them: per trial a uniform (the year type)
/// and, when the draw plan wants it, a normal (the macro shock); then, for each slot of the
/// ``DrawPlan`` in order, the chunk's normals. A scenario reading them gets bit for bit the numbers
/// it would have drawn itself, at the cost of drawing them once for all.
///
/// Real-plan features draw after all of these (``DrawLayout/drawsExtras``), so a plain scenario's
/// numbers are the same whether or not another scenario of the comparison uses them: per trial
/// three uniforms (renewal rate, churn rate, marketing success), then for each direct slot its
/// extra normals (measures with their own attainment), then for each direct slot and each
/// credited slot its uniforms (departure, then one per SPIF after the first), as many as
/// ``DrawLayout`` gives the slot.
final class ChunkDraws {
    let capacity: Int
    let layout: DrawLayout
    var slots: Int { layout.directSlots }
    let uniforms: UnsafeMutableBufferPointer<Double>
    let shocks: UnsafeMutableBufferPointer<Double>
    /// `slots × capacity` standard normals, slot-major.
    let normals: UnsafeMutableBufferPointer<Double>
    /// `trialExtraCount × capacity`: renewal, churn and marketing uniforms, row by row.
    let trialExtras: UnsafeMutableBufferPointer<Double>
    /// Each direct slot's extra normals, slot-major then measure, `capacity` per row.
    let extraNormals: UnsafeMutableBufferPointer<Double>
    /// Each direct then credited slot's uniforms, slot-major, `capacity` per row.
    let sellerUniforms: UnsafeMutableBufferPointer<Double>
    /// First row of each slot in `extraNormals` and `sellerUniforms` (and the row count last).
    private let extraNormalOffsets: [Int]
    private let uniformOffsets: [Int]

    static let trialExtraCount = 3

    init(capacity: Int, layout: DrawLayout) {
        self.capacity = capacity
        self.layout = layout
        uniforms = .allocate(capacity: capacity)
        shocks = .allocate(capacity: capacity)
        normals = .allocate(capacity: max(1, layout.directSlots * capacity))
        let extras = layout.drawsExtras
        extraNormalOffsets = layout.extraNormalOffsets
        uniformOffsets = layout.uniformOffsets
        trialExtras = .allocate(capacity: extras ? Self.trialExtraCount * capacity : 1)
        extraNormals = .allocate(capacity: max(1, extraNormalOffsets.last! * capacity))
        sellerUniforms = .allocate(capacity: max(1, uniformOffsets.last! * capacity))
    }

    deinit {
        uniforms.deallocate()
        shocks.deallocate()
        normals.deallocate()
        trialExtras.deallocate()
        extraNormals.deallocate()
        sellerUniforms.deallocate()
    }

    func fill(from generator: RandomGenerator, count: Int, drawsShock: Bool) {
        for trial in 0..<count {
            uniforms[trial] = generator.uniform()
            if drawsShock { shocks[trial] = generator.standardNormal() }
        }
        for slot in 0..<slots {
            let row = normals.baseAddress! + slot * capacity
            for trial in 0..<count { row[trial] = generator.standardNormal() }
        }
        guard layout.drawsExtras else { return }
        for trial in 0..<count {
            for extra in 0..<Self.trialExtraCount { trialExtras[extra * capacity + trial] = generator.uniform() }
        }
        for row in 0..<extraNormalOffsets.last! {
            let start = extraNormals.baseAddress! + row * capacity
            for trial in 0..<count { start[trial] = generator.standardNormal() }
        }
        for row in 0..<uniformOffsets.last! {
            let start = sellerUniforms.baseAddress! + row * capacity
            for trial in 0..<count { start[trial] = generator.uniform() }
        }
    }

    /// Extra normal `measure` of direct slot `slot`, for the chunk's trials.
    func extraNormalRow(slot: Int, measure: Int) -> UnsafeMutablePointer<Double> {
        extraNormals.baseAddress! + (extraNormalOffsets[slot] + measure) * capacity
    }

    /// Uniform `index` (0: departure, also recycled for SPIF 0; j ≥ 1: SPIF j) of seller slot
    /// `slot` (direct slots first, then credited slots).
    func uniformRow(sellerSlot slot: Int, index: Int) -> UnsafeMutablePointer<Double> {
        sellerUniforms.baseAddress! + (uniformOffsets[slot] + index) * capacity
    }

    func trialExtraRow(_ extra: Int) -> UnsafeMutablePointer<Double> {
        trialExtras.baseAddress! + extra * capacity
    }
}
