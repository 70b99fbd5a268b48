/// Published B2B benchmark ranges for marketing-plan inputs (docs/funnel.md lists them with their
/// sources). A figure outside its range is a warning, never an error: a plan may have reasons to
/// differ, but a cost per click of $0.50 on LinkedIn is more often a typo than a bargain.
struct MarketingBenchmarks {
    /// What the figure is, as the warning names it ("MQL → SQL").
    let what: String
    let range: ClosedRange<Double>
    let unit: Unit

    enum Unit { case percent, money, multiple }

    static let funnel: [String: MarketingBenchmarks] = [
        "mql_to_sql": MarketingBenchmarks(what: "MQL → SQL conversion", range: 0.15...0.25, unit: .percent),
        "sql_to_opportunity": MarketingBenchmarks(what: "SQL → opportunity conversion", range: 0.40...0.60, unit: .percent),
        "opportunity_to_won": MarketingBenchmarks(what: "opportunity → close (win rate)", range: 0.20...0.30, unit: .percent),
    ]
    /// Visitor → MQL: for a cost-per-click channel, click_to_lead × lead_to_mql (a click is a visit).
    static let visitorToMQL = MarketingBenchmarks(what: "visitor → MQL conversion (click_to_lead × lead_to_mql)", range: 0.01...0.03, unit: .percent)
    static let sourcedShare = MarketingBenchmarks(what: "marketing-sourced share of bookings", range: 0.30...0.50, unit: .percent)
    static let influencedShare = MarketingBenchmarks(what: "marketing-influenced share of bookings", range: 0.50...0.70, unit: .percent)
    static let linkedInCostPerClick = MarketingBenchmarks(what: "LinkedIn cost per click", range: 5...15, unit: .money)
    static let paidSearchCostPerClick = MarketingBenchmarks(what: "paid search (generic) cost per click", range: 10...50, unit: .money)
    static let syndicationCostPerLead = MarketingBenchmarks(what: "content syndication cost per lead", range: 50...200, unit: .money)
    /// Pipeline per marketing dollar by segment (names compared without case, `-`, `_` or spaces).
    static let pipelinePerDollar: [String: ClosedRange<Double>] = ["enterprise": 5...15, "midmarket": 10...25, "smb": 15...40]

    /// Warns, at `field`, when `value` is outside the range, quoting it.
    func check(_ value: Double, at location: SourceLocation, field: FieldPath, log: DiagnosticLog) {
        guard !range.contains(value) else { return }
        log.warning("\(format(value)) is outside the published B2B benchmark range for \(what), \(format(range.lowerBound))–\(format(range.upperBound))",
                    at: location, field: field)
    }

    private func format(_ value: Double) -> String {
        switch unit {
        case .percent: NumberText.plain((value * 1000).rounded() / 10) + " %"
        case .money: "$" + NumberText.plain((value * 100).rounded() / 100)
        case .multiple: NumberText.plain((value * 100).rounded() / 100) + "×"
        }
    }

    static func checkCostPerClick(_ value: Double, channel: String, at location: SourceLocation, field: FieldPath, log: DiagnosticLog) {
        let name = channel.lowercased()
        if name.contains("linkedin") {
            linkedInCostPerClick.check(value, at: location, field: field, log: log)
        } else if name.contains("search") {
            paidSearchCostPerClick.check(value, at: location, field: field, log: log)
        }
    }

    static func checkCostPerLead(_ value: Double, channel: String, at location: SourceLocation, field: FieldPath, log: DiagnosticLog) {
        if channel.lowercased().contains("syndication") {
            syndicationCostPerLead.check(value, at: location, field: field, log: log)
        }
    }

    /// The range of a channel's segment mix: each end weighted by the segment shares. Nothing
    /// is checked when a segment of the mix has no benchmark.
    static func checkPipelinePerDollar(_ value: Double, shares: [NamedAmount], at location: SourceLocation, field: FieldPath,
                                       log: DiagnosticLog) {
        var low = 0.0, high = 0.0
        for share in shares where share.amount > 0 {
            let key = share.name.lowercased().filter { !"-_ ".contains($0) }
            guard let range = pipelinePerDollar[key] else { return }
            low += share.amount * range.lowerBound
            high += share.amount * range.upperBound
        }
        guard high > 0 else { return }
        let segments = shares.filter { $0.amount > 0 }.map(\.name).joined(separator: "/")
        MarketingBenchmarks(what: "pipeline per marketing dollar in \(segments)", range: low...high, unit: .multiple)
            .check(value, at: location, field: field, log: log)
    }
}
