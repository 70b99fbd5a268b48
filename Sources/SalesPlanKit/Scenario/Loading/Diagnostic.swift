/// One problem found in a scenario: what is wrong, with which field, and where.
///
/// Rendered the way compilers report, so editors and terminals can jump to it:
/// `scenarios/acme.yaml:12:14: sellers[3].quota: must be greater than 0 (got -5)`, or for a CSV
/// row `scenarios/acme/sellers.csv:14: column "quota": must be greater than 0 (got -5)`.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        /// The scenario cannot be used until this is fixed.
        case error
        /// Worth a look, but the scenario is usable (an unknown CSV column, say).
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// Path of the offending field in the scenario, e.g. `sellers[3].quota`; empty for problems
    /// with a whole file.
    public var field: String
    /// What is wrong and, where it helps, what would be right.
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, field: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String {
        let prefix = severity == .warning ? "warning: " : ""
        if let column = location.csvColumn {
            return "\(location): \(prefix)column \"\(column)\": \(message)"
        }
        let fieldPart = field.isEmpty ? "" : "\(field): "
        return "\(location): \(prefix)\(fieldPart)\(message)"
    }
}
