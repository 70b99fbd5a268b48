import Foundation
import Testing
@testable import SalesPlanKit

// The bad inputs of the real-plan keys (issue 10), each with where its error must point.

/// Short name of the fixture in the tables below.
typealias Real = RealPlanScenario

/// A bad scenario line, located at `token` on that line of `scenario.yaml`.
func realPlanBad(_ name: String, line: Int, _ replacement: String, token: String? = nil, column: Int? = nil,
                 field: String, message: String, severity: Diagnostic.Severity = .error) -> BadInput {
    let text = Real.replacing(line: line, with: replacement)
    return BadInput(name: name, files: ["scenario.yaml": text, "sellers.csv": Real.csv], line: line,
                    column: column ?? token.map { BadInput.column(of: $0, inLine: line, of: text) },
                    field: field, message: message, severity: severity)
}

/// A bad sellers.csv line.
func realPlanBadCSV(_ name: String, line: Int, _ replacement: String, field: String, column: String?,
                    message: String, severity: Diagnostic.Severity = .error) -> BadInput {
    BadInput(name: name, files: ["scenario.yaml": Real.text, "sellers.csv": Real.replacingCSV(line: line, with: replacement)],
             file: "sellers.csv", line: line, field: field, csvColumn: column, message: message, severity: severity)
}

