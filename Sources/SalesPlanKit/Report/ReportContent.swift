/// The tables and sentences every report format shares, built once from a result so the
/// terminal, Markdown and HTML reports cannot disagree.
public struct ReportContent: Sendable {
    public let result: SimulationResult
    /// The headline figures, in report order.
    public let figures: [Figure]

    public init(_ result: SimulationResult) {
        self.result = result
        figures = ReportContent.figures(of: result)
    }

    private var currency: String { result.currency }
    func money(_ value: Double) -> String { NumberText.money(value, currency: currency) }

    /// A headline figure: label, distribution, and how to print its values.
    public struct Figure: Sendable {
        public var label: String
        public var distribution: Distribution
        public var isMoney: Bool
    }

    private static func figures(of result: SimulationResult) -> [Figure] {
        let headline = result.headline
        var figures = [Figure(label: "Bookings", distribution: headline.revenue, isMoney: true)]
        if result.goal > 0, let vsGoal = Distribution(result.trials.revenue.map { $0 / result.goal }) {
            figures.append(Figure(label: "Bookings ÷ goal", distribution: vsGoal, isMoney: false))
        }
        figures.append(Figure(label: "Variable comp", distribution: headline.variableComp, isMoney: true))
        if result.variableCompBudget > 0,
           let vsBudget = Distribution(result.trials.variableComp.map { $0 / result.variableCompBudget }) {
            figures.append(Figure(label: "Var. comp ÷ budget", distribution: vsBudget, isMoney: false))
        }
        figures += [
            Figure(label: "Total comp", distribution: headline.totalComp, isMoney: true),
            Figure(label: "Comp ÷ bookings", distribution: headline.costOfSales, isMoney: false),
        ]
        if let check = result.ebitdaCheck {
            figures.append(Figure(label: "EBITDA", distribution: check.ebitda, isMoney: true))
        }
        figures.append(Figure(label: "Sellers at OTE", distribution: headline.shareAtTarget, isMoney: false))
        if result.directSellerCount < result.sellerCount {
            figures.append(Figure(label: "Direct at quota", distribution: headline.directShareAtQuota, isMoney: false))
            figures.append(Figure(label: "All at quota", distribution: headline.shareAtQuota, isMoney: false))
        } else {
            figures.append(Figure(label: "Sellers at quota", distribution: headline.shareAtQuota, isMoney: false))
        }
        return figures
    }

    func format(_ value: Double, _ figure: Figure) -> String {
        figure.isMoney ? money(value) : NumberText.percent(value)
    }

    /// A standard error, with enough decimals to be non-zero when it is.
    func formatError(_ value: Double, _ figure: Figure) -> String {
        if figure.isMoney { return money(value) }
        return NumberText.percent(value, decimals: value < 0.0005 ? 3 : value < 0.005 ? 2 : 1)
    }

    /// Headline distributions; `compact` keeps the columns a terminal has room for, the full table
    /// the columns a 1,024-pixel page shows without scrolling (every percentile is in summary.json).
    public func headlineTable(compact: Bool) -> TextTable {
        let levels: [(String, KeyPath<Distribution, Double>)] = compact
            ? [("P5", \.p5), ("P50", \.p50), ("P95", \.p95), ("P99", \.p99), ("Max", \.max)]
            : [("Min", \.min), ("P1", \.p1), ("P5", \.p5), ("P10", \.p10), ("P50", \.p50),
               ("P90", \.p90), ("P95", \.p95), ("P99", \.p99), ("Max", \.max)]
        let rows = figures.map { figure -> [String] in
            let mean = "\(format(figure.distribution.mean, figure)) ± \(formatError(figure.distribution.standardError, figure))"
            return [figure.label, mean] + levels.map { format(figure.distribution[keyPath: $0.1], figure) }
        }
        return TextTable(header: ["", "Mean ± s.e."] + levels.map(\.0), rows: rows)
    }

    /// "P(goal met) 74.6 % ± 0.4 %" with the goal.
    public var goalSentence: String {
        let goalMet = result.headline.goalMet
        return "P(bookings ≥ goal of \(money(result.goal))): \(NumberText.percent(goalMet.probability)) ± \(NumberText.percent(goalMet.standardError, decimals: 2)) (binomial s.e.)"
    }

    public var coverageSentence: String {
        guard result.goal > 0 else { return "No goal set." }
        let ratio = result.totalDirectQuota / result.goal
        let usual = GoalCoverage.usualOverAssignment.contains(ratio - 1)
        return "Quota \(money(result.totalDirectQuota)) covers the goal \(String(format: "%.2f", ratio))× (\(NumberText.percent(ratio - 1)) over-assignment; \(usual ? "inside" : "outside") the usual 20–40%)."
    }

    public var yearTypeTable: TextTable {
        let rows = result.yearTypes.map { yearType -> [String] in
            let present = yearType.trials > 0
            return [
                yearType.name,
                NumberText.percent(yearType.probability, decimals: 0),
                NumberText.grouped(Double(yearType.trials)),
                NumberText.percent(yearType.medianAttainment, decimals: 0),
                present ? NumberText.percent(yearType.attainmentPercentiles[2], decimals: 0) : "–",
                present ? yearType.revenue.map { money($0.p50) } ?? "–" : "–",
                present ? yearType.variableComp.map { money($0.p50) } ?? "–" : "–",
                present ? yearType.variableComp.map { money($0.p95) } ?? "–" : "–",
                present ? NumberText.percent(yearType.goalMet.probability) : "–",
                present ? NumberText.percent(yearType.meanShareAtQuota) : "–",
                present ? NumberText.percent(yearType.meanShareAtTarget) : "–",
            ]
        }
        return TextTable(header: ["Year type", "Prob.", "Trials", "Median", "Seen", "Book. P50",
                                  "Var. P50", "Var. P95", "P(goal)", "At quota", "At OTE"], rows: rows)
    }

    /// Sellers with the highest expected pay, for the report body (all sellers are in sellers.csv).
    public func sellerTable(limit: Int) -> TextTable {
        // Sort positions, not the outcomes themselves (thousands of structs of strings).
        let sellers = result.sellers
        let order = sellers.indices.sorted {
            sellers[$0].meanPay != sellers[$1].meanPay ? sellers[$0].meanPay > sellers[$1].meanPay : sellers[$0].id < sellers[$1].id
        }
        let rows = order.prefix(limit).map { sellers[$0] }.map { seller -> [String] in
            [seller.id, seller.role.displayName, money(seller.quota), String(format: "%.2f", seller.skill),
             NumberText.percent(seller.attainmentP10, decimals: 0), NumberText.percent(seller.attainmentP50, decimals: 0),
             NumberText.percent(seller.attainmentP90, decimals: 0), money(seller.payP10), money(seller.payP50),
             money(seller.payP90), money(seller.meanPay), NumberText.percent(seller.probabilityAtQuota, decimals: 0)]
        }
        return TextTable(header: ["Seller", "Role", "Quota", "Skill", "Att. P10", "Att. P50", "Att. P90", "Pay P10",
                                  "Pay P50", "Pay P90", "Mean pay", "P(≥ quota)"], rows: rows, rightAligned: Set(2..<12))
    }

    public var settingsSentence: String {
        "\(NumberText.grouped(Double(result.options.trials))) trials, seed \(result.options.seed), \(NumberText.count(result.sellerCount, "seller")) (\(result.directSellerCount) direct), GSL \(result.generator.rawValue) with the ziggurat normal sampler"
    }
}
