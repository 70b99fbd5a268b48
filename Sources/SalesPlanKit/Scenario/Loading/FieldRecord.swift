import Yams

/// The raw text of one field, with where it was written.
struct RawField {
    let text: String
    let location: SourceLocation
}

/// One record of a scenario (a seller, an account, a plan, the simulation section): a set of
/// named fields, read the same way whether it was written as a YAML mapping or a CSV row.
protocol FieldRecord {
    /// Path of the record in the scenario, e.g. `sellers[3]`.
    var path: FieldPath { get }
    /// Where the record starts.
    var location: SourceLocation { get }
    /// Whether the record writes `key` at all (an empty CSV cell or a YAML `null` counts as not).
    func has(_ key: String) -> Bool
    /// The text of a single-valued field, nil if absent or empty. Reports and returns nil for a
    /// YAML list or mapping where a single value belongs.
    func field(_ key: String, log: DiagnosticLog) -> RawField?
    /// The items of a list field: a YAML sequence (or a single scalar), or a CSV cell with items
    /// separated by `;`.
    func list(_ key: String, log: DiagnosticLog) -> [RawField]?
    /// Where `key` was written, or the record itself if it was not.
    func location(of key: String) -> SourceLocation
    /// How a missing required field is reported: YAML records name the key, CSV records rely on
    /// the header check and report an empty cell.
    func reportMissing(_ key: String, log: DiagnosticLog)
}

