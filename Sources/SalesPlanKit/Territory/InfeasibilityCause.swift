/// Why no alignment can meet the band, found before the search: each names the territory and
/// the figures that prove it, so a sales-ops lead knows what to unlock or widen.
public struct InfeasibilityCause: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Locked accounts alone put the territory above its band (or its capacity).
        case lockedAboveBand = "locked-above-band"
        /// Every account that may join the territory, with what it holds, stays below its band.
        case tooLittleEligible = "too-little-eligible"
        /// The search found no alignment inside the band in the time allowed; none is proven impossible.
        case noneFound = "none-found"
        /// The exact MIP (`--exact`) proves that no alignment meets the band and the limits.
        case provenInfeasible = "proven-infeasible"
    }

    public var kind: Kind
    /// Territory id (nil for `noneFound`).
    public var territory: String?
    public var message: String

    /// Checks every territory against what its locked accounts force and what could reach it.
    static func diagnose(_ problem: BalancingProblem) -> [InfeasibilityCause] {
        let m = problem.territoryCount
        var lockedP = Array(repeating: 0.0, count: m), lockedW = Array(repeating: 0.0, count: m)
        var reachP = Array(repeating: 0.0, count: m), reachW = Array(repeating: 0.0, count: m)
        for a in 0..<problem.accountCount where problem.fixed[a] {
            let t = Int(problem.initial[a])
            lockedP[t] += problem.potential[a]
            lockedW[t] += problem.workload[a]
        }
        // What could reach each territory: per eligibility class when there is no distance limit,
        // account by account otherwise (skipped above 10⁹ pairs, where it would take too long).
        if problem.minimumDot == nil {
            let classes = (problem.accountClass.max().map { Int($0) } ?? -1) + 1
            var classP = Array(repeating: 0.0, count: classes), classW = Array(repeating: 0.0, count: classes)
            for a in 0..<problem.accountCount where !problem.fixed[a] {
                classP[Int(problem.accountClass[a])] += problem.potential[a]
                classW[Int(problem.accountClass[a])] += problem.workload[a]
            }
            for t in 0..<m {
                for c in 0..<classes where problem.allowed[c * m + t] {
                    reachP[t] += classP[c]
                    reachW[t] += classW[c]
                }
            }
            // Accounts of a class barred from their own territory can still stay there.
            for a in 0..<problem.accountCount where !problem.fixed[a] && problem.initial[a] >= 0 {
                let t = Int(problem.initial[a])
                if !problem.allowed[Int(problem.accountClass[a]) * m + t] {
                    reachP[t] += problem.potential[a]
                    reachW[t] += problem.workload[a]
                }
            }
        } else if problem.accountCount * m <= 1_000_000_000 {
            for a in 0..<problem.accountCount where !problem.fixed[a] {
                for t in 0..<m where problem.eligible(a, t) {
                    reachP[t] += problem.potential[a]
                    reachW[t] += problem.workload[a]
                }
            }
        } else {
            reachP = Array(repeating: .infinity, count: m)
            reachW = reachP
        }

        var causes: [InfeasibilityCause] = []
        for (t, territory) in problem.scenario.territories.enumerated() {
            let band = problem.bands[Int(problem.group[t])]
            let text = { (value: Double) in NumberText.grouped(value.rounded()) }
            if lockedP[t] > band.potential.upperBound + 1e-9 {
                causes.append(InfeasibilityCause(kind: .lockedAboveBand, territory: territory.id, message:
                    "\(territory.id): locked accounts hold \(text(lockedP[t])) of potential, above the band's top of \(text(band.potential.upperBound))"))
            }
            let workloadTop = min(band.workload?.upperBound ?? .infinity, problem.capacity[t])
            if lockedW[t] > workloadTop + 1e-9 {
                causes.append(InfeasibilityCause(kind: .lockedAboveBand, territory: territory.id, message:
                    "\(territory.id): locked accounts take \(text(lockedW[t])) hours, above the most it may carry (\(text(workloadTop)))"))
            }
            if lockedP[t] + reachP[t] < band.potential.lowerBound - 1e-9 {
                causes.append(InfeasibilityCause(kind: .tooLittleEligible, territory: territory.id, message:
                    "\(territory.id): every account that may go there holds \(text(lockedP[t] + reachP[t])) of potential, below the band's bottom of \(text(band.potential.lowerBound))"))
            }
            if let low = band.workload?.lowerBound, lockedW[t] + reachW[t] < low - 1e-9 {
                causes.append(InfeasibilityCause(kind: .tooLittleEligible, territory: territory.id, message:
                    "\(territory.id): every account that may go there takes \(text(lockedW[t] + reachW[t])) hours, below the band's bottom of \(text(low))"))
            }
        }
        return causes
    }
}
