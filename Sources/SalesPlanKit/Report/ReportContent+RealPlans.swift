/// The real-plan figures (SPIFs, clawbacks, draws, renewals, vacancy and ramp, double credit) as
/// one table every report format shares.
extension ReportContent {
    /// One row per figure the scenario models: mean, P50, P95 and max per trial; nil on the fast
    /// path.
    public var realPlanTable: TextTable? {
        guard let outcome = result.realPlan else { return nil }
        var rows: [[String]] = []
        func moneyRow(_ label: String, _ distribution: Distribution, note: String = "") {
            rows.append([label, money(distribution.mean), money(distribution.p50), money(distribution.p95),
                         money(distribution.max), note])
        }
        func ratioRow(_ label: String, _ distribution: Distribution, note: String = "") {
            let text = { (value: Double) in NumberText.fixed(value, decimals: 2) + "×" }
            rows.append([label, text(distribution.mean), text(distribution.p50), text(distribution.p95), text(distribution.max), note])
        }
        ratioRow("Double-credit ratio", outcome.doubleCreditRatio, note: "(direct + credited bookings) ÷ direct bookings")
        if outcome.spifPay.max > 0 {
            moneyRow("SPIF payouts", outcome.spifPay, note: outcome.spifBudget.map { "budget \(money($0))" } ?? "in variable comp")
        }
        if outcome.clawback.max > 0 { moneyRow("Clawbacks", outcome.clawback, note: "taken out of variable comp") }
        if outcome.drawTopUp.max > 0 { moneyRow("Draw top-ups", outcome.drawTopUp, note: "guaranteed above earnings") }
        if outcome.renewed.max > 0 {
            moneyRow("Renewed revenue", outcome.renewed, note: outcome.renewalsCountTowardGoal ? "counted in bookings" : "not in bookings")
            rows.append(["Renewal rate", NumberText.percent(outcome.renewalRate.mean), NumberText.percent(outcome.renewalRate.p50),
                         NumberText.percent(outcome.renewalRate.p95), NumberText.percent(outcome.renewalRate.max), ""])
        }
        if outcome.revenueLost.max > 0 { moneyRow("Lost to vacancy and ramp", outcome.revenueLost, note: "bookings") }
        if outcome.departures.max > 0 {
            let text = { (value: Double) in NumberText.fixed(value, decimals: 1) }
            rows.append(["Departures (seats)", text(outcome.departures.mean), text(outcome.departures.p50),
                         text(outcome.departures.p95), text(outcome.departures.max),
                         "\(NumberText.percent(outcome.departureRate)) of sellers"])
        }
        moneyRow("Base salary paid", outcome.baseSalary, note: "planned \(money(result.totalBaseSalary))")
        return TextTable(header: ["Real-plan figure", "Mean", "P50", "P95", "Max", "Note"], rows: rows)
    }
}
