/// Checks of real-plan crediting (issue 10): sales engineers and BDRs are credited with their
/// manager's team, overlays may cover listed territories and products, and a credit share only
/// means something for those credited with others' bookings.
extension ScenarioValidator {
    /// A sales engineer or BDR needs a manager with direct sellers below them.
    func checkManagersTeamCredit(_ index: Int, sellerIDs: [String: Int], hasDirectSellers: Bool) {
        let seller = scenario.sellers[index]
        let record = origins.sellers[index]
        guard let managerID = seller.managerID else {
            log.error("\(Self.aRole(seller.role)) needs a manager: they are credited with the bookings of the direct sellers who report to their manager",
                      at: record.location(of: "manager"), field: record.path.key("manager"))
            return
        }
        guard let manager = sellerIDs[managerID], hasDirectSellers else { return }  // a dangling id is reported elsewhere
        if !hasDirectSeller(below: manager, sellerIDs: sellerIDs) {
            log.warning("\(seller.role.displayName) \"\(seller.id)\" is credited with nobody's bookings (no direct seller reports to their manager \"\(managerID)\"); their attainment will be 0",
                        at: record.location, field: record.path)
        }
    }

    /// Whether a direct seller reports to seller `manager`, at any depth.
    private func hasDirectSeller(below manager: Int, sellerIDs: [String: Int]) -> Bool {
        for seller in scenario.sellers where seller.role.credit == .own {
            var visited: Set<String> = [seller.id]
            var current = seller.managerID
            while let id = current, visited.insert(id).inserted, let position = sellerIDs[id] {
                if position == manager { return true }
                current = scenario.sellers[position].managerID
            }
        }
        return false
    }

    /// `covers_territories`, `covers_products` and `credit_share` against each seller's role, and
    /// covered territories against the territories table.
    func checkCoverage(territoryIDs: [String: Int]) {
        var previousPath: FieldPath?
        let quiet = DiagnosticLog()
        for (index, seller) in scenario.sellers.enumerated() {
            let record = origins.sellers[index]
            defer { previousPath = record.path }
            guard record.path != previousPath else { continue }
            if seller.role.credit == .own, seller.creditShare != 1 {
                log.warning("ignored: \(Self.aRole(seller.role)) is credited with all of their own bookings; credit_share applies to overlays, managers, sales engineers and BDRs",
                            at: record.location(of: "credit_share"), field: record.path.key("credit_share"))
            }
            if !seller.coversProducts.isEmpty, seller.role.credit == .own {
                log.error("\(Self.aRole(seller.role)) books every product they sell; covers_products applies to overlays, managers, sales engineers and BDRs",
                          at: record.location(of: "covers_products"), field: record.path.key("covers_products"))
            }
            guard !seller.coversTerritories.isEmpty else { continue }
            guard seller.role == .overlaySpecialist else {
                let basis = switch seller.role.credit {
                case .own: "their own bookings"
                case .team: "their team's bookings"
                case .managersTeam: "their manager's team's bookings"
                case .region: "their region's bookings"
                }
                log.error("only overlay specialists are credited by the territories they cover; \(Self.aRole(seller.role)) is credited with \(basis)",
                          at: record.location(of: "covers_territories"), field: record.path.key("covers_territories"))
                continue
            }
            let items = record.list("covers_territories", log: quiet) ?? []
            if scenario.territories.isEmpty {
                log.error("covers territories, but the scenario has no `territories` table",
                          at: record.location(of: "covers_territories"), field: record.path.key("covers_territories"))
                continue
            }
            var anyUnknown = false
            for (position, item) in items.enumerated() where territoryIDs[item.text] == nil {
                anyUnknown = true
                let hint = log.didYouMean(item.text) { suggestionIndexes.index("territory", of: territoryIDs) }
                log.error("no territory has the id \"\(Excerpt.of(item.text))\"\(hint)",
                          at: item.location, field: record.path.key("covers_territories").index(position))
            }
            let covered = Set(seller.coversTerritories)
            if !anyUnknown, !scenario.sellers.contains(where: { $0.role.credit == .own && $0.territoryID.map(covered.contains) == true }) {
                log.warning("overlay specialist \"\(seller.id)\" is credited with nobody's bookings (no direct seller is in the territories they cover); their attainment will be 0",
                            at: record.location(of: "covers_territories"), field: record.path.key("covers_territories"))
            }
        }
    }

    /// The role as a noun with its article, for messages: "an account executive", "a business
    /// development representative".
    static func aRole(_ role: SellerRole) -> String {
        switch role {
        case .accountExecutive: "an account executive"
        case .accountManager: "an account manager"
        case .insideSales: "an inside sales rep"
        case .overlaySpecialist: "an overlay specialist"
        case .manager: "a manager"
        case .salesEngineer: "a sales engineer"
        case .businessDevelopment: "a business development representative"
        }
    }
}
