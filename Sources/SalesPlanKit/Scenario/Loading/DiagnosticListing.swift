/// Diagnostics as printed for a person: at most ``shownLimit``, then one line counting the rest.
///
/// A file with a million unknown keys once printed 250 MB of errors. Nobody reads past the first
/// screenful: the fix for the hundredth problem is usually the fix for the millionth. Errors come
/// before warnings in the choice of what to show, so that two thousand warnings about idle
/// managers cannot hide the error that stops the scenario; what is shown stays in file order.
public enum DiagnosticListing {
    public static let shownLimit = 100

    /// One line per diagnostic shown, then `… and N more errors and M more warnings not shown`
    /// if any are left. `errorCount` and `warningCount` count all found, kept or not.
    public static func lines(_ diagnostics: [Diagnostic], errorCount: Int, warningCount: Int,
                             limit: Int = shownLimit) -> [String] {
        let keptErrors = diagnostics.count { $0.severity == .error }
        let errorsShown = min(keptErrors, limit)
        let warningsShown = min(diagnostics.count - keptErrors, limit - errorsShown)
        var errorsLeft = errorsShown, warningsLeft = warningsShown
        var lines: [String] = []
        for diagnostic in diagnostics {
            if diagnostic.severity == .error, errorsLeft > 0 {
                errorsLeft -= 1
            } else if diagnostic.severity == .warning, warningsLeft > 0 {
                warningsLeft -= 1
            } else {
                continue
            }
            lines.append(diagnostic.description)
        }
        let hidden = [(errorCount - errorsShown, "error"), (warningCount - warningsShown, "warning")].filter { $0.0 > 0 }
        guard !hidden.isEmpty else { return lines }
        lines.append("… and \(hidden.map { NumberText.count($0.0, "more \($0.1)") }.joined(separator: " and ")) not shown")
        return lines
    }
}
