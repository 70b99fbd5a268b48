/// The figures the funnel follows spend through, in order.
public enum FunnelStage: String, Sendable, CaseIterable, Codable {
    case leads, mqls, sqls, opportunities, pipeline, wonDeals = "won_deals", won

    /// Column heading in tables.
    public var title: String {
        switch self {
        case .leads: "Leads"
        case .mqls: "MQLs"
        case .sqls: "SQLs"
        case .opportunities: "Opportunities"
        case .pipeline: "Pipeline $"
        case .wonDeals: "Won deals"
        case .won: "Won $"
        }
    }

    public var isMoney: Bool { self == .pipeline || self == .won }
}
