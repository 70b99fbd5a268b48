import Foundation
import Testing
@testable import SalesPlanKit

/// Validation at CRM scale: every problem counted, the first hundred shown, suggestions bounded.
@Suite("Many problems")
struct DiagnosticVolumeTests {
    private static let header = MinimalScenario.lines.prefix(15).joined(separator: "\n") + "\nsellers: sellers.csv\n"

    /// 20,000 sellers, 19,000 of them reporting to managers who are not in the file (`m-…` for
    /// `s-…`: one edit from a real id, so every one has a suggestion to look for). This took
    /// minutes when each reference was compared with every id.
    @Test func twentyThousandDanglingManagers() throws {
        var csv = "id,plan,quota,manager\n"
        for index in 0..<20_000 {
            let manager = index < 1_000 ? "" : String(format: "m-%05d", index)
            csv += String(format: "s-%05d,ae,1000000,%@\n", index, manager)
        }
        let folder = try ScenarioFolder(files: ["scenario.yaml": Self.header, "sellers.csv": csv])
        let error = try #require(throws: ScenarioLoadError.self) { try folder.load() }
        #expect(error.errorCount == 19_000)
        #expect(error.warningCount == 0)
        #expect(error.diagnostics.count == DiagnosticLog.keptLimit)
        #expect(error.diagnostics.first?.description == #"\#(folder.path("sellers.csv")):1002: column "manager": no seller has the id "m-01000" (did you mean "s-01000"?)"#)
        #expect(error.diagnostics.count { $0.message.contains("did you mean") } == DiagnosticLog.suggestionLimit)

        let lines = error.description.components(separatedBy: "\n")
        #expect(lines.count == 102)
        #expect(lines[99].contains("sellers.csv:1101:"))
        #expect(lines[100] == "… and 18,900 more errors not shown")
        #expect(lines[101] == "19,000 errors found; the scenario was not used.")
    }

    /// A million unknown keys printed 250 MB; now the count is exact and the listing short.
    @Test func manyUnknownKeysAreCountedAndCapped() throws {
        let keys = (0..<12_000).map { "  skill_persistence\($0): 1" }.joined(separator: "\n")
        let text = MinimalScenario.text.replacingOccurrences(of: "  seed: 7", with: keys)
        let folder = try ScenarioFolder(files: ["scenario.yaml": text])
        let error = try #require(throws: ScenarioLoadError.self) { try folder.load() }
        #expect(error.errorCount == 12_000)
        #expect(error.diagnostics.count == DiagnosticLog.keptLimit)
        #expect(error.diagnostics[0].message.hasPrefix(#"unknown key "skill_persistence0" (did you mean "skill_persistence"?)"#))
        #expect(error.diagnostics[DiagnosticLog.suggestionLimit].message.hasPrefix(#"unknown key "skill_persistence200"; the simulation section has"#))
        let lines = error.description.components(separatedBy: "\n")
        #expect(lines.count == 102)
        #expect(lines[100] == "… and 11,900 more errors not shown")
    }

    /// Errors are chosen before warnings, so warnings early in a file cannot hide them; what is
    /// shown stays in file order.
    @Test func listingShowsErrorsFirstAndCountsTheRest() {
        func diagnostic(_ severity: Diagnostic.Severity, line: Int) -> Diagnostic {
            Diagnostic(severity, at: SourceLocation(file: "s.csv", line: line), field: "", "problem \(line)")
        }
        let diagnostics = [diagnostic(.warning, line: 1), diagnostic(.error, line: 2), diagnostic(.warning, line: 3),
                           diagnostic(.error, line: 4), diagnostic(.error, line: 5)]
        #expect(DiagnosticListing.lines(diagnostics, errorCount: 3, warningCount: 2, limit: 2)
                == ["s.csv:2: problem 2", "s.csv:4: problem 4", "… and 1 more error and 2 more warnings not shown"])
        #expect(DiagnosticListing.lines(diagnostics, errorCount: 3, warningCount: 2, limit: 4)
                == ["s.csv:1: warning: problem 1", "s.csv:2: problem 2", "s.csv:4: problem 4", "s.csv:5: problem 5",
                    "… and 1 more warning not shown"])
        #expect(DiagnosticListing.lines(diagnostics, errorCount: 3, warningCount: 2).count == 5)
        // Counted beyond what was kept.
        #expect(DiagnosticListing.lines(diagnostics, errorCount: 1_000_003, warningCount: 2, limit: 5).last
                == "… and 1,000,000 more errors not shown")
    }
}
