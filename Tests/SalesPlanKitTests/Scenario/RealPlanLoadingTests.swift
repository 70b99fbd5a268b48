import Foundation
import Testing
@testable import SalesPlanKit

/// A valid scenario using every real-plan key (issue 10), line by line, so tests can point at
/// exact lines, with a sellers CSV using every new column.
enum RealPlanScenario {
    static let lines = [
        "salesplan: 1",                                                                          // 1
        "name: Real plans",                                                                      // 2
        "fiscal_year: 2027",                                                                     // 3
        "goal:",                                                                                 // 4
        "  bookings: 2000000",                                                                   // 5
        "  by_product: {core: 1400000, analytics: 600000}",                                      // 6
        "finance: {gross_margin: 70%, ebitda_before_variable_comp: 500000}",                     // 7
        "simulation:",                                                                           // 8
        "  trials: 1000",                                                                        // 9
        "  year_types:",                                                                         // 10
        "    - {name: average, probability: 1, median_attainment: 0.8, sigma: 0.3}",            // 11
        "product_mix:",                                                                          // 12
        "  default: {core: 70%, analytics: 30%}",                                                // 13
        "plans:",                                                                                // 14
        "  - id: ae",                                                                            // 15
        "    target_incentive: 100000",                                                          // 16
        "    measure_correlations: [[1, 0.5], [0.5, 1]]",                                        // 17
        "    clawback: {churn_rate: {mean: 6%, spread: 3%}, window_months: 6}",                  // 18
        "    draw: {monthly: 8k, months: 3, recoverable: true}",                                 // 19
        "    ramp_quota_relief: true",                                                           // 20
        "    measures:",                                                                         // 21
        "      - name: bookings",                                                                // 22
        "        weight: 0.6",                                                                   // 23
        "        pay_curve: {threshold: 0.5}",                                                   // 24
        "        gate: {measure: renewals, at_least: 90%, otherwise: no_accelerator}",           // 25
        "      - name: renewals",                                                                // 26
        "        weight: 0.3",                                                                   // 27
        "        credits: renewals",                                                             // 28
        "        attainment: {median: 0.95, sigma: 0.10, correlation: 0.5}",                     // 29
        "        pay_curve: {threshold: 0.5}",                                                   // 30
        "      - name: analytics",                                                               // 31
        "        weight: 0.1",                                                                   // 32
        "        credits: product",                                                              // 33
        "        product: analytics",                                                            // 34
        "        pay_curve: {threshold: 0}",                                                     // 35
        "  - id: overlay",                                                                       // 36
        "    target_incentive: 50000",                                                           // 37
        "    pay_curve: {threshold: 0.5}",                                                       // 38
        "    clawback: {churn_rate: {mean: 10%, spread: 5%}}",                                   // 39
        "    draw: {monthly: 2k, months: 2}",                                                    // 40
        "workforce:",                                                                            // 41
        "  attrition: {account_executive: 15%, manager: 8%}",                                    // 42
        "  vacancy_months: 2",                                                                   // 43
        "  ramp: [25%, 50%, 75%, 100%]",                                                         // 44
        "renewals:",                                                                             // 45
        "  rate: {mean: 90%, spread: 4%}",                                                       // 46
        "  counts_toward_goal: true",                                                            // 47
        "spifs:",                                                                                // 48
        "  - {id: analytics-deals, name: Analytics push, amount: 2k, per_deal: {deals_per_seller: 2.5, product: analytics}, budget: 100k}", // 49
        "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 6}, roles: [account_executive, inside_sales]}", // 50
        "territories:",                                                                          // 51
        "  - {id: west, region: west}",                                                          // 52
        "  - {id: east, region: east}",                                                          // 53
        "sellers: sellers.csv",                                                                  // 54
    ]

    static let csvLines = [
        "id,plan,quota,role,territory,region,manager,hire_date,credit_share,covers_territories,covers_products,renewal_base", // 1
        "mgr,overlay,2000000,manager,,west,,,50%,,analytics,",                                  // 2
        "ae1,ae,1000000,account_executive,west,,mgr,2027-03-15,,,,400k",                         // 3
        "ae2,ae,1000000,account_executive,east,,mgr,,,,,250000",                                 // 4
        "ov1,overlay,1000000,overlay_specialist,,west,,,0.5,west;east,core;analytics,",          // 5
        "ov2,overlay,1000000,overlay_specialist,,,,,,east,,",                                    // 6
        "se1,overlay,1000000,sales_engineer,,,mgr,,25%,,,",                                      // 7
        "bdr1,overlay,1000000,business_development,,,mgr,,,,,",                                  // 8
    ]

