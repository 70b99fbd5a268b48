/// The scenario's marketing plan (`marketing:`): channels with their spend and cost models, the
/// funnel's conversion rates, each segment's deal size and cycle, and the share of bookings the
/// plan expects marketing to source.
///
/// `salesplan funnel` turns it into leads, opportunities, pipeline and won bookings. The
/// simulation's join reads three things from it: ``sourcedShare(segment:territory:)`` (how much of
/// a seller's bookings rely on marketing), ``successLogSigma`` (how far marketing may miss or beat
/// its plan) and the spend and planned pipeline behind ROMI. A scenario without a `marketing:`
/// block has an empty plan: no channels, every sourced share 0, σ 0.
public struct MarketingPlan: Sendable, Equatable {
    public var channels: [MarketingChannel]
    /// Present whenever the plan has channels (the decoder requires it).
    public var funnel: FunnelRates?
    /// Segments in file order; every channel's segment shares name one of them.
    public var segments: [MarketingSegment]
    /// Planned marketing-sourced share of bookings for sellers no segment or territory share names.
    public var sourcedShareDefault: Double
    public var sourcedShareBySegment: [String: Double]
    public var sourcedShareByTerritory: [String: Double]
    /// Planned share of bookings with a marketing touch before a pipeline milestone (sourced included).
    public var influencedShare: Double?
    /// Average revenue per account per year, for CAC payback and LTV.
    public var arpa: Double?
    /// Annual customer retention (0.9 = 10 % of customers churn a year), for LTV.
    public var retention: Double?
    /// Marketing success fixed for every trial (YAML `fixed_success`: realised ÷ planned sourced
    /// pipeline, 0.8 = marketing delivers 80 %), a stress test; nil: drawn per trial.
    public var fixedSuccess: Double?

    public init(channels: [MarketingChannel] = [], funnel: FunnelRates? = nil, segments: [MarketingSegment] = [],
                sourcedShareDefault: Double = 0, sourcedShareBySegment: [String: Double] = [:],
                sourcedShareByTerritory: [String: Double] = [:], influencedShare: Double? = nil,
                arpa: Double? = nil, retention: Double? = nil) {
        self.channels = channels
        self.funnel = funnel
        self.segments = segments
        self.sourcedShareDefault = sourcedShareDefault
        self.sourcedShareBySegment = sourcedShareBySegment
        self.sourcedShareByTerritory = sourcedShareByTerritory
        self.influencedShare = influencedShare
        self.arpa = arpa
        self.retention = retention
    }

    /// Whether the scenario plans any marketing spend through channels.
    public var hasChannels: Bool { !channels.isEmpty }

    /// Σ channel spend over the plan year: the denominator of ROMI.
    public var totalSpend: Double { channels.reduce(0) { $0 + $1.spend } }

    /// The planned marketing-sourced share of a seller's bookings: the territory's share if the
    /// plan names the territory, else the segment's, else the default (0 without a plan). A
    /// territory overrides its segment because a territory's reliance on marketing is the more
    /// specific fact (an inbound-heavy patch in an outbound segment).
    public func sourcedShare(segment: String?, territory: String?) -> Double {
        if let territory, let share = sourcedShareByTerritory[territory] { return share }
        if let segment, let share = sourcedShareBySegment[segment] { return share }
        return sourcedShareDefault
    }

    public func segment(named name: String) -> MarketingSegment? {
        segments.first { $0.name == name }
    }
}

extension Scenario {
    /// The plan's overall marketing-sourced share: each direct seller's
    /// ``MarketingPlan/sourcedShare(segment:territory:)`` weighted by their quota (the bookings
    /// they are expected to bring). nil without direct quota.
    public var overallSourcedShare: Double? {
        var quota = 0.0, sourced = 0.0
        for seller in sellers where seller.role.credit == .own {
            quota += seller.quota
            sourced += seller.quota * marketing.sourcedShare(segment: seller.segment, territory: seller.territoryID)
        }
        return quota > 0 ? sourced / quota : nil
    }
}
