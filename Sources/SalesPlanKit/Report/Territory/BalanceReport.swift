import Foundation

/// Every file of a balancing report, rendered together, for ``ReportDirectory``.
public struct BalanceReport: Sendable {
    public static let fileNames = ["summary.json", "run.json", "alignment.csv", "moves.csv", "territories.csv",
                                   "report.md", "report.html"]
    public let files: [(name: String, contents: Data)]
    public var summaryJSON: Data { files.first { $0.name == "summary.json" }!.contents }

    public init(content: BalanceContent, run: RunInfo) throws {
        var marked = run
        marked.files = Self.fileNames
        let run = marked
        let result = content.result
        let renderers: [(String, @Sendable () throws -> Data)] = [
            ("summary.json", { try BalanceSummary(result, optimised: content.optimised).json() }),
            ("run.json", { try run.json() }),
            ("alignment.csv", { BalanceTables.alignment(result) }),
            ("moves.csv", { BalanceTables.moves(result) }),
            ("territories.csv", { BalanceTables.territories(result) }),
            ("report.md", { Data(BalanceDocuments.markdown(content, run: run).utf8) }),
            ("report.html", { Data(BalanceDocuments.html(content, run: run).utf8) }),
        ]
        let outputs = Parallel.map(renderers.indices.map { $0 }) { index in Result { try renderers[index].1() } }
        files = try zip(renderers, outputs).map { ($0.0, try $1.get()) }
    }
}