    static var text: String { lines.joined(separator: "\n") + "\n" }
    static var csv: String { csvLines.joined(separator: "\n") + "\n" }

    static func replacing(line number: Int, with replacement: String) -> String {
        var copy = lines
        copy[number - 1] = replacement
        return copy.joined(separator: "\n") + "\n"
    }

    static func replacingCSV(line number: Int, with replacement: String) -> String {
        var copy = csvLines
        copy[number - 1] = replacement
        return copy.joined(separator: "\n") + "\n"
    }

    static var files: [String: String] { ["scenario.yaml": text, "sellers.csv": csv] }
}

private typealias Real = RealPlanScenario

/// A bad scenario line, located at `token` on that line of `scenario.yaml`.
private func bad(_ name: String, line: Int, _ replacement: String, token: String? = nil, column: Int? = nil,
                 field: String, message: String, severity: Diagnostic.Severity = .error) -> BadInput {
    let text = Real.replacing(line: line, with: replacement)
    return BadInput(name: name, files: ["scenario.yaml": text, "sellers.csv": Real.csv], line: line,
                    column: column ?? token.map { BadInput.column(of: $0, inLine: line, of: text) },
                    field: field, message: message, severity: severity)
}

/// A bad sellers.csv line.
private func badCSV(_ name: String, line: Int, _ replacement: String, field: String, column: String?,
                    message: String, severity: Diagnostic.Severity = .error) -> BadInput {
    BadInput(name: name, files: ["scenario.yaml": Real.text, "sellers.csv": Real.replacingCSV(line: line, with: replacement)],
             file: "sellers.csv", line: line, field: field, csvColumn: column, message: message, severity: severity)
}