let realPlanBadInputs: [BadInput] = [
    // Measures: credit, own attainment, gates.
    realPlanBad("measure correlation above 1", line: 29, "        attainment: {median: 0.95, sigma: 0.10, correlation: 1.2}",
        token: "1.2", field: "plans[0].measures[1].attainment.correlation", message: "a correlation must be between -1 and 1 (got 1.2)"),
    realPlanBad("measure σ of 0", line: 29, "        attainment: {median: 0.95, sigma: 0, correlation: 0.5}",
        token: "0,", field: "plans[0].measures[1].attainment.sigma", message: "must be greater than 0 (got 0)"),
    realPlanBad("measure σ above 3", line: 29, "        attainment: {median: 0.95, sigma: 3.5, correlation: 0.5}",
        token: "3.5", field: "plans[0].measures[1].attainment.sigma", message: "must be at most 3"),
    realPlanBad("measure attainment without σ", line: 29, "        attainment: {median: 0.95, correlation: 0.5}",
        token: "{", field: "plans[0].measures[1].attainment.sigma", message: #"missing required key "sigma""#),
    realPlanBad("measure median of 0", line: 29, "        attainment: {median: 0, sigma: 0.1, correlation: 0.5}",
        token: "0,", field: "plans[0].measures[1].attainment.median", message: "must be greater than 0 (got 0)"),
    realPlanBad("unknown key in a measure's attainment", line: 29, "        attainment: {median: 0.95, sigma: 0.1, corelation: 0.5}",
        token: "corelation", field: "plans[0].measures[1].attainment.corelation",
        message: #"unknown key "corelation" (did you mean "correlation"?)"#),
    realPlanBad("gate naming a measure the plan does not have", line: 25, "        gate: {measure: renewal, at_least: 90%}",
        token: "renewal", field: "plans[0].measures[0].gate.measure",
        message: #"the plan has no measure named "renewal" (did you mean "renewals"?)"#),
    realPlanBad("gate naming its own measure", line: 25, "        gate: {measure: bookings, at_least: 90%}",
        token: "bookings", field: "plans[0].measures[0].gate.measure", message: "a measure cannot be gated by itself"),
    realPlanBad("gate without a threshold", line: 25, "        gate: {measure: renewals}",
        token: "{", field: "plans[0].measures[0].gate.at_least", message: #"missing required key "at_least""#),
    realPlanBad("unknown gate fallback", line: 25, "        gate: {measure: renewals, at_least: 90%, otherwise: no_accelerators}",
        token: "no_accelerators", field: "plans[0].measures[0].gate.otherwise", message: #"(did you mean "no_accelerator"?)"#),
    realPlanBad("unknown key in a gate", line: 25, "        gate: {measure: renewals, at_leest: 90%}",
        token: "at_leest", field: "plans[0].measures[0].gate.at_leest", message: #"unknown key "at_leest" (did you mean "at_least"?)"#),
    realPlanBad("unknown credit", line: 28, "        credits: renewal",
        token: "renewal", field: "plans[0].measures[1].credits", message: #"(did you mean "renewals"?)"#),
    realPlanBad("product credit without a product", line: 34, "        # no product",
        field: "plans[0].measures[2].product", message: "`credits: product` needs `product: NAME`")
        .atLine(33, token: "product"),
    realPlanBad("product not in the product mix", line: 34, "        product: analytix",
        token: "analytix", field: "plans[0].measures[2].product", message: #"no product is named "analytix" (did you mean "analytics"?)"#),
    realPlanBad("product on a bookings measure", line: 33, "        credits: bookings",
        field: "plans[0].measures[2].product", message: "`product` only applies with `credits: product`")
        .atLine(34, token: "analytics"),
    realPlanBad("margin measure without a gross margin", line: 7, "finance: {ebitda_before_variable_comp: 500000, ebitda_model: fixed}",
        field: "plans[0].measures[2].credits", message: "a margin measure is credited with gross margin on bookings, which needs finance.gross_margin")
        .with(line: 33, replacement: "        credits: margin", token: "margin").without(line: 34),
    // The plan's correlation matrix.
    realPlanBad("matrix entry outside [-1, 1]", line: 17, "    measure_correlations: [[1, -1.5], [-1.5, 1]]",
        token: "-1.5", field: "plans[0].measure_correlations[0][1]", message: "a correlation must be between -1 and 1 (got -1.5)"),
    realPlanBad("matrix with too many rows", line: 17, "    measure_correlations: [[1, 0.5], [0.5, 1], [0, 0]]",
        token: "[[", field: "plans[0].measure_correlations",
        message: #"has 3 rows; the matrix must be 2 × 2: a row and a column for the primary (bookings) attainment, "renewals", in plan order"#),
    realPlanBad("matrix with a short row", line: 17, "    measure_correlations: [[1, 0.5], [0.5]]",
        token: "[0.5]", field: "plans[0].measure_correlations[1]", message: "row 2 has 1 entry; the matrix must be 2 × 2"),
    realPlanBad("matrix that is not symmetric", line: 17, "    measure_correlations: [[1, 0.5], [0.4, 1]]",
        token: "0.4", field: "plans[0].measure_correlations[1][0]",
        message: "the matrix must be symmetric, but entry [1][0] is 0.4 and entry [0][1] is 0.5"),
    realPlanBad("matrix without a unit diagonal", line: 17, "    measure_correlations: [[1, 0.5], [0.5, 0.9]]",
        token: "0.9", field: "plans[0].measure_correlations[1][1]", message: "the diagonal must be 1"),
    realPlanBad("matrix that is not positive semi-definite", line: 17, "    measure_correlations: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]",
        token: "[[", field: "plans[0].measure_correlations",
        message: "is not positive semi-definite (its Cholesky factorisation fails at row 3, with a tolerance of 1e-9)")
        .with(line: 34, replacement: "        product: analytics\n        attainment: {sigma: 0.2}", token: nil),
    realPlanBad("matrix on a plan without own attainments", line: 29, "        # no attainment",
        field: "plans[0].measure_correlations", message: "no measure of the plan has its own `attainment`")
        .atLine(17, token: "[["),
    realPlanBad("measure correlation the matrix overrides", line: 29, "        attainment: {median: 0.95, sigma: 0.10, correlation: 0.6}",
        token: "0.6", field: "plans[0].measures[1].attainment.correlation",
        message: "ignored: the plan's measure_correlations gives this measure a correlation of 0.5", severity: .warning),
    // Clawback, draw.
    realPlanBad("clawback spread no Beta distribution has", line: 18, "    clawback: {churn_rate: {mean: 6%, spread: 30%}, window_months: 6}",
        token: "30%", field: "plans[0].clawback.churn_rate.spread",
        message: "no Beta distribution has mean 6.0% and spread 30.0%: for that mean the spread must be below √(mean × (1 − mean)) = 23.75%"),
    realPlanBad("clawback spread of 0", line: 18, "    clawback: {churn_rate: {mean: 6%, spread: 0}}",
        token: "0}", field: "plans[0].clawback.churn_rate.spread", message: "must be greater than 0"),
    realPlanBad("clawback mean of 0", line: 18, "    clawback: {churn_rate: {mean: 0%, spread: 1%}}",
        token: "0%", field: "plans[0].clawback.churn_rate.mean", message: "the mean churn rate must be strictly between 0 and 1"),
    realPlanBad("clawback without a churn rate", line: 18, "    clawback: {window_months: 6}",
        token: "{", field: "plans[0].clawback.churn_rate", message: #"missing required key "churn_rate""#),
    realPlanBad("unknown key in a clawback", line: 18, "    clawback: {churn_rate: {mean: 6%, spread: 3%}, window: 6}",
        token: "window", field: "plans[0].clawback.window", message: #"unknown key "window"; a clawback has churn_rate, window_months"#),
    realPlanBad("draw months above 24", line: 19, "    draw: {monthly: 8k, months: 25, recoverable: true}",
        token: "25", field: "plans[0].draw.months", message: "must be between 1 and 24 (got 25)"),
    realPlanBad("draw months of 0", line: 19, "    draw: {monthly: 8k, months: 0}",
        token: "0}", field: "plans[0].draw.months", message: "must be between 1 and 24 (got 0)"),
    realPlanBad("negative draw", line: 19, "    draw: {monthly: -8k, months: 3}",
        token: "-8k", field: "plans[0].draw.monthly", message: "must be 0 or more (got -8k)"),
    realPlanBad("unknown key in a draw", line: 19, "    draw: {monthly: 8k, months: 3, recoverible: true}",
        token: "recoverible", field: "plans[0].draw.recoverible", message: #"unknown key "recoverible" (did you mean "recoverable"?)"#),
    realPlanBad("ramp quota relief that is not true or false", line: 20, "    ramp_quota_relief: sometimes",
        token: "sometimes", field: "plans[0].ramp_quota_relief", message: #"expected true or false, got "sometimes""#),
    realPlanBad("a draw on a single-curve plan is checked too", line: 40, "    draw: {monthly: 2k, months: 30}",
        token: "30", field: "plans[1].draw.months", message: "must be between 1 and 24 (got 30)"),
    // Workforce.
    realPlanBad("ramp schedule not ending at 100 %", line: 44, "  ramp: [25%, 50%, 75%]",
        token: "[", field: "workforce.ramp", message: "a ramp schedule must end at 100 %"),
    realPlanBad("ramp month at 0 %", line: 44, "  ramp: [0%, 50%, 100%]",
        token: "0%", field: "workforce.ramp[0]", message: "each month's productivity must be above 0 and at most 1 (100 %)"),
    realPlanBad("ramp month above 100 %", line: 44, "  ramp: [50%, 120%, 100%]",
        token: "120%", field: "workforce.ramp[1]", message: "each month's productivity must be above 0 and at most 1 (100 %)"),
    realPlanBad("attrition above 100 %", line: 42, "  attrition: {account_executive: 150%, manager: 8%}",
        token: "150%", field: "workforce.attrition.account_executive", message: "must be between 0 and 1 (0 % and 100 %) (got 150%)"),
    realPlanBad("attrition of an unknown role", line: 42, "  attrition: {acount_executive: 15%}",
        token: "acount_executive", field: "workforce.attrition.acount_executive", message: #"(did you mean "account_executive"?)"#),
    realPlanBad("vacancy above 12 months", line: 43, "  vacancy_months: 13",
        token: "13", field: "workforce.vacancy_months", message: "must be between 0 and 12 (got 13)"),
    realPlanBad("unknown key in workforce", line: 43, "  vacancy_month: 2",
        token: "vacancy_month", field: "workforce.vacancy_month", message: #"unknown key "vacancy_month" (did you mean "vacancy_months"?)"#),
    realPlanBad("ramping hires without a fiscal year", line: 3, "# no fiscal year",
        field: "workforce.ramp", message: "ramping new hires from their hire_date needs the scenario's fiscal_year")
        .atLine(44, token: "["),
    // Renewals.
    realPlanBad("renewal rate mean of 100 %", line: 46, "  rate: {mean: 100%, spread: 4%}",
        token: "100%", field: "renewals.rate.mean", message: "the mean renewal rate must be strictly between 0 and 1"),
    realPlanBad("renewal spread too wide for its mean", line: 46, "  rate: {mean: 90%, spread: 40%}",
        token: "40%", field: "renewals.rate.spread", message: "for that mean the spread must be below √(mean × (1 − mean)) = 30.00%"),
    realPlanBad("unknown key in renewals", line: 47, "  counts_towards_goal: true",
        token: "counts_towards_goal", field: "renewals.counts_towards_goal", message: #"(did you mean "counts_toward_goal"?)"#),
    realPlanBad("renewals measure without a renewals block", line: 45, "# no renewals",
        field: "plans[0].measures[1].credits", message: "this measure is credited on renewals, but the scenario has no `renewals:` block",
        severity: .warning)
        .without(line: 46).without(line: 47).atLine(28, token: "renewals"),
    // SPIFs.
    realPlanBad("negative SPIF amount", line: 50, "  - {id: fast-start, amount: -5000, attainment_by_month: {reach: 50%, month: 6}}",
        token: "-5000", field: "spifs[1].amount", message: "must be 0 or more (got -5000)"),
    realPlanBad("negative deals per seller", line: 49, "  - {id: analytics-deals, amount: 2k, per_deal: {deals_per_seller: -1}}",
        token: "-1", field: "spifs[0].per_deal.deals_per_seller", message: "must be between 0 and 10000 (got -1)"),
    realPlanBad("SPIF month 13", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 13}}",
        token: "13", field: "spifs[1].attainment_by_month.month", message: "must be between 1 and 12 (got 13)"),
    realPlanBad("SPIF reach of 0", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 0, month: 6}}",
        token: "0, month", field: "spifs[1].attainment_by_month.reach", message: "must be greater than 0 (got 0)"),
    realPlanBad("SPIF with two triggers", line: 50, "  - {id: fast-start, amount: 5000, per_deal: {deals_per_seller: 1}, attainment_by_month: {reach: 50%, month: 6}}",
        token: "{reach", field: "spifs[1].attainment_by_month", message: "give one trigger, either `per_deal` or `attainment_by_month`, not both"),
    realPlanBad("SPIF without a trigger", line: 50, "  - {id: fast-start, amount: 5000}",
        token: "{", field: "spifs[1].per_deal", message: "missing the SPIF's trigger"),
    realPlanBad("duplicate SPIF id", line: 50, "  - {id: analytics-deals, amount: 5000, attainment_by_month: {reach: 50%, month: 6}}",
        token: "analytics-deals", field: "spifs[1].id", message: #"duplicate SPIF id "analytics-deals" (first defined at"#),
    realPlanBad("SPIF for an unknown role", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 6}, roles: [acount_executive]}",
        token: "acount_executive", field: "spifs[1].roles[0]", message: #"(did you mean "account_executive"?)"#),
    realPlanBad("SPIF on an unknown product", line: 49, "  - {id: analytics-deals, amount: 2k, per_deal: {deals_per_seller: 2.5, product: analytic}}",
        token: "analytic}", field: "spifs[0].per_deal.product", message: #"no product is named "analytic" (did you mean "analytics"?)"#),
    realPlanBad("unknown key in a SPIF", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 6}, budjet: 10k}",
        token: "budjet", field: "spifs[1].budjet", message: #"unknown key "budjet" (did you mean "budget"?)"#),
    realPlanBad("unknown key in a SPIF trigger", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, by_month: 6}}",
        token: "by_month: 6", field: "spifs[1].attainment_by_month.by_month", message: #"unknown key "by_month"; an attainment-by-month trigger has reach, month"#),
    // Sellers' new columns and roles.
    realPlanBadCSV("credit share above 100 %", line: 7, "se1,overlay,1000000,sales_engineer,,,mgr,,150%,,,",
           field: "sellers[5].credit_share", column: "credit_share", message: "must be at most 1 (100 %) (got 150%)"),
    realPlanBadCSV("credit share written as a whole percentage", line: 7, "se1,overlay,1000000,sales_engineer,,,mgr,,25,,,",
           field: "sellers[5].credit_share", column: "credit_share", message: "for 25 % write 25% or 0.25"),
    realPlanBadCSV("credit share of 0", line: 7, "se1,overlay,1000000,sales_engineer,,,mgr,,0,,,",
           field: "sellers[5].credit_share", column: "credit_share", message: "must be greater than 0 (got 0)"),
    realPlanBadCSV("credit share on a direct seller is ignored", line: 4, "ae2,ae,1000000,account_executive,east,,mgr,,50%,,,250000",
           field: "sellers[2].credit_share", column: "credit_share", message: "ignored: an account executive is credited with all of their own bookings",
           severity: .warning),
    realPlanBadCSV("covering an unknown territory", line: 5, "ov1,overlay,1000000,overlay_specialist,,west,,,0.5,west;eats,core;analytics,",
           field: "sellers[3].covers_territories[1]", column: "covers_territories",
           message: #"no territory has the id "eats" (did you mean "east"?)"#),
    realPlanBadCSV("covering an unknown product", line: 5, "ov1,overlay,1000000,overlay_specialist,,west,,,0.5,west;east,core;analitycs,",
           field: "sellers[3].covers_products[1]", column: "covers_products",
           message: #"no product is named "analitycs" (did you mean "analytics"?)"#),
    realPlanBadCSV("covering territories as a manager", line: 2, "mgr,overlay,2000000,manager,,west,,,50%,west,analytics,",
           field: "sellers[0].covers_territories", column: "covers_territories",
           message: "only overlay specialists are credited by the territories they cover; a manager is credited with their team's bookings"),
    realPlanBadCSV("covering products as a direct seller", line: 4, "ae2,ae,1000000,account_executive,east,,mgr,,,,core,250000",
           field: "sellers[2].covers_products", column: "covers_products", message: "an account executive books every product they sell"),
    realPlanBadCSV("sales engineer without a manager", line: 7, "se1,overlay,1000000,sales_engineer,,,,,25%,,,",
           field: "sellers[5].manager", column: "manager", message: "a sales engineer needs a manager"),
    realPlanBadCSV("BDR without a manager", line: 8, "bdr1,overlay,1000000,business_development,,,,,,,,",
           field: "sellers[6].manager", column: "manager", message: "a business development representative needs a manager"),
    realPlanBadCSV("overlay without a region or covered territories", line: 6, "ov2,overlay,1000000,overlay_specialist,,,,,,,,",
           field: "sellers[4].region", column: nil, message: "an overlay specialist needs a region (or covers_territories)"),
    realPlanBadCSV("negative renewal base", line: 4, "ae2,ae,1000000,account_executive,east,,mgr,,,,,-250000",
           field: "sellers[2].renewal_base", column: "renewal_base", message: "must be 0 or more (got -250000)"),
]

extension BadInput {
    /// The same input, expected at another line of scenario.yaml.
    func atLine(_ line: Int, token: String?) -> BadInput {
        var copy = self
        copy.line = line
        copy.column = token.map { BadInput.column(of: $0, inLine: line, of: files["scenario.yaml"]!) }
        return copy
    }

    /// The same input with one more line of scenario.yaml replaced (by text that may span lines:
    /// replace only at or after the expected line), expected at `token` on that line if given.
    func with(line: Int, replacement: String, token: String?) -> BadInput {
        var copy = self
        var lines = files["scenario.yaml"]!.components(separatedBy: "\n")
        lines[line - 1] = replacement
        copy.files["scenario.yaml"] = lines.joined(separator: "\n")
        if let token { copy = copy.atLine(line, token: token) }
        return copy
    }

    /// The same input with one line of scenario.yaml turned into a comment.
    func without(line: Int) -> BadInput {
        with(line: line, replacement: "#", token: nil)
    }
}
