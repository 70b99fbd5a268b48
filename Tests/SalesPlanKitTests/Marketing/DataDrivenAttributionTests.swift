import Foundation
import Testing
@testable import SalesPlanKit

/// Markov removal effects and Shapley values on a three-channel example worked by hand.
@Suite("Attribution: Markov and Shapley")
struct DataDrivenAttributionTests {
    /// Paths `A > B > C` (1 conversion, value 100), `A > C` (1 null), `B` (1 conversion, value
    /// 40, and 1 null).
    static func threeChannels() -> JourneySet {
        var set = JourneySet(channels: ["A", "B", "C"], hasTimes: false)
        set.append(channels: [0, 1, 2], conversions: 1, nulls: 0, value: 100)
        set.append(channels: [0, 2], conversions: 0, nulls: 1, value: 0)
        set.append(channels: [1], conversions: 1, nulls: 1, value: 40)
        return set
    }

    /// The first-order chain, by hand. Transition counts: start→A 2, start→B 2 (path 3 weighs
    /// its conversion and its null); A→B 1, A→C 1; B→C 1, B→conv 1, B→null 1; C→conv 1, C→null 1.
    /// So P(start→A) = P(start→B) = ½; A: B ½, C ½; B: C ⅓, conv ⅓, null ⅓; C: conv ½, null ½.
    ///
    /// Conversion probabilities h: h_C = ½, h_B = ⅓ + ⅓·½ = ½, h_A = ½h_B + ½h_C = ½;
    /// P(conv) = ½h_A + ½h_B = ½.
    /// - without A (A → null): P = ½h_B = ¼, removal effect ¼;
    /// - without B: h_A = ½h_C = ¼, P = ½·¼ = ⅛, removal effect ⅜;
    /// - without C: h_B = ⅓, h_A = ⅙, P = ½·⅙ + ½·⅓ = ¼, removal effect ¼.
    /// Effects sum to ⅞; 2 conversions → A = ¼/⅞·2 = 4/7, B = ⅜/⅞·2 = 6/7, C = 4/7.
    ///
    /// Value (ChannelAttribution's rule: a conversion from last state j is worth the mean value of
    /// the conversions ending in j: C 100, B 40). Expected value g: g_C = ½·100 = 50,
    /// g_B = ⅓·40 + ⅓·50 = 30, g_A = ½·30 + ½·50 = 40, V = ½·40 + ½·30 = 35.
    /// - without A: V = ½·30 = 15 (effect 20); without B: g_A = 25, V = 12.5 (effect 22.5);
    /// - without C: g_B = 40/3, g_A = 20/3, V = 10/3 + 20/3 = 10 (effect 25).
    /// Effects sum to 67.5; value 140 → A = 20/67.5·140 = 41.48, B = 46.67, C = 51.85.
    @Test func markovThreeChannelsByHand() throws {
        let result = try #require(try? MarkovAttribution.attribute(Self.threeChannels(), order: 1).get())
        let expected = [4.0 / 7, 6.0 / 7, 4.0 / 7]
        for (got, want) in zip(result.conversions, expected) { #expect(abs(got - want) < 1e-12, "\(result.conversions)") }
        #expect(abs(result.conversionProbability - 0.5) < 1e-12)
        for (got, want) in zip(result.removalEffects, [0.5, 0.75, 0.5]) { #expect(abs(got - want) < 1e-12) }
        let value = [20 / 67.5 * 140, 22.5 / 67.5 * 140, 25 / 67.5 * 140]
        for (got, want) in zip(result.value, value) { #expect(abs(got - want) < 1e-9, "\(result.value)") }
    }

    /// A loop the chain can go round forever, which a step cut-off would truncate: `A > B > A`
    /// converts once, `B` is a null. A: B ½, conv ½; B: A ½, null ½; start: A ½, B ½.
    /// h_A = ½ + ½h_B, h_B = ½h_A → h_A = ⅔, h_B = ⅓, P = ½. Without A: P = 0 (effect ½);
    /// without B: h_A = ½, P = ¼ (effect ¼). One conversion → A ⅔, B ⅓.
    @Test func markovIsExactAroundLoops() throws {
        var set = JourneySet(channels: ["A", "B"], hasTimes: false)
        set.append(channels: [0, 1, 0], conversions: 1, nulls: 0, value: 0)
        set.append(channels: [1], conversions: 0, nulls: 1, value: 0)
        let result = try #require(try? MarkovAttribution.attribute(set, order: 1).get())
        #expect(abs(result.conversions[0] - 2.0 / 3) < 1e-12 && abs(result.conversions[1] - 1.0 / 3) < 1e-12, "\(result.conversions)")
    }

    /// Second order on the same example: states are the pairs (A,B), (B,C), (A,C) and the
    /// one-channel path (B). Every path then has its own states, so each path's conversion rate
    /// is its own: `A > B > C` converts for sure, `A > C` never, `B` half the time; P(conv) = ⅓·1 +
    /// ⅓·0 + ⅓·½ = ½ (start weights 1, 1, 2 of 4 → ¼, ¼, ½: P = ¼·1 + ½·½ = ½). Removing A loses the
    /// first path (¼), B both converting paths (½), C the first (¼): credit ∝ 1 : 2 : 1 of 2
    /// conversions → A ½, B 1, C ½.
    @Test func markovSecondOrder() throws {
        let result = try #require(try? MarkovAttribution.attribute(Self.threeChannels(), order: 2).get())
        for (got, want) in zip(result.conversions, [0.5, 1, 0.5]) { #expect(abs(got - want) < 1e-12, "\(result.conversions)") }
        #expect(result.stateCount == 4)
    }

    /// Shapley on the same journeys. Converting channel sets: {A,B,C} (1 conversion, 100) and {B}
    /// (1 conversion, 40). v(S) = conversions of journeys whose set ⊆ S: v(B) = v(AB) = v(BC) = 1,
    /// v(ABC) = 2, every other coalition 0. With weights |S|!(3−|S|−1)!/3! (⅓ for S = ∅ or two
    /// channels, ⅙ for one channel):
    /// φ_A = ⅓·[v(A)−v(∅)] + ⅙·[v(AB)−v(B)] + ⅙·[v(AC)−v(C)] + ⅓·[v(ABC)−v(BC)] = 0 + 0 + 0 + ⅓ = ⅓,
    /// φ_B = ⅓·1 + ⅙·(1−0) + ⅙·(1−0) + ⅓·(2−0) = 4/3, φ_C = ⅓·[v(ABC)−v(AB)] = ⅓; sum 2.
    /// Value likewise: A 100/3, B 40 + 100/3, C 100/3.
    @Test func shapleyThreeChannelsByHand() {
        let result = ShapleyAttribution.attribute(Self.threeChannels())
        for (got, want) in zip(result.conversions, [1.0 / 3, 4.0 / 3, 1.0 / 3]) { #expect(abs(got - want) < 1e-12) }
        for (got, want) in zip(result.value, [100.0 / 3, 40 + 100.0 / 3, 100.0 / 3]) { #expect(abs(got - want) < 1e-9) }
    }

    /// A channel touched twice is one member of the coalition: `A > A > B` converting once
    /// gives v(A) = v(B) = 0, v(AB) = 1, so φ_A = φ_B = ½ (not ⅔ and ⅓ as per touch).
    @Test func shapleyCountsAChannelOnce() {
        var set = JourneySet(channels: ["A", "B"], hasTimes: false)
        set.append(channels: [0, 0, 1], conversions: 1, nulls: 0, value: 90)
        let result = ShapleyAttribution.attribute(set)
        #expect(result.conversions == [0.5, 0.5])
        #expect(result.value == [45, 45])
    }

    /// The one-pass Shapley values equal the textbook sum over all 2ⁿ⁻¹ coalitions of each
    /// channel, on random journeys over 7 channels.
    @Test func shapleyEqualsTheSumOverCoalitions() {
        var random = SystemRandomNumberGenerator()
        let n = 7
        var set = JourneySet(channels: (0..<n).map { "c\($0)" }, hasTimes: false)
        for _ in 0..<300 {
            let path = (0..<Int.random(in: 1...6, using: &random)).map { _ in Int32.random(in: 0..<Int32(n), using: &random) }
            set.append(channels: path, conversions: Double(Int.random(in: 0...3, using: &random)), nulls: 1, value: 0)
        }
        var worth = [Double](repeating: 0, count: 1 << n)  // v(S) by bit mask
        for journey in 0..<set.journeyCount {
            let mask = set.touches(of: journey).reduce(0) { $0 | (1 << Int(set.touchChannel[$1])) }
            for coalition in 0..<(1 << n) where coalition & mask == mask { worth[coalition] += set.conversions[journey] }
        }
        func factorial(_ k: Int) -> Double { k <= 1 ? 1 : Double(k) * factorial(k - 1) }
        let fast = ShapleyAttribution.attribute(set).conversions
        for channel in 0..<n {
            var phi = 0.0
            for coalition in 0..<(1 << n) where coalition & (1 << channel) == 0 {
                let size = coalition.nonzeroBitCount
                phi += factorial(size) * factorial(n - size - 1) / factorial(n) * (worth[coalition | (1 << channel)] - worth[coalition])
            }
            #expect(abs(phi - fast[channel]) < 1e-9, "channel \(channel): \(phi) vs \(fast[channel])")
        }
    }

    /// Markov credit sums to the conversions and value, and a channel on no path gets none.
    @Test func markovCreditSumsToTotals() throws {
        var set = Self.threeChannels()
        set.channels.append("D")
        let result = try #require(try? MarkovAttribution.attribute(set, order: 1).get())
        #expect(abs(result.conversions.reduce(0, +) - 2) < 1e-12)
        #expect(abs(result.value.reduce(0, +) - 140) < 1e-9)
        #expect(result.conversions[3] == 0)
    }
}
