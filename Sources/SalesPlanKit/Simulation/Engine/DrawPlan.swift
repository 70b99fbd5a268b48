/// The order in which a comparison's scenarios draw, so that they share their random numbers.
///
/// Every scenario draws, trial by trial, first the year type and the macro shock, then one normal
/// per direct seller of *any* scenario in the comparison, keyed by seller id in this fixed order
/// (a seller a scenario lacks is drawn and discarded). Trial t therefore gives the same year, the
/// same shock and, to every seller present in two scenarios, the same attainment draw in both,
/// wherever that seller stands in either roster; adding a seller to one scenario changes no other
/// seller's draws. Real-plan draws (measure normals, departures, SPIF counts, renewal and churn
/// rates) follow, keyed the same way, when any scenario uses them.
public struct DrawPlan: Sendable, Equatable {
    /// Direct sellers' ids, the union over the compared scenarios: the first scenario's in its
    /// order, then each further scenario's new ones in its order.
    public var directSellerIDs: [String]
    /// Whether the shock's normal is drawn even in scenarios whose shock σ is 0.
    public var drawsMacroShock: Bool
    /// Credited sellers' ids (managers, overlays, ...), the union in the same way.
    public var creditedSellerIDs: [String] = []
    /// Whether any scenario uses real-plan features, and per seller id the most extra normals
    /// and uniforms any of them needs (``Scenario/realPlanDrawCounts(of:)``).
    public var drawsExtras = false
    var extraNormalCounts: [Int] = []
    var uniformCounts: [Int] = []

    public init(scenarios: [Scenario]) {
        var seen = Set<String>()
        var ids: [String] = []
        var credited: [String] = []
        for scenario in scenarios {
            for seller in scenario.directSellers where seen.insert(seller.id).inserted { ids.append(seller.id) }
        }
        var seenCredited = Set<String>()
        for scenario in scenarios {
            for seller in scenario.sellers where seller.role.credit != .own && seenCredited.insert(seller.id).inserted {
                credited.append(seller.id)
            }
        }
        directSellerIDs = ids
        creditedSellerIDs = credited
        drawsMacroShock = scenarios.contains { $0.simulation.macroShockSigma > 0 }
        let rich = scenarios.filter(\.usesRealPlanFeatures)
        drawsExtras = !rich.isEmpty
        guard drawsExtras else { return }
        var normals: [String: Int] = [:], uniforms: [String: Int] = [:]
        for scenario in rich {
            for seller in scenario.sellers {
                let counts = scenario.realPlanDrawCounts(of: seller)
                normals[seller.id] = max(normals[seller.id] ?? 0, counts.extraNormals)
                uniforms[seller.id] = max(uniforms[seller.id] ?? 0, counts.uniforms)
            }
        }
        extraNormalCounts = ids.map { normals[$0] ?? 0 }
        uniformCounts = (ids + credited).map { uniforms[$0] ?? 0 }
    }

    var layout: DrawLayout {
        DrawLayout(directSlots: directSellerIDs.count, creditedSlots: creditedSellerIDs.count,
                   extraNormalCounts: extraNormalCounts, uniformCounts: uniformCounts, drawsExtras: drawsExtras)
    }
}

extension Scenario {
    /// What `seller` draws per trial on the general path: a direct seller one extra normal per
    /// measure of their plan with its own attainment; every seller a uniform for a departure
    /// (which the first SPIF recycles, ``UniformRecycler``), and when they may earn a per-deal
    /// SPIF, one more per SPIF after the first (indexed by SPIF).
    /// One place for the scenario's own layout and a comparison's (the most of any).
    func realPlanDrawCounts(of seller: Seller) -> (extraNormals: Int, uniforms: Int) {
        let plan = plans.first { $0.id == seller.planID }
        let normals = seller.role.credit == .own ? (plan?.measures.filter { $0.attainment != nil }.count ?? 0) : 0
        let earnsPerDeal = spifs.contains { spif in
            if case .perDeal = spif.trigger { return spif.isEligible(seller.role) }
            return false
        }
        return (normals, earnsPerDeal ? Swift.max(1, spifs.count) : 1)
    }
}
