/// Thrown when a scenario cannot be used: carries every problem found, not just the first.
public struct ScenarioLoadError: Error, Sendable, CustomStringConvertible {
    /// Errors and warnings, grouped by file in the order files were read, then by position. At
    /// most the first 10,000 found are kept; ``errorCount`` and ``warningCount`` count them all.
    public var diagnostics: [Diagnostic]
    /// Errors found, kept or not.
    public var errorCount: Int
    /// Warnings found, kept or not.
    public var warningCount: Int

    public init(diagnostics: [Diagnostic]) {
        self.init(diagnostics: diagnostics, errorCount: diagnostics.count { $0.severity == .error },
                  warningCount: diagnostics.count { $0.severity == .warning })
    }

    public init(diagnostics: [Diagnostic], errorCount: Int, warningCount: Int) {
        self.diagnostics = diagnostics
        self.errorCount = errorCount
        self.warningCount = warningCount
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The first 100 problems, a line counting the rest, and the number of errors.
    public var description: String {
        let listing = DiagnosticListing.lines(diagnostics, errorCount: errorCount, warningCount: warningCount)
        return (listing + ["\(NumberText.count(errorCount, "error")) found; the scenario was not used."])
            .joined(separator: "\n")
    }
}
