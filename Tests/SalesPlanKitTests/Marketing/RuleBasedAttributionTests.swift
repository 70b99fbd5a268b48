import Foundation
import Testing
@testable import SalesPlanKit

/// Rule-based and position-based models on journeys small enough to split by hand.
@Suite("Attribution: rule-based models")
struct RuleBasedAttributionTests {
    /// A converted touch journey over channels `A`, `B`, … (one letter per touch, the channel
    /// is the letter), with the given milestones per touch and ages in days.
    static func journey(_ letters: String, _ milestones: [Milestones], ages: [Double]? = nil) -> JourneySet {
        let channels = Array(Set(letters)).sorted().map(String.init)
        var set = JourneySet(channels: channels, hasTimes: true)
        let path = letters.map { Int32(channels.firstIndex(of: String($0))!) }
        set.append(channels: path, conversions: 1, nulls: 0, value: 1000,
                   ages: ages ?? Array(repeating: 0, count: path.count), milestones: milestones)
        return set
    }

    /// Each touch's share of the conversion under `model`, in touch order (letters are distinct).
    static func shares(_ model: AttributionModel, _ set: JourneySet) -> [Double] {
        var weights: [Double] = []
        TouchWeights.fill(model, journey: 0, in: set, into: &weights)
        return Array(weights.prefix(set.touchCount))
    }

    static func expectShares(_ model: AttributionModel, _ set: JourneySet, _ expected: [Double],
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let got = shares(model, set)
        #expect(got.count == expected.count, sourceLocation: sourceLocation)
        for (a, b) in zip(got, expected) {
            #expect(abs(a - b) < 1e-12, "\(model): got \(got), expected \(expected)", sourceLocation: sourceLocation)
        }
    }

    static let all: Milestones = [.firstTouch, .leadCreated, .opportunityCreated, .closedWon]

    /// Ages 9, 6, 0, 0 days, half-life 7: weights 2^(−9/7) = 0.4102, 2^(−6/7) = 0.5520, 1, 1, sum
    /// 2.9622 → 13.8 %, 18.6 %, 33.8 %, 33.8 % (the issue's figures).
    @Test func timeDecayMatchesTheIssuesFigures() {
        let set = Self.journey("ABCD", [.firstTouch, [], [], [.closedWon]], ages: [9, 6, 0, 0])
        let got = Self.shares(.timeDecay(halfLifeDays: 7), set).map { ($0 * 1000).rounded() / 10 }
        #expect(got == [13.8, 18.6, 33.8, 33.8])
        #expect(abs(Self.shares(.timeDecay(halfLifeDays: 7), set).reduce(0, +) - 1) < 1e-12)
    }

    @Test func firstLastLinearAndCustom() {
        let set = Self.journey("ABCD", [.firstTouch, .leadCreated, .opportunityCreated, .closedWon])
        Self.expectShares(.firstTouch, set, [1, 0, 0, 0])
        Self.expectShares(.lastTouch, set, [0, 0, 0, 1])
        Self.expectShares(.linear, set, [0.25, 0.25, 0.25, 0.25])
        // Weights 3, 1: the first touch 3, every later touch 1 → 3/6, 1/6, 1/6, 1/6.
        Self.expectShares(.custom(weights: [3, 1]), set, [0.5, 1.0 / 6, 1.0 / 6, 1.0 / 6])
        // Weights 1, 2, 3, 4, 5 on four touches: the fifth is unused → 1/10 … 4/10.
        Self.expectShares(.custom(weights: [1, 2, 3, 4, 5]), set, [0.1, 0.2, 0.3, 0.4])
    }

    /// Five touches: first touch, one touch before the lead, the lead, one after it, closed-won.
    /// U: 40 first, 40 lead, 20 to the one intermediate; the two after the lead get nothing.
    @Test func uShapedOnALongerJourney() {
        let set = Self.journey("ABCDE", [.firstTouch, [], .leadCreated, .opportunityCreated, .closedWon])
        Self.expectShares(.uShaped, set, [0.4, 0.2, 0.4, 0, 0])
    }

    /// W on six touches: 30 first, 30 lead, 30 opportunity, 10 shared by the two intermediates
    /// (5 each); closed-won, after the opportunity, gets nothing. Full path: 22.5 × 4 and 10 shared
    /// by the two unmarked touches.
    @Test func wShapedAndFullPathOnLongerJourneys() {
        let w = Self.journey("ABCDEF", [.firstTouch, [], .leadCreated, [], .opportunityCreated, .closedWon])
        Self.expectShares(.wShaped, w, [0.3, 0.05, 0.3, 0.05, 0.3, 0])
        let full = Self.journey("ABCDEF", [.firstTouch, [], .leadCreated, .opportunityCreated, [], .closedWon])
        Self.expectShares(.fullPath, full, [0.225, 0.05, 0.225, 0.225, 0.05, 0.225])
    }

