import Foundation

/// Goal coverage as the reports show it: one row per goal part, ratio and probability side by
/// side, with what is out of line flagged.
extension ReportContent {
    /// The coverage table: total first, then every goal part, then quota with no goal.
    public var coverageTable: TextTable {
        let coverage = result.coverage
        let rows = ([coverage.total] + coverage.parts).map { line -> [String] in
            let label = line.dimension.map { "\($0.rawValue): \(line.name)" } ?? "Total"
            var flags: [String] = []
            if coverage.isOutsideBand(line) { flags.append("outside band") }
            if coverage.isBelowTarget(line) { flags.append("P < \(NumberText.percent(coverage.targetProbability, decimals: 0))") }
            if line.hasGoalWithoutQuota { flags.append("goal, no quota") }
            if line.hasQuotaWithoutGoal { flags.append("quota, no goal") }
            return [
                label, line.goal.map(money) ?? "–", money(line.quota),
                line.ratio.map { String(format: "%.2f×", $0) } ?? "–",
                line.overAssignment.map { NumberText.percent($0) } ?? "–",
                line.attainmentFactor.map { NumberText.percent($0) } ?? "–",
                line.goalMet.map { "\(NumberText.percent($0.probability)) ± \(NumberText.percent($0.standardError))" } ?? "–",
                flags.joined(separator: ", "),
            ]
        }
        return TextTable(header: ["Goal part", "Goal", "Quota", "Cover", "Over-assign.", "Att. factor", "P(goal met)", "Flags"],
                         rows: rows, rightAligned: Set(1..<7))
    }

    /// Sentences under the table: the bands, and quota no goal part takes.
    public var coverageNotes: [String] {
        let coverage = result.coverage
        var notes = ["Band: \(NumberText.percent(coverage.band.lowerBound, decimals: 0))–\(NumberText.percent(coverage.band.upperBound, decimals: 0)) over-assignment; target: each goal met in \(NumberText.percent(coverage.targetProbability, decimals: 0)) of trials. Att. factor = goal ÷ quota, the attainment at which the quotas deliver the goal exactly."]
        for dimension in CoverageDimension.allCases {
            if let quota = coverage.unassignedQuota[dimension], quota > 0 {
                notes.append("\(money(quota)) of quota is in no \(dimension.rawValue) (sellers without one\(dimension == .vertical ? ", or whose territory has no accounts" : dimension == .product ? ": no product mix applies" : "")).")
            }
        }
        if coverage.parts.contains(where: { $0.goal != nil && $0.goalMet == nil }) {
            notes.append("P(goal met) per part was not tracked: parts × trials is above 25,000,000.")
        }
        return notes
    }

    /// Whether the scenario splits its goal at all (otherwise the table repeats the headline).
    public var hasGoalParts: Bool { !result.coverage.parts.isEmpty }
}
