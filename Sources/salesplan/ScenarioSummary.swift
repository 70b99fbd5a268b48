import Foundation
import SalesPlanKit

/// The short summary `validate` prints for a valid scenario.
enum ScenarioSummary {
    static func render(_ loaded: LoadedScenario) -> String {
        let scenario = loaded.scenario
        let money = { NumberText.money($0, currency: scenario.currency) }
        let coverage = GoalCoverage(scenario: scenario)
        var lines = ["\(loaded.path): valid\(loaded.warningCount == 0 ? "" : " (\(NumberText.count(loaded.warningCount, "warning")))")"]
        var rows: [(String, String)] = []
        rows.append(("Scenario", "\(scenario.name) (\(scenario.currency)\(scenario.fiscalYear.map { ", fiscal year \($0)" } ?? ""))"))
        let roles = scenario.sellersByRole.map { NumberText.count($0.count, $0.role.displayName) }
        rows.append(("Sellers", "\(NumberText.grouped(scenario.sellers.count)): \(roles.joined(separator: ", "))"))
        for (index, plan) in scenario.plans.enumerated() {
            let users = scenario.sellers.count { $0.planID == plan.id }
            rows.append((index == 0 ? "Plans" : "", "\(plan.id): OTE \(money(plan.onTargetEarnings)), \(NumberText.percent(1 - plan.variableShare, decimals: 0))/\(NumberText.percent(plan.variableShare, decimals: 0)) pay mix, \(NumberText.count(plan.measures.count, "measure")), \(NumberText.count(users, "seller"))"))
        }
        rows.append(("Goal", "\(money(scenario.goal.bookings)) bookings"))
        rows.append(("Total quota", "\(money(coverage.total.quota)) (direct sellers)"))
        if let ratio = coverage.total.ratio, let over = coverage.total.overAssignment {
            rows.append(("Coverage", "\(String(format: "%.2f", ratio))× goal: \(NumberText.percent(over)) over-assignment (\(coverage.total.isUsual ? "inside" : "outside") the usual 20–40%)"))
        }
        for (label, lines) in [("By region", coverage.byRegion), ("By segment", coverage.bySegment)] where !lines.isEmpty {
            rows.append((label, lines.map { "\($0.name) \($0.ratio.map { String(format: "%.2f×", $0) } ?? "–")" }.joined(separator: ", ")))
        }
        rows.append(("Territories", NumberText.grouped(scenario.territories.count)))
        let potential = scenario.accounts.reduce(0) { $0 + $1.potential }
        rows.append(("Accounts", "\(NumberText.grouped(scenario.accounts.count))\(scenario.accounts.isEmpty ? "" : " (potential \(money(potential)))")"))
        if scenario.marketing.hasChannels {
            let sourced = scenario.overallSourcedShare.map { ", planned sourced share \(NumberText.percent($0))" } ?? ""
            rows.append(("Marketing", "\(NumberText.count(scenario.marketing.channels.count, "channel")), spend \(money(scenario.marketing.totalSpend))\(sourced) (salesplan funnel)"))
        }
        rows += realPlanRows(scenario, money: money)
        let settings = scenario.simulation
        rows.append(("Simulation", "\(NumberText.grouped(settings.trials)) trials, seed \(settings.seed), year types \(settings.yearTypes.map { "\($0.name) \(NumberText.percent($0.probability, decimals: 0))" }.joined(separator: " / "))"))
        let width = rows.map(\.0.count).max() ?? 0
        lines += rows.map { "  \($0.0.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.1)" }
        return lines.joined(separator: "\n")
    }

    /// The real-plan features the scenario uses, one line each (none for a plain scenario).
    private static func realPlanRows(_ scenario: Scenario, money: (Double) -> String) -> [(String, String)] {
        var rows: [(String, String)] = []
        let features = scenario.plans.flatMap { plan -> [String] in
            var used: [String] = []
            if plan.measures.contains(where: { $0.attainment != nil }) { used.append("own measure attainments") }
            if plan.measures.contains(where: { $0.gate != nil }) { used.append("a gate") }
            if plan.clawback != nil { used.append("a clawback") }
            if plan.newHireDraw != nil { used.append("a new-hire draw") }
            if plan.rampQuotaRelief { used.append("ramp quota relief") }
            return used.isEmpty ? [] : ["\(plan.id): \(used.joined(separator: ", "))"]
        }
        if !features.isEmpty { rows.append(("Real plans", features.joined(separator: "; "))) }
        let workforce = scenario.workforce
        if !workforce.isEmpty {
            let rates = workforce.attritionRate.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "\($0.key.displayName) \(NumberText.percent($0.value, decimals: 0))" }
            rows.append(("Workforce", "attrition \(rates.isEmpty ? "none" : rates.joined(separator: ", ")); vacancy \(NumberText.count(workforce.vacancyMonths, "month")); ramp over \(NumberText.count(workforce.rampProductivity.count, "month"))"))
        }
        if let renewals = scenario.renewals {
            rows.append(("Renewals", "rate \(NumberText.percent(renewals.rate.mean)) ± \(NumberText.percent(renewals.rate.spread)) per trial, base \(money(scenario.sellers.reduce(0) { $0 + $1.renewalBase }))\(renewals.countsTowardGoal ? ", counted in bookings" : ", not in bookings")"))
        }
        if !scenario.spifs.isEmpty {
            rows.append(("SPIFs", scenario.spifs.map { "\($0.name) (\(money($0.amount)))" }.joined(separator: ", ")))
        }
        return rows
    }
}
