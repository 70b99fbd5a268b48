/// The order in which a comparison's scenarios draw, so that they share their random numbers.
///
/// Every scenario draws, trial by trial, first the year type and the macro shock, then one normal
/// per direct seller of *any* scenario in the comparison, keyed by seller id in this fixed order
/// (a seller a scenario lacks is drawn and discarded). Trial t therefore gives the same year, the
/// same shock and, to every seller present in two scenarios, the same attainment draw in both,
/// wherever that seller stands in either roster; adding a seller to one scenario changes no other
/// seller's draws.
public struct DrawPlan: Sendable, Equatable {
    /// Direct sellers' ids, the union over the compared scenarios: the first scenario's in its
    /// order, then each further scenario's new ones in its order.
    public var directSellerIDs: [String]
    /// Whether the shock's normal is drawn even in scenarios whose shock σ is 0.
    public var drawsMacroShock: Bool

    public init(scenarios: [Scenario]) {
        var seen = Set<String>()
        var ids: [String] = []
        for scenario in scenarios {
            for seller in scenario.directSellers where seen.insert(seller.id).inserted { ids.append(seller.id) }
        }
        directSellerIDs = ids
        drawsMacroShock = scenarios.contains { $0.simulation.macroShockSigma > 0 }
    }
}