    /// J: 20 first, 60 last, 20 shared by the middle two (10 each); inverse J: 60, 10, 10, 20.
    @Test func jShapedByPosition() {
        let set = Self.journey("ABCD", [.firstTouch, .leadCreated, .opportunityCreated, .closedWon])
        Self.expectShares(.jShaped, set, [0.2, 0.1, 0.1, 0.6])
        Self.expectShares(.inverseJ, set, [0.6, 0.1, 0.1, 0.2])
    }

    /// One touch carrying every milestone: 100 % under every position-based model.
    @Test func oneTouchGetsEverything() {
        let set = Self.journey("A", [Self.all])
        for model in [AttributionModel.uShaped, .wShaped, .fullPath, .jShaped, .inverseJ] {
            Self.expectShares(model, set, [1])
        }
    }

    /// Two touches, no intermediate touch: the milestone weights are scaled to 100 %.
    /// U: 40 / 40 → 50/50. W: first 30 | lead+opportunity 60 → 1/3, 2/3; first+lead 60 |
    /// opportunity 30 → 2/3, 1/3. Full path: first+lead 45 | opportunity+won 45 → 50/50; first 22.5 |
    /// the other three 67.5 → 25/75. J: 20 / 60 → 25/75; inverse J: 60 / 20 → 75/25.
    @Test func twoTouchesScaleTheMilestoneWeights() {
        let firstThenRest = Self.journey("AB", [.firstTouch, [.leadCreated, .opportunityCreated, .closedWon]])
        let halfAndHalf = Self.journey("AB", [[.firstTouch, .leadCreated], [.opportunityCreated, .closedWon]])
        Self.expectShares(.uShaped, firstThenRest, [0.5, 0.5])
        Self.expectShares(.wShaped, firstThenRest, [1.0 / 3, 2.0 / 3])
        Self.expectShares(.wShaped, halfAndHalf, [2.0 / 3, 1.0 / 3])
        Self.expectShares(.fullPath, halfAndHalf, [0.5, 0.5])
        Self.expectShares(.fullPath, firstThenRest, [0.25, 0.75])
        Self.expectShares(.jShaped, firstThenRest, [0.25, 0.75])
        Self.expectShares(.inverseJ, firstThenRest, [0.75, 0.25])
        // U when the lead is created on the first touch: the second touch is after the window.
        Self.expectShares(.uShaped, halfAndHalf, [1, 0])
    }

    /// A journey whose lead milestone fell outside the lookback window: U keeps the first touch's
    /// weight only, scaled to 100 % (documented fallback).
    @Test func missingMilestoneDropsOut() {
        let set = Self.journey("ABC", [.firstTouch, [], .closedWon])
        Self.expectShares(.uShaped, set, [1, 0, 0])
    }

    /// On a path (no milestones) U uses the first and last touch: 40 / 20 / 40.
    @Test func uShapedOnAPath() {
        var set = JourneySet(channels: ["A", "B", "C"], hasTimes: false)
        set.append(channels: [0, 1, 2], conversions: 4, nulls: 0, value: 400)
        Self.expectShares(.uShaped, set, [0.4, 0.2, 0.4])
        var two = JourneySet(channels: ["A", "B"], hasTimes: false)
        two.append(channels: [0, 1], conversions: 1, nulls: 0, value: 0)
        Self.expectShares(.uShaped, two, [0.5, 0.5])
    }

    /// Linear credit summed over channels is the total of conversions (and of value), on a
    /// thousand random journeys with repeated channels and paths of every length.
    @Test func linearCreditSumsToTotalConversions() {
        var random = SystemRandomNumberGenerator()
        var set = JourneySet(channels: (0..<7).map { "c\($0)" }, hasTimes: false)
        for _ in 0..<1000 {
            let path = (0..<Int.random(in: 1...9, using: &random)).map { _ in Int32.random(in: 0..<7, using: &random) }
            set.append(channels: path, conversions: Double(Int.random(in: 0...5, using: &random)),
                       nulls: Double(Int.random(in: 0...5, using: &random)), value: 0)
        }
        for model in [AttributionModel.linear, .firstTouch, .uShaped, .jShaped, .custom(weights: [2, 1, 3])] {
            let credit = AttributionEngine.ruleBased(model, set)
            #expect(abs(credit.conversions.reduce(0, +) - set.totalConversions) < 1e-9, "\(model)")
        }
    }
}
