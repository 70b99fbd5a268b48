/// Shapley values of the coalition game v(S) = conversions (or value) of the journeys whose
/// channel set is a subset of S.
///
/// This game is a sum of unanimity games: v = Σ_T w(T) u_T, where w(T) is the conversions of
/// journeys whose channel set is exactly T and u_T(S) = 1 when T ⊆ S. The Shapley value is
/// linear and gives each member of T an equal 1/|T| of u_T, so each journey's conversions are
/// split equally among its distinct channels. That is the exact Shapley value for any number of
/// channels, in one pass over the journeys, with no 2ⁿ coalitions to enumerate and nothing to
/// sample (the test suite checks it against the enumeration over every coalition).
enum ShapleyAttribution {
    static func attribute(_ set: JourneySet) -> (conversions: [Double], value: [Double]) {
        var conversions = [Double](repeating: 0, count: set.channels.count), value = conversions
        var seen = [Int](repeating: -1, count: set.channels.count)
        var members: [Int] = []
        for journey in 0..<set.journeyCount where set.conversions[journey] > 0 {
            members.removeAll(keepingCapacity: true)
            for touch in set.touches(of: journey) {
                let channel = Int(set.touchChannel[touch])
                if seen[channel] != journey {
                    seen[channel] = journey
                    members.append(channel)
                }
            }
            let share = 1 / Double(members.count)
            for channel in members {
                conversions[channel] += set.conversions[journey] * share
                value[channel] += set.value[journey] * share
            }
        }
        return (conversions, value)
    }
}
