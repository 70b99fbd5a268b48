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
    /// Whether any scenario uses real-plan features, and the most extra normals and uniforms per
    /// seller any of them needs.
    public var drawsExtras = false
    public var extraNormals = 0
    public var uniformsPerSeller = 0

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
        extraNormals = rich.map(\.realPlanDrawCounts.extraNormals).max() ?? 0
        uniformsPerSeller = rich.map(\.realPlanDrawCounts.uniformsPerSeller).max() ?? 0
    }

    var layout: DrawLayout {
        DrawLayout(directSlots: directSellerIDs.count, creditedSlots: creditedSellerIDs.count, extraNormals: extraNormals,
                   uniformsPerSeller: uniformsPerSeller, drawsExtras: drawsExtras)
    }
}

extension Scenario {
    /// What each seller draws per trial on the general path: one extra normal per measure with
    /// its own attainment (the most any plan has), and one uniform for a departure plus one per
    /// SPIF. One place for the scenario's own layout and a comparison's (the most of any).
    var realPlanDrawCounts: (extraNormals: Int, uniformsPerSeller: Int) {
        (plans.map { $0.measures.filter { $0.attainment != nil }.count }.max() ?? 0, 1 + spifs.count)
    }
}
