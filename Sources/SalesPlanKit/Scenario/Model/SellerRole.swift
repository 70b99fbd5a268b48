/// A seller's role, which decides whose bookings the seller is credited with.
///
/// Direct sellers (account executives, account managers, inside sales) book revenue themselves;
/// their attainment is drawn in the simulation and their bookings add up to company revenue.
/// Overlay specialists and managers are credited with bookings direct sellers already booked
/// (double credit): they cost variable pay but add no revenue, which is why stacked teams make
/// payout non-linear in sales.
public enum SellerRole: String, Sendable, Equatable, CaseIterable {
    case accountExecutive = "account_executive"
    case accountManager = "account_manager"
    case insideSales = "inside_sales"
    case overlaySpecialist = "overlay_specialist"
    case manager
    /// Sales engineer: credited with a share of their manager's team's bookings.
    case salesEngineer = "sales_engineer"
    /// Business development representative: credited with a share of their manager's team's
    /// bookings (the pipeline they source).
    case businessDevelopment = "business_development"

    /// Whose bookings count toward this role's attainment.
    public var credit: CreditBasis {
        switch self {
        case .accountExecutive, .accountManager, .insideSales: .own
        case .overlaySpecialist: .region
        case .manager: .team
        case .salesEngineer, .businessDevelopment: .managersTeam
        }
    }

    /// Name as a finance analyst would write it ("account executive").
    public var displayName: String {
        switch self {
        case .accountExecutive: "account executive"
        case .accountManager: "account manager"
        case .insideSales: "inside sales"
        case .overlaySpecialist: "overlay specialist"
        case .manager: "manager"
        case .salesEngineer: "sales engineer"
        case .businessDevelopment: "business development"
        }
    }
}

/// Whose bookings a seller's attainment is measured on.
public enum CreditBasis: String, Sendable, Equatable {
    /// The seller's own bookings.
    case own
    /// Bookings of the direct sellers who report to this seller, at any depth.
    case team
    /// Bookings of the direct sellers in this seller's region (and segment, if the overlay has one).
    case region
    /// Bookings of the direct sellers who report (at any depth) to this seller's manager.
    case managersTeam
}
