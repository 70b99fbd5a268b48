import Foundation
@testable import SalesPlanKit

/// A scenario written to a fresh temporary folder: real files in, real loader out.
final class ScenarioFolder {
    let url: URL

    init(files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("salesplan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try write(name, Data(text.utf8))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ name: String, _ data: Data) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Loads `name`, returning the diagnostics it failed with (empty if it loaded).
    func diagnostics(loading name: String = "scenario.yaml") -> [Diagnostic] {
        do {
            let loaded = try ScenarioLoader().load(path(name))
            return loaded.warnings
        } catch {
            return error.diagnostics
        }
    }

    func load(_ name: String = "scenario.yaml") throws -> LoadedScenario {
        try ScenarioLoader().load(path(name))
    }
}

/// A small valid scenario, line by line, so tests can point at exact lines.
enum MinimalScenario {
    static let lines = [
        "salesplan: 1",                                                                  // 1
        "name: Test",                                                                    // 2
        "goal:",                                                                         // 3
        "  bookings: 1000000",                                                           // 4
        "simulation:",                                                                   // 5
        "  trials: 1000",                                                                // 6
        "  seed: 7",                                                                     // 7
        "  year_types:",                                                                 // 8
        "    - {name: average, probability: 1, median_attainment: 0.8, sigma: 0.3}",    // 9
        "plans:",                                                                        // 10
        "  - id: ae",                                                                    // 11
        "    target_incentive: 100000",                                                  // 12
        "    pay_curve:",                                                                // 13
        "      threshold: 0.5",                                                          // 14
        "      payout_cap: 3",                                                           // 15
        "sellers:",                                                                      // 16
        "  - {id: s1, plan: ae, quota: 1000000}",                                        // 17
        "  - {id: s2, plan: ae, quota: 1000000}",                                        // 18
    ]

    static var text: String { lines.joined(separator: "\n") + "\n" }

    /// The scenario with line `number` (1-based) replaced.
    static func replacing(line number: Int, with replacement: String) -> String {
        var copy = lines
        copy[number - 1] = replacement
        return copy.joined(separator: "\n") + "\n"
    }

    /// The scenario with `text` appended.
    static func appending(_ extra: String) -> String {
        text + extra
    }
}
