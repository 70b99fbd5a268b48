/// Markov-chain attribution by removal effect, computed exactly from the absorbing chain.
///
/// The chain is ChannelAttribution's: its states are the last `order` channels of a journey
/// (a journey shorter than that is one state of all its channels), repeated consecutive states
/// count once, and every journey runs (start) → states → (conversion) or (null). The removal
/// effect of channel c is P(conversion) − P(conversion with every state holding c sent to null),
/// which is P(a conversion passes through c). ChannelAttribution estimates it by simulating
/// journeys and cutting them off after a maximum number of steps; here it is the exact
/// infinite-horizon value, one linear solve per channel: the expected visits x to the transient
/// states solve (I − Qᵀ) x = s, with s the first-step probabilities, and the chain converts from
/// state j with probability x_j · p(j → conversion).
///
/// Value follows ChannelAttribution too: a conversion from last state j is worth the mean value
/// of the observed conversions whose journeys ended in j, and the value removal effect is the
/// value that passes through c.
struct MarkovAttribution {
    /// Most transient states the exact solve takes (a dense solve per channel).
    static let stateLimit = 2_500

    struct Result {
        var conversions: [Double]
        var value: [Double]
        /// P(conversion) of the fitted chain, and each channel's removal effect as a fraction of it.
        var conversionProbability: Double
        var removalEffects: [Double]
        var stateCount: Int
    }

    enum Problem: Error, CustomStringConvertible {
        case tooManyStates(Int, order: Int)
        var description: String {
            switch self {
            case .tooManyStates(let count, let order):
                "the order-\(order) Markov chain has \(count) states, more than the \(MarkovAttribution.stateLimit) the exact solve takes; use a lower --order or merge rare channels"
            }
        }
    }

    static func attribute(_ set: JourneySet, order: Int) -> Swift.Result<Result, Problem> {
        let channelCount = set.channels.count
        var stateIndex: [UInt64: Int] = [:]
        var stateChannels: [[Int32]] = []
        var outgoing: [[Int: Double]] = []  // transitions between transient states, counted
        var toConversion: [Double] = [], toNull: [Double] = [], endingValue: [Double] = []
        var fromStart: [Int: Double] = [:]
        var states: [Int] = []

        func state(_ channels: ArraySlice<Int32>) -> Int {
            var key: UInt64 = 0
            for channel in channels { key = key &* 0x1_0000 &+ UInt64(channel + 1) }
            if let index = stateIndex[key] { return index }
            let index = stateChannels.count
            stateIndex[key] = index
            stateChannels.append(Array(channels))
            outgoing.append([:])
            toConversion.append(0); toNull.append(0); endingValue.append(0)
            return index
        }

        for journey in 0..<set.journeyCount {
            let weight = set.conversions[journey] + set.nulls[journey]
            guard weight > 0 else { continue }
            let path = set.touchChannel[set.touches(of: journey)]
            states.removeAll(keepingCapacity: true)
            if path.count <= order {
                states.append(state(path))
            } else {
                for start in path.startIndex...(path.endIndex - order) {
                    let next = state(path[start..<(start + order)])
                    if states.last != next { states.append(next) }
                }
            }
            fromStart[states[0], default: 0] += weight
            for step in 1..<max(states.count, 1) { outgoing[states[step - 1]][states[step], default: 0] += weight }
            toConversion[states.last!] += set.conversions[journey]
            toNull[states.last!] += set.nulls[journey]
            endingValue[states.last!] += set.value[journey]
        }
        let n = stateChannels.count
        guard n <= stateLimit else { return .failure(.tooManyStates(n, order: order)) }

        // Probabilities: each state's counted exits, normalised.
        var q = [Double](repeating: 0, count: n * n)  // q[i * n + j] = P(i → j)
        var conversionStep = [Double](repeating: 0, count: n), meanValue = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let total = outgoing[i].values.reduce(toConversion[i] + toNull[i], +)
            guard total > 0 else { continue }
            for (j, count) in outgoing[i] { q[i * n + j] = count / total }
            conversionStep[i] = toConversion[i] / total
            meanValue[i] = toConversion[i] > 0 ? endingValue[i] / toConversion[i] : 0
        }
        let startTotal = fromStart.values.reduce(0, +)
        var start = [Double](repeating: 0, count: n)
        for (j, count) in fromStart { start[j] = count / startTotal }

        /// P(conversion) and expected conversion value per journey with the states in `removed` sent to null.
        func absorb(removing removed: (Int) -> Bool) -> (probability: Double, value: Double) {
            let kept = (0..<n).filter { !removed($0) }
            let m = kept.count
            guard m > 0 else { return (0, 0) }
            var a = [Double](repeating: 0, count: m * m)
            var b = [Double](repeating: 0, count: m)
            for (row, j) in kept.enumerated() {
                b[row] = start[j]
                for (column, i) in kept.enumerated() { a[row * m + column] = -q[i * n + j] }
                a[row * m + row] += 1
            }
            let visits = DenseLinearSystem.solve(a, b, size: m)
            var probability = 0.0, value = 0.0
            for (row, j) in kept.enumerated() {
                probability += visits[row] * conversionStep[j]
                value += visits[row] * conversionStep[j] * meanValue[j]
            }
            return (probability, value)
        }

        let full = absorb { _ in false }
        var effects = [Double](repeating: 0, count: channelCount), valueEffects = effects
        for channel in 0..<channelCount {
            let c = Int32(channel)
            guard stateChannels.contains(where: { $0.contains(c) }) else { continue }
            let without = absorb { stateChannels[$0].contains(c) }
            effects[channel] = max(full.probability - without.probability, 0)
            valueEffects[channel] = max(full.value - without.value, 0)
        }
        let effectSum = effects.reduce(0, +), valueSum = valueEffects.reduce(0, +)
        let conversions = set.totalConversions, value = set.totalValue
        return .success(Result(
            conversions: effects.map { effectSum > 0 ? $0 / effectSum * conversions : 0 },
            value: valueEffects.map { valueSum > 0 ? $0 / valueSum * value : 0 },
            conversionProbability: full.probability,
            removalEffects: effects.map { full.probability > 0 ? $0 / full.probability : 0 },
            stateCount: n))
    }
}
