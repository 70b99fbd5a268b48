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
