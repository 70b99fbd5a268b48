import Foundation

/// Collects the problems found while loading and validating one scenario.
///
/// Loading never stops at the first problem: every reader reports here and carries on with a
/// placeholder, and the fields that failed are remembered so later checks (references, sums)
/// do not pile a second, derived complaint on top of the first.
///
/// A broken CRM export can hold a million problems. All are counted, but only the first
/// ``keptLimit`` errors and warnings are kept (nobody reads further, and each costs memory), and
/// only the first
/// ``suggestionLimit`` get a did-you-mean search.
final class DiagnosticLog {
    /// Most errors kept, and most warnings kept; the rest are counted.
    static let keptLimit = 10_000
    /// Most did-you-mean searches in one load.
    static let suggestionLimit = 200

    private(set) var diagnostics: [Diagnostic] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    private var keptErrors = 0
    private var keptWarnings = 0
    private var kept: Set<Diagnostic> = []
    /// Hashes of the diagnostics counted but not kept, so repeats are still counted once.
    private var countedOnly: Set<Int> = []
    private var fileOrder: [String: Int] = [:]
    private var failed: Set<String> = []
    /// Every file the scenario was read from (the scenario file and the tables it references),
    /// so that commands can refuse to write a report over any of them.
    private(set) var inputFiles: [URL] = []
    private var suggestionsLeft = DiagnosticLog.suggestionLimit

    var hasErrors: Bool { errorCount > 0 }

    func error(_ message: String, at location: SourceLocation, field: FieldPath) {
        add(Diagnostic(.error, at: location, field: field.description, message))
        failed.insert(field.description)
    }

    func warning(_ message: String, at location: SourceLocation, field: FieldPath) {
        add(Diagnostic(.warning, at: location, field: field.description, message))
    }

    /// Whether a problem was already reported for `field` or anything inside it.
    func hasFailed(_ field: FieldPath) -> Bool {
        let path = field.description
        return failed.contains { $0 == path || $0.hasPrefix(path + ".") || $0.hasPrefix(path + "[") }
    }

    /// Records a file the scenario was read from.
    func noteInput(_ url: URL) {
        inputFiles.append(url.standardizedFileURL)
    }

    /// Marks a file as read, so diagnostics list files in the order the user meets them.
    func noteFile(_ file: String) {
        if fileOrder[file] == nil { fileOrder[file] = fileOrder.count }
    }

    /// ` (did you mean "x"?)` for `word` among a few `candidates`, while searches are left.
    func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
        spendSuggestion() ? Suggestion.didYouMean(word, among: candidates) : ""
    }

    /// ` (did you mean "x"?)` for `word` among the ids in `index`, while searches are left.
    func didYouMean(_ word: String, in index: () -> SuggestionIndex) -> String {
        spendSuggestion() ? Suggestion.hint(index().closest(to: word)) : ""
    }

    private func spendSuggestion() -> Bool {
        guard suggestionsLeft > 0 else { return false }
        suggestionsLeft -= 1
        return true
    }

    private func add(_ diagnostic: Diagnostic) {
        let isError = diagnostic.severity == .error
        if (isError ? keptErrors : keptWarnings) < Self.keptLimit {
            guard kept.insert(diagnostic).inserted else { return }
            noteFile(diagnostic.location.file)
            diagnostics.append(diagnostic)
            if isError { keptErrors += 1 } else { keptWarnings += 1 }
        } else {
            guard !kept.contains(diagnostic), countedOnly.insert(diagnostic.hashValue).inserted else { return }
        }
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        }
    }

    /// The kept diagnostics ordered by file (in reading order), line and column.
    func sorted() -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let a = left.element, b = right.element
            let fileA = fileOrder[a.location.file] ?? 0, fileB = fileOrder[b.location.file] ?? 0
            if fileA != fileB { return fileA < fileB }
            let posA = (a.location.line ?? 0, a.location.column ?? 0)
            let posB = (b.location.line ?? 0, b.location.column ?? 0)
            if posA != posB { return posA < posB }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// Everything found, as the error a failed load throws.
    func loadError() -> ScenarioLoadError {
        ScenarioLoadError(diagnostics: sorted(), errorCount: errorCount, warningCount: warningCount)
    }
}
