import Dispatch
import Foundation

/// Every file of a simulation report, rendered together.
public struct SimulationReport: Sendable {
    /// File name → contents, in the order they are listed to the user.
    public let files: [(name: String, contents: Data)]

    /// The `summary.json` bytes (also printed by `--format json`).
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    /// Renders the report of `result`. The files do not depend on each other, so they are
    /// rendered concurrently; each is deterministic on its own.
    /// - Parameter territories: today's alignment measured, for scenarios with accounts (a section
    ///   of report.md and report.html).
    public init(result: SimulationResult, run: RunInfo, territories: BalanceContent? = nil) throws {
        let run = { () -> RunInfo in
            var marked = run
            marked.files = ["summary.json", "run.json", "trials.csv", "sellers.csv", "report.md", "report.html"]
            return marked
        }()
        let renderers: [(String, @Sendable () throws -> Data)] = [
            ("summary.json", { try SimulationSummary(result).json() }),
            ("run.json", { try run.json() }),
            ("trials.csv", { SimulationTables.trials(result) }),
            ("sellers.csv", { SimulationTables.sellers(result) }),
            ("report.md", { Data(MarkdownReport.render(result, run: run, territories: territories).utf8) }),
            ("report.html", { Data(HTMLReport.render(result, run: run, territories: territories).utf8) }),
        ]
        assert(renderers.map(\.0) == run.files)
        let outputs = Parallel.map(renderers.indices.map { $0 }) { index in
            Result { try renderers[index].1() }
        }
        files = try zip(renderers, outputs).map { ($0.0, try $1.get()) }
    }
}
