import Foundation

/// How a total quota is shared among direct sellers: each method gives every seller a *basis*,
/// and quotas are proportional to it (before ramp, change limits and rounding).
public enum QuotaMethod: Sendable, Equatable {
    /// Every seller the same.
    case even
    /// Prior-year actuals: the seller's last prior attainment × their current quota. A seller with
    /// no history is given the average last attainment of those who have one.
    case prior
    /// The potential of the accounts in the seller's territory.
    case potential
    /// A weighted mix of the other methods' shares, e.g. potential 0.6, prior 0.4.
    case blend([(QuotaMethod, Double)])

    public static func == (lhs: QuotaMethod, rhs: QuotaMethod) -> Bool {
        switch (lhs, rhs) {
        case (.even, .even), (.prior, .prior), (.potential, .potential): true
        case (.blend(let a), .blend(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public var name: String {
        switch self {
        case .even: "even"
        case .prior: "prior"
        case .potential: "potential"
        case .blend(let parts): "blend(" + parts.map { "\($0.0.name)=\(NumberText.plain($0.1))" }.joined(separator: ",") + ")"
        }
    }

    /// Each direct seller's share of the total (summing to 1), in the scenario's order of direct
    /// sellers, or the reason the scenario cannot support the method.
    public func shares(_ scenario: Scenario) -> Result<[Double], QuotaMethodProblem> {
        let sellers = scenario.directSellers
        guard !sellers.isEmpty else { return .failure(QuotaMethodProblem("the scenario has no direct sellers to give quotas to")) }
        let basis: [Double]
        switch self {
        case .even:
            basis = sellers.map { _ in 1 }
        case .prior:
            let last = sellers.map { $0.priorAttainments.last }
            let known = last.compactMap { $0 }
            guard !known.isEmpty else {
                return .failure(QuotaMethodProblem("--method prior needs sellers' prior_attainments, and no direct seller has any"))
            }
            let average = known.reduce(0, +) / Double(known.count)
            basis = zip(sellers, last).map { seller, attainment in (attainment ?? average) * seller.quota }
        case .potential:
            guard !scenario.accounts.isEmpty else {
                return .failure(QuotaMethodProblem("--method potential needs an accounts table with potential, and the scenario has none"))
            }
            var potential: [String: Double] = [:]
            for account in scenario.accounts { if let territory = account.territoryID { potential[territory, default: 0] += account.potential } }
            let missing = sellers.filter { ($0.territoryID.flatMap { potential[$0] } ?? 0) <= 0 }.map(\.id)
            guard missing.isEmpty else {
                let shown = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? " and \(missing.count - 5) more" : "")
                return .failure(QuotaMethodProblem("--method potential needs every direct seller's territory to hold accounts with potential; \(shown) \(missing.count == 1 ? "has" : "have") none"))
            }
            basis = sellers.map { potential[$0.territoryID!]! }
        case .blend(let parts):
            guard !parts.isEmpty, parts.allSatisfy({ $0.1 >= 0 }), parts.contains(where: { $0.1 > 0 }) else {
                return .failure(QuotaMethodProblem("--blend needs positive weights, e.g. potential=0.6,prior=0.4"))
            }
            var mixed = [Double](repeating: 0, count: sellers.count)
            let total = parts.reduce(0) { $0 + $1.1 }
            for (method, weight) in parts {
                if case .blend = method { return .failure(QuotaMethodProblem("a blend cannot contain a blend")) }
                switch method.shares(scenario) {
                case .failure(let problem): return .failure(problem)
                case .success(let shares): for index in mixed.indices { mixed[index] += weight / total * shares[index] }
                }
            }
            basis = mixed
        }
        let sum = basis.reduce(0, +)
        guard sum > 0, sum.isFinite else { return .failure(QuotaMethodProblem("the \(name) basis adds up to nothing")) }
        return .success(basis.map { $0 / sum })
    }
}

/// Why a quota method cannot run on a scenario, said so the user knows what is missing.
public struct QuotaMethodProblem: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
