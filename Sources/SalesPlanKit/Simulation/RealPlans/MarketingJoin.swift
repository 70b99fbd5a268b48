import Foundation

/// The marketing plan joined to every trial (issue 11): each trial draws marketing success —
/// realised ÷ planned marketing-sourced pipeline, log-normal with mean 1 and the σ the plan's
/// channel and funnel uncertainties give (``MarketingPlan/successLogSigma``) — and it scales the
/// marketing-sourced share of every direct seller's median attainment: a seller whose bookings
/// rely 40 % on marketing has median × (1 − 0.4 × (1 − success)), 8 % less when marketing
/// delivers 80 %. The rest of their bookings do not depend on marketing.
struct MarketingJoin: Sendable {
    /// The distinct planned sourced shares, and each direct seller's index among them (so the
    /// per-trial logs are taken once per share, not once per seller).
    var shares: [Double]
    var shareOfDirect: [Int]
    var successLogMedian: Double
    var successLogSigma: Double
    var fixedSuccess: Double?
    var plannedSourcedPipeline: Double
    var influencedShare: Double
    var spend: Double
    var grossMargin: Double?

    init(scenario: Scenario, direct: [Int]) {
        let plan = scenario.marketing
        var territories: [String: Territory] = [:]
        for territory in scenario.territories { territories[territory.id] = territory }
        var shares: [Double] = []
        shareOfDirect = direct.map { index in
            let seller = scenario.sellers[index]
            let segment = seller.segment ?? seller.territoryID.flatMap { territories[$0]?.segment }
            let share = plan.sourcedShare(segment: segment, territory: seller.territoryID)
            if let existing = shares.firstIndex(of: share) { return existing }
            shares.append(share)
            return shares.count - 1
        }
        self.shares = shares
        successLogSigma = plan.successLogSigma
        successLogMedian = plan.successLogMedian
        fixedSuccess = plan.fixedSuccess
        plannedSourcedPipeline = plan.plannedSourcedPipeline
        influencedShare = plan.influencedShare ?? 0
        spend = plan.totalSpend
        grossMargin = scenario.finance.grossMargin
    }

    /// Marketing success for the trial's uniform: fixed, or the log-normal's quantile.
    func success(uniform: Double) -> Double {
        fixedSuccess ?? exp(successLogMedian + successLogSigma * NormalQuantile.value(uniform))
    }

    /// Multiplier on a seller's median for sourced share `share` and success `success`.
    static func medianFactor(share: Double, success: Double) -> Double {
        Swift.max(1 - share * (1 - success), 1e-12)
    }
}
