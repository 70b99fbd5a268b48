extension ScenarioDecoder {
    /// Gives a seller with a territory but no `region` or `segment` those of the territory.
    ///
    /// A roster usually assigns sellers to territories and leaves the geography to the territory
    /// table. Without this, such a seller counted in no region: their quota dropped out of
    /// coverage by region and overlays of the region were not credited with their bookings.
    /// A region or segment written on the seller wins (a difference is a warning of the
    /// validator's); a territory id that does not exist is the validator's to report.
    static func fillAreasFromTerritories(_ sellers: inout [Seller], territories: [Territory]) {
        guard !territories.isEmpty else { return }
        var byID: [String: Int] = [:]
        for (index, territory) in territories.enumerated() where byID[territory.id] == nil {
            byID[territory.id] = index
        }
        for index in sellers.indices {
            guard sellers[index].region == nil || sellers[index].segment == nil,
                  let territoryID = sellers[index].territoryID, let territory = byID[territoryID].map({ territories[$0] })
            else { continue }
            if sellers[index].region == nil { sellers[index].region = territory.region }
            if sellers[index].segment == nil { sellers[index].segment = territory.segment }
        }
    }
}