let realPlanBadInputs: [BadInput] = [
    // Measures: credit, own attainment, gates.
    bad("measure correlation above 1", line: 29, "        attainment: {median: 0.95, sigma: 0.10, correlation: 1.2}",
        token: "1.2", field: "plans[0].measures[1].attainment.correlation", message: "a correlation must be between -1 and 1 (got 1.2)"),
    bad("measure σ of 0", line: 29, "        attainment: {median: 0.95, sigma: 0, correlation: 0.5}",
        token: "0,", field: "plans[0].measures[1].attainment.sigma", message: "must be greater than 0 (got 0)"),
    bad("measure σ above 3", line: 29, "        attainment: {median: 0.95, sigma: 3.5, correlation: 0.5}",
        token: "3.5", field: "plans[0].measures[1].attainment.sigma", message: "must be at most 3"),
    bad("measure attainment without σ", line: 29, "        attainment: {median: 0.95, correlation: 0.5}",
        token: "{", field: "plans[0].measures[1].attainment.sigma", message: #"missing required key "sigma""#),
    bad("measure median of 0", line: 29, "        attainment: {median: 0, sigma: 0.1, correlation: 0.5}",
        token: "0,", field: "plans[0].measures[1].attainment.median", message: "must be greater than 0 (got 0)"),
    bad("unknown key in a measure's attainment", line: 29, "        attainment: {median: 0.95, sigma: 0.1, corelation: 0.5}",
        token: "corelation", field: "plans[0].measures[1].attainment.corelation",
        message: #"unknown key "corelation" (did you mean "correlation"?)"#),
    bad("gate naming a measure the plan does not have", line: 25, "        gate: {measure: renewal, at_least: 90%}",
        token: "renewal", field: "plans[0].measures[0].gate.measure",
        message: #"the plan has no measure named "renewal" (did you mean "renewals"?)"#),
    bad("gate naming its own measure", line: 25, "        gate: {measure: bookings, at_least: 90%}",
        token: "bookings", field: "plans[0].measures[0].gate.measure", message: "a measure cannot be gated by itself"),
    bad("gate without a threshold", line: 25, "        gate: {measure: renewals}",
        token: "{", field: "plans[0].measures[0].gate.at_least", message: #"missing required key "at_least""#),
    bad("unknown gate fallback", line: 25, "        gate: {measure: renewals, at_least: 90%, otherwise: no_accelerators}",
        token: "no_accelerators", field: "plans[0].measures[0].gate.otherwise", message: #"(did you mean "no_accelerator"?)"#),
    bad("unknown key in a gate", line: 25, "        gate: {measure: renewals, at_leest: 90%}",
        token: "at_leest", field: "plans[0].measures[0].gate.at_leest", message: #"unknown key "at_leest" (did you mean "at_least"?)"#),
    bad("unknown credit", line: 28, "        credits: renewal",
        token: "renewal", field: "plans[0].measures[1].credits", message: #"(did you mean "renewals"?)"#),
    bad("product credit without a product", line: 34, "        # no product",
        field: "plans[0].measures[2].product", message: "`credits: product` needs `product: NAME`")
        .atLine(33, token: "product"),
    bad("product not in the product mix", line: 34, "        product: analytix",
        token: "analytix", field: "plans[0].measures[2].product", message: #"no product is named "analytix" (did you mean "analytics"?)"#),
    bad("product on a bookings measure", line: 33, "        credits: bookings",
        field: "plans[0].measures[2].product", message: "`product` only applies with `credits: product`")
        .atLine(34, token: "analytics"),
    bad("margin measure without a gross margin", line: 7, "finance: {ebitda_before_variable_comp: 500000, ebitda_model: fixed}",
        field: "plans[0].measures[2].credits", message: "a margin measure is credited with gross margin on bookings, which needs finance.gross_margin")
        .with(line: 33, replacement: "        credits: margin", token: "margin").without(line: 34),
    // The plan's correlation matrix.
    bad("matrix entry outside [-1, 1]", line: 17, "    measure_correlations: [[1, -1.5], [-1.5, 1]]",
        token: "-1.5", field: "plans[0].measure_correlations[0][1]", message: "a correlation must be between -1 and 1 (got -1.5)"),
    bad("matrix with too many rows", line: 17, "    measure_correlations: [[1, 0.5], [0.5, 1], [0, 0]]",
        token: "[[", field: "plans[0].measure_correlations",
        message: #"has 3 rows; the matrix must be 2 × 2: a row and a column for the primary (bookings) attainment, "renewals", in plan order"#),
    bad("matrix with a short row", line: 17, "    measure_correlations: [[1, 0.5], [0.5]]",
        token: "[0.5]", field: "plans[0].measure_correlations[1]", message: "row 2 has 1 entry; the matrix must be 2 × 2"),
    bad("matrix that is not symmetric", line: 17, "    measure_correlations: [[1, 0.5], [0.4, 1]]",
        token: "0.4", field: "plans[0].measure_correlations[1][0]",
        message: "the matrix must be symmetric, but entry [1][0] is 0.4 and entry [0][1] is 0.5"),
    bad("matrix without a unit diagonal", line: 17, "    measure_correlations: [[1, 0.5], [0.5, 0.9]]",
        token: "0.9", field: "plans[0].measure_correlations[1][1]", message: "the diagonal must be 1"),
    bad("matrix that is not positive semi-definite", line: 17, "    measure_correlations: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]",
        token: "[[", field: "plans[0].measure_correlations",
        message: "is not positive semi-definite (its Cholesky factorisation fails at row 3, with a tolerance of 1e-9)")
        .with(line: 34, replacement: "        product: analytics\n        attainment: {sigma: 0.2}", token: nil),
    bad("matrix on a plan without own attainments", line: 29, "        # no attainment",
        field: "plans[0].measure_correlations", message: "no measure of the plan has its own `attainment`")
        .atLine(17, token: "[["),
    bad("measure correlation the matrix overrides", line: 29, "        attainment: {median: 0.95, sigma: 0.10, correlation: 0.6}",
        token: "0.6", field: "plans[0].measures[1].attainment.correlation",
        message: "ignored: the plan's measure_correlations gives this measure a correlation of 0.5", severity: .warning),
    // Clawback, draw.
    bad("clawback spread no Beta distribution has", line: 18, "    clawback: {churn_rate: {mean: 6%, spread: 30%}, window_months: 6}",
        token: "30%", field: "plans[0].clawback.churn_rate.spread",
        message: "no Beta distribution has mean 6.0% and spread 30.0%: for that mean the spread must be below √(mean × (1 − mean)) = 23.75%"),
    bad("clawback spread of 0", line: 18, "    clawback: {churn_rate: {mean: 6%, spread: 0}}",
        token: "0}", field: "plans[0].clawback.churn_rate.spread", message: "must be greater than 0"),
    bad("clawback mean of 0", line: 18, "    clawback: {churn_rate: {mean: 0%, spread: 1%}}",
        token: "0%", field: "plans[0].clawback.churn_rate.mean", message: "the mean churn rate must be strictly between 0 and 1"),
    bad("clawback without a churn rate", line: 18, "    clawback: {window_months: 6}",
        token: "{", field: "plans[0].clawback.churn_rate", message: #"missing required key "churn_rate""#),
    bad("unknown key in a clawback", line: 18, "    clawback: {churn_rate: {mean: 6%, spread: 3%}, window: 6}",
        token: "window", field: "plans[0].clawback.window", message: #"unknown key "window"; a clawback has churn_rate, window_months"#),
    bad("draw months above 24", line: 19, "    draw: {monthly: 8k, months: 25, recoverable: true}",
        token: "25", field: "plans[0].draw.months", message: "must be between 1 and 24 (got 25)"),
    bad("draw months of 0", line: 19, "    draw: {monthly: 8k, months: 0}",
        token: "0}", field: "plans[0].draw.months", message: "must be between 1 and 24 (got 0)"),
    bad("negative draw", line: 19, "    draw: {monthly: -8k, months: 3}",
        token: "-8k", field: "plans[0].draw.monthly", message: "must be 0 or more (got -8k)"),
    bad("unknown key in a draw", line: 19, "    draw: {monthly: 8k, months: 3, recoverible: true}",
        token: "recoverible", field: "plans[0].draw.recoverible", message: #"unknown key "recoverible" (did you mean "recoverable"?)"#),
    bad("ramp quota relief that is not true or false", line: 20, "    ramp_quota_relief: sometimes",
        token: "sometimes", field: "plans[0].ramp_quota_relief", message: #"expected true or false, got "sometimes""#),
    bad("a draw on a single-curve plan is checked too", line: 40, "    draw: {monthly: 2k, months: 30}",
        token: "30", field: "plans[1].draw.months", message: "must be between 1 and 24 (got 30)"),
    // Workforce.
    bad("ramp schedule not ending at 100 %", line: 44, "  ramp: [25%, 50%, 75%]",
        token: "[", field: "workforce.ramp", message: "a ramp schedule must end at 100 %"),
    bad("ramp month at 0 %", line: 44, "  ramp: [0%, 50%, 100%]",
        token: "0%", field: "workforce.ramp[0]", message: "each month's productivity must be above 0 and at most 1 (100 %)"),
    bad("ramp month above 100 %", line: 44, "  ramp: [50%, 120%, 100%]",
        token: "120%", field: "workforce.ramp[1]", message: "each month's productivity must be above 0 and at most 1 (100 %)"),
    bad("attrition above 100 %", line: 42, "  attrition: {account_executive: 150%, manager: 8%}",
        token: "150%", field: "workforce.attrition.account_executive", message: "must be between 0 and 1 (0 % and 100 %) (got 150%)"),
    bad("attrition of an unknown role", line: 42, "  attrition: {acount_executive: 15%}",
        token: "acount_executive", field: "workforce.attrition.acount_executive", message: #"(did you mean "account_executive"?)"#),
    bad("vacancy above 12 months", line: 43, "  vacancy_months: 13",
        token: "13", field: "workforce.vacancy_months", message: "must be between 0 and 12 (got 13)"),
    bad("unknown key in workforce", line: 43, "  vacancy_month: 2",
        token: "vacancy_month", field: "workforce.vacancy_month", message: #"unknown key "vacancy_month" (did you mean "vacancy_months"?)"#),
    bad("ramping hires without a fiscal year", line: 3, "# no fiscal year",
        field: "workforce.ramp", message: "ramping new hires from their hire_date needs the scenario's fiscal_year")
        .atLine(44, token: "["),
    // Renewals.
    bad("renewal rate mean of 100 %", line: 46, "  rate: {mean: 100%, spread: 4%}",
        token: "100%", field: "renewals.rate.mean", message: "the mean renewal rate must be strictly between 0 and 1"),
    bad("renewal spread too wide for its mean", line: 46, "  rate: {mean: 90%, spread: 40%}",
        token: "40%", field: "renewals.rate.spread", message: "for that mean the spread must be below √(mean × (1 − mean)) = 30.00%"),
    bad("unknown key in renewals", line: 47, "  counts_towards_goal: true",
        token: "counts_towards_goal", field: "renewals.counts_towards_goal", message: #"(did you mean "counts_toward_goal"?)"#),
    bad("renewals measure without a renewals block", line: 45, "# no renewals",
        field: "plans[0].measures[1].credits", message: "this measure is credited on renewals, but the scenario has no `renewals:` block",
        severity: .warning)
        .without(line: 46).without(line: 47).atLine(28, token: "renewals"),
    // SPIFs.
    bad("negative SPIF amount", line: 50, "  - {id: fast-start, amount: -5000, attainment_by_month: {reach: 50%, month: 6}}",
        token: "-5000", field: "spifs[1].amount", message: "must be 0 or more (got -5000)"),
    bad("negative deals per seller", line: 49, "  - {id: analytics-deals, amount: 2k, per_deal: {deals_per_seller: -1}}",
        token: "-1", field: "spifs[0].per_deal.deals_per_seller", message: "must be between 0 and 10000 (got -1)"),
    bad("SPIF month 13", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 13}}",
        token: "13", field: "spifs[1].attainment_by_month.month", message: "must be between 1 and 12 (got 13)"),
    bad("SPIF reach of 0", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 0, month: 6}}",
        token: "0, month", field: "spifs[1].attainment_by_month.reach", message: "must be greater than 0 (got 0)"),
    bad("SPIF with two triggers", line: 50, "  - {id: fast-start, amount: 5000, per_deal: {deals_per_seller: 1}, attainment_by_month: {reach: 50%, month: 6}}",
        token: "{reach", field: "spifs[1].attainment_by_month", message: "give one trigger, either `per_deal` or `attainment_by_month`, not both"),
    bad("SPIF without a trigger", line: 50, "  - {id: fast-start, amount: 5000}",
        token: "{", field: "spifs[1].per_deal", message: "missing the SPIF's trigger"),
    bad("duplicate SPIF id", line: 50, "  - {id: analytics-deals, amount: 5000, attainment_by_month: {reach: 50%, month: 6}}",
        token: "analytics-deals", field: "spifs[1].id", message: #"duplicate SPIF id "analytics-deals" (first defined at"#),
    bad("SPIF for an unknown role", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 6}, roles: [acount_executive]}",
        token: "acount_executive", field: "spifs[1].roles[0]", message: #"(did you mean "account_executive"?)"#),
    bad("SPIF on an unknown product", line: 49, "  - {id: analytics-deals, amount: 2k, per_deal: {deals_per_seller: 2.5, product: analytic}}",
        token: "analytic}", field: "spifs[0].per_deal.product", message: #"no product is named "analytic" (did you mean "analytics"?)"#),
    bad("unknown key in a SPIF", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, month: 6}, budjet: 10k}",
        token: "budjet", field: "spifs[1].budjet", message: #"unknown key "budjet" (did you mean "budget"?)"#),
    bad("unknown key in a SPIF trigger", line: 50, "  - {id: fast-start, amount: 5000, attainment_by_month: {reach: 50%, by_month: 6}}",
        token: "by_month: 6", field: "spifs[1].attainment_by_month.by_month", message: #"unknown key "by_month"; an attainment-by-month trigger has reach, month"#),
    // Sellers' new columns and roles.
    badCSV("credit share above 100 %", line: 7, "se1,overlay,1000000,sales_engineer,,,mgr,,150%,,,",
           field: "sellers[5].credit_share", column: "credit_share", message: "must be at most 1 (100 %) (got 150%)"),
    badCSV("credit share written as a whole percentage", line: 7, "se1,overlay,1000000,sales_engineer,,,mgr,,25,,,",
           field: "sellers[5].credit_share", column: "credit_share", message: "for 25 % write 25% or 0.25"),
    badCSV("credit share of 0", line: 7, "se1,overlay,1000000,sales_engineer,,,mgr,,0,,,",
           field: "sellers[5].credit_share", column: "credit_share", message: "must be greater than 0 (got 0)"),
    badCSV("credit share on a direct seller is ignored", line: 4, "ae2,ae,1000000,account_executive,east,,mgr,,50%,,,250000",
           field: "sellers[2].credit_share", column: "credit_share", message: "ignored: an account executive is credited with all of their own bookings",
           severity: .warning),
    badCSV("covering an unknown territory", line: 5, "ov1,overlay,1000000,overlay_specialist,,west,,,0.5,west;eats,core;analytics,",
           field: "sellers[3].covers_territories[1]", column: "covers_territories",
           message: #"no territory has the id "eats" (did you mean "east"?)"#),
    badCSV("covering an unknown product", line: 5, "ov1,overlay,1000000,overlay_specialist,,west,,,0.5,west;east,core;analitycs,",
           field: "sellers[3].covers_products[1]", column: "covers_products",
           message: #"no product is named "analitycs" (did you mean "analytics"?)"#),
    badCSV("covering territories as a manager", line: 2, "mgr,overlay,2000000,manager,,west,,,50%,west,analytics,",
           field: "sellers[0].covers_territories", column: "covers_territories",
           message: "only overlay specialists are credited by the territories they cover; a manager is credited with their team's bookings"),
    badCSV("covering products as a direct seller", line: 4, "ae2,ae,1000000,account_executive,east,,mgr,,,,core,250000",
           field: "sellers[2].covers_products", column: "covers_products", message: "an account executive books every product they sell"),
    badCSV("sales engineer without a manager", line: 7, "se1,overlay,1000000,sales_engineer,,,,,25%,,,",
           field: "sellers[5].manager", column: "manager", message: "a sales engineer needs a manager"),
    badCSV("BDR without a manager", line: 8, "bdr1,overlay,1000000,business_development,,,,,,,,",
           field: "sellers[6].manager", column: "manager", message: "a business development representative needs a manager"),
    badCSV("overlay without a region or covered territories", line: 6, "ov2,overlay,1000000,overlay_specialist,,,,,,,,",
           field: "sellers[4].region", column: nil, message: "an overlay specialist needs a region (or covers_territories)"),
    badCSV("negative renewal base", line: 4, "ae2,ae,1000000,account_executive,east,,mgr,,,,,-250000",
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

@Suite("Real plans: loading (issue 10)")
struct RealPlanLoadingTests {
    @Test func everyKeyRoundTripsIntoTheModel() throws {
        let folder = try ScenarioFolder(files: Real.files)
        let loaded = try folder.load()
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
        let scenario = loaded.scenario

        let ae = try #require(scenario.plans.first { $0.id == "ae" })
        #expect(ae.measureCorrelations == [[1, 0.5], [0.5, 1]])
        #expect(ae.clawback == Clawback(churnRate: BetaRate(mean: 0.06, spread: 0.03), windowMonths: 6))
        #expect(ae.newHireDraw == NewHireDraw(monthlyAmount: 8_000, months: 3, recoverable: true))
        #expect(ae.rampQuotaRelief)
        #expect(ae.measures.map(\.credits) == [.bookings, .renewals, .product("analytics")])
        #expect(ae.measures[0].gate == MeasureGate(measure: "renewals", atLeast: 0.9, otherwise: .noAccelerator))
        #expect(ae.measures[0].attainment == nil)
        #expect(ae.measures[1].attainment == MeasureAttainment(median: 0.95, sigma: 0.1, correlation: 0.5))
        #expect(ae.measures[1].gate == nil && ae.measures[2].attainment == nil)

        let overlay = try #require(scenario.plans.first { $0.id == "overlay" })
        #expect(overlay.measures.count == 1, "a single pay_curve plan")
        #expect(overlay.clawback == Clawback(churnRate: BetaRate(mean: 0.1, spread: 0.05), windowMonths: 12), "window defaults to 12")
        #expect(overlay.newHireDraw == NewHireDraw(monthlyAmount: 2_000, months: 2, recoverable: false), "recoverable defaults to false")
        #expect(!overlay.rampQuotaRelief && overlay.measureCorrelations == nil)

        #expect(scenario.workforce == WorkforcePlan(attritionRate: [.accountExecutive: 0.15, .manager: 0.08], vacancyMonths: 2,
                                                    rampProductivity: [0.25, 0.5, 0.75, 1]))
        #expect(scenario.renewals == RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.04), countsTowardGoal: true))
        #expect(scenario.spifs == [
            SPIF(id: "analytics-deals", name: "Analytics push", amount: 2_000,
                 trigger: .perDeal(dealsPerSeller: 2.5, product: "analytics"), budget: 100_000),
            SPIF(id: "fast-start", name: "fast-start", amount: 5_000, trigger: .attainmentByMonth(reach: 0.5, byMonth: 6),
                 roles: [.accountExecutive, .insideSales]),
        ])

        let sellers = Dictionary(uniqueKeysWithValues: scenario.sellers.map { ($0.id, $0) })
        #expect(sellers["mgr"]?.creditShare == 0.5 && sellers["mgr"]?.coversProducts == ["analytics"])
        #expect(sellers["ae1"]?.renewalBase == 400_000 && sellers["ae1"]?.creditShare == 1, "credit_share defaults to 100 %")
        #expect(sellers["ae2"]?.renewalBase == 250_000)
        #expect(sellers["ov1"]?.coversTerritories == ["west", "east"] && sellers["ov1"]?.coversProducts == ["core", "analytics"])
        #expect(sellers["ov1"]?.creditShare == 0.5 && sellers["ov1"]?.region == "west", "an overlay may cover territories and have a region")
        #expect(sellers["ov2"]?.coversTerritories == ["east"] && sellers["ov2"]?.region == nil, "covered territories need no region")
        #expect(sellers["se1"]?.role == .salesEngineer && sellers["se1"]?.creditShare == 0.25)
        #expect(sellers["bdr1"]?.role == .businessDevelopment)
        #expect(sellers["ov2"]?.renewalBase == 0 && sellers["ov2"]?.coversProducts == [], "defaults")
    }

    @Test func inlineSellersTakeTheNewKeysAsYAMLLists() throws {
        let text = Real.replacing(line: 54, with: """
            sellers:
              - {id: ae1, plan: ae, quota: 1000000, territory: west, renewal_base: 1.2M}
              - {id: ov1, plan: overlay, quota: 1000000, role: overlay_specialist, covers_territories: [west], covers_products: [core, analytics], credit_share: 0.4}
            """)
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let scenario = try folder.load().scenario
        #expect(scenario.sellers[0].renewalBase == 1_200_000)
        #expect(scenario.sellers[1].coversTerritories == ["west"] && scenario.sellers[1].coversProducts == ["core", "analytics"])
        #expect(scenario.sellers[1].creditShare == 0.4)
    }

    @Test func aPositiveSemiDefiniteButSingularMatrixIsAccepted() throws {
        // Two measures perfectly correlated with the primary: singular, yet a valid correlation matrix.
        let text = Real.replacing(line: 17, with: "    measure_correlations: [[1, 1, 1], [1, 1, 1], [1, 1, 1]]")
            .replacingOccurrences(of: "        product: analytics\n", with: "        product: analytics\n        attainment: {sigma: 0.2}\n")
            .replacingOccurrences(of: "correlation: 0.5}", with: "correlation: 1}")
        let folder = try ScenarioFolder(files: ["scenario.yaml": text, "sellers.csv": Real.csv])
        let loaded = try folder.load()
        #expect(loaded.scenario.plans[0].measureCorrelations?.count == 3)
    }

    @Test func choleskyFactorsAndLocatesTheFailure() throws {
        let lower = try CorrelationMatrix.cholesky([[1, 0.5], [0.5, 1]]).get()
        #expect(abs(lower[1][0] - 0.5) < 1e-12 && abs(lower[1][1] - 0.75.squareRoot()) < 1e-12 && lower[0][1] == 0)
        #expect(throws: CorrelationMatrix.NotPositiveSemiDefinite(row: 2)) {
            try CorrelationMatrix.cholesky([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]).get()
        }
        #expect(throws: CorrelationMatrix.NotPositiveSemiDefinite(row: 2)) {
            try CorrelationMatrix.cholesky([[1, 1, 0], [1, 1, 0.5], [0, 0.5, 1]]).get()
        }
    }

    @Test(arguments: realPlanBadInputs)
    func reportsWhereTheProblemIs(_ input: BadInput) throws {
        try ScenarioErrorTests().reportsWhereTheProblemIs(input)
    }

    @Test func aVariantChangesOneNewKeyAndMergesTheRest() throws {
        let folder = try ScenarioFolder(files: [
            "base/scenario.yaml": Real.text,
            "base/sellers.csv": Real.csv,
            "variant.yaml": """
                extends: base/scenario.yaml
                workforce: {vacancy_months: 4}
                renewals: {rate: {spread: 2%}}
                spifs:
                  - {id: fast-start, amount: 7500, attainment_by_month: {reach: 60%, month: 9}}
                  - {id: q4-push, amount: 1k, per_deal: {deals_per_seller: 1}}
                  - {id: analytics-deals, remove: true}
                plans:
                  - id: overlay
                    target_incentive: 50000
                    pay_curve: {threshold: 0.5}
                    clawback: {churn_rate: {mean: 8%, spread: 2%}, window_months: 3}
                sellers:
                  - {id: se1, plan: overlay, quota: 1000000, role: sales_engineer, manager: mgr, credit_share: 30%}
                """,
        ])
        let loaded = try folder.load("variant.yaml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
        let scenario = loaded.scenario
        #expect(scenario.workforce.vacancyMonths == 4, "the variant's key")
        #expect(scenario.workforce.attritionRate == [.accountExecutive: 0.15, .manager: 0.08], "the base's other keys kept")
        #expect(scenario.workforce.rampProductivity == [0.25, 0.5, 0.75, 1])
        #expect(scenario.renewals == RenewalPlan(rate: BetaRate(mean: 0.9, spread: 0.02), countsTowardGoal: true), "merged key by key")
        #expect(scenario.spifs.map(\.id) == ["fast-start", "q4-push"], "SPIFs merge by id")
        #expect(scenario.spifs[0].amount == 7_500 && scenario.spifs[0].trigger == .attainmentByMonth(reach: 0.6, byMonth: 9))
        #expect(scenario.plans[1].clawback == Clawback(churnRate: BetaRate(mean: 0.08, spread: 0.02), windowMonths: 3))
        #expect(scenario.plans[1].newHireDraw == nil, "a plan entry replaces the base's whole")
        #expect(scenario.plans[0].clawback?.windowMonths == 6, "the other plan is the base's")
        #expect(scenario.sellers.first { $0.id == "se1" }?.creditShare == 0.3, "a variant's seller merges into the base's CSV")
    }

    @Test func theQuotaCommandsSellersTableKeepsTheNewColumns() throws {
        let original = try ScenarioFolder(files: Real.files).load().scenario
        let written = String(decoding: QuotaReport.sellersTable(original), as: UTF8.self)
        let reloaded = try ScenarioFolder(files: ["scenario.yaml": Real.text, "sellers.csv": written]).load().scenario
        #expect(reloaded.sellers.map(\.creditShare) == original.sellers.map(\.creditShare))
        #expect(reloaded.sellers.map(\.coversTerritories) == original.sellers.map(\.coversTerritories))
        #expect(reloaded.sellers.map(\.coversProducts) == original.sellers.map(\.coversProducts))
        #expect(reloaded.sellers.map(\.renewalBase) == original.sellers.map(\.renewalBase))
        let plain = try ScenarioFolder(files: ["scenario.yaml": MinimalScenario.text]).load().scenario
        #expect(!String(decoding: QuotaReport.sellersTable(plain), as: UTF8.self).contains("credit_share"),
                "a roster without real-plan columns is written as before")
    }

    @Test func aVariantsErrorInANewBlockPointsAtTheVariant() throws {
        let folder = try ScenarioFolder(files: [
            "base/scenario.yaml": Real.text,
            "base/sellers.csv": Real.csv,
            "variant.yaml": "extends: base/scenario.yaml\nworkforce: {ramp: [50%, 90%]}\n",
        ])
        let messages = folder.diagnostics(loading: "variant.yaml").map(\.description)
        #expect(messages.contains { $0.contains("variant.yaml:2:19: workforce.ramp: a ramp schedule must end at 100 %") }, "\(messages)")
    }
}
