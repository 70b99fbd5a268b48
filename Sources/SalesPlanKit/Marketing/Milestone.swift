import Foundation

/// The pipeline milestones a touch can carry, in the order a deal passes them.
///
/// Position-based models weight the touches that carry milestones, so the order matters twice:
/// a touch lists its milestones in this order (`first_touch+lead_created`), and an opportunity
/// passes them in this order over time. Stored as bits so a million touches cost a byte each.
public struct Milestones: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let firstTouch = Milestones(rawValue: 1)
    public static let leadCreated = Milestones(rawValue: 2)
    public static let opportunityCreated = Milestones(rawValue: 4)
    public static let closedWon = Milestones(rawValue: 8)

    /// Every milestone with its name in files, in pipeline order.
    public static let ordered: [(name: String, milestone: Milestones)] = [
        ("first_touch", .firstTouch), ("lead_created", .leadCreated),
        ("opportunity_created", .opportunityCreated), ("closed_won", .closedWon),
    ]

    /// Position in pipeline order of the latest milestone in the set (0 for none).
    var latestRank: Int { rawValue == 0 ? 0 : 8 - rawValue.leadingZeroBitCount }
    /// Position in pipeline order of the earliest milestone in the set (0 for none).
    var earliestRank: Int { rawValue == 0 ? 0 : rawValue.trailingZeroBitCount + 1 }

    /// Parses a `milestone` cell: empty or `none`, or names joined with `+` in pipeline order.
    public static func parse(_ text: String) -> Result<Milestones, MilestoneProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "none" { return .success([]) }
        var result: Milestones = []
        var lastRank = 0
        for part in trimmed.split(separator: "+", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let rank = ordered.firstIndex(where: { $0.name == name }) else {
                return .failure(.unknown(name))
            }
            guard rank + 1 > lastRank else {
                return .failure(rank + 1 == lastRank ? .repeated(name) : .outOfOrder(name, after: ordered[lastRank - 1].name))
            }
            result.insert(ordered[rank].milestone)
            lastRank = rank + 1
        }
        return .success(result)
    }

    public var names: [String] { Self.ordered.filter { contains($0.milestone) }.map(\.name) }
}

/// Why a `milestone` cell cannot be read.
public enum MilestoneProblem: Error, Sendable, CustomStringConvertible {
    case unknown(String)
    case repeated(String)
    case outOfOrder(String, after: String)

    public var description: String {
        let known = "none, " + Milestones.ordered.map(\.name).joined(separator: ", ")
        switch self {
        case .unknown(let name): return "unknown milestone \"\(name)\"; milestones are \(known), several joined with + in that order"
        case .repeated(let name): return "milestone \(name) appears twice"
        case .outOfOrder(let name, let after): return "milestone \(name) is written after \(after); join milestones with + in pipeline order (first_touch+lead_created+opportunity_created+closed_won)"
        }
    }
}
