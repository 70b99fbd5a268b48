/// Thrown when a scenario cannot be used: carries every problem found, not just the first.
public struct ScenarioLoadError: Error, Sendable, CustomStringConvertible {
    /// Errors and warnings, grouped by file in the order files were read, then by position.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public var description: String {
        let count = errors.count
        let lines = diagnostics.map(\.description)
        return (lines + ["\(count) error\(count == 1 ? "" : "s") found; the scenario was not used."])
            .joined(separator: "\n")
    }
}
