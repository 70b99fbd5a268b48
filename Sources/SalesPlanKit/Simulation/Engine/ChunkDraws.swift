/// One chunk's random numbers drawn once and shared by every scenario of a comparison, in exactly
/// the order a single scenario's ``ChunkRunner`` draws them: per trial a uniform (the year type)
/// and, when the draw plan wants it, a normal (the macro shock); then, for each slot of the
/// ``DrawPlan`` in order, the chunk's normals. A scenario reading them gets bit for bit the numbers
/// it would have drawn itself, at the cost of drawing them once for all.
final class ChunkDraws {
    let capacity: Int
    let slots: Int
    let uniforms: UnsafeMutableBufferPointer<Double>
    let shocks: UnsafeMutableBufferPointer<Double>
    /// `slots × capacity` standard normals, slot-major.
    let normals: UnsafeMutableBufferPointer<Double>

    init(capacity: Int, slots: Int) {
        self.capacity = capacity
        self.slots = slots
        uniforms = .allocate(capacity: capacity)
        shocks = .allocate(capacity: capacity)
        normals = .allocate(capacity: max(1, slots * capacity))
    }

    deinit {
        uniforms.deallocate()
        shocks.deallocate()
        normals.deallocate()
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
    }
}
