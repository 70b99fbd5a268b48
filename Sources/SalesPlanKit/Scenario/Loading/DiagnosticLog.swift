import Foundation

/// Collects the problems found while loading and validating one scenario.
///
/// Loading never stops at the first problem: every reader reports here and carries on with a
/// placeholder, and the fields that failed are remembered so later checks (references, sums)
/// do not pile a second, derived complaint on top of the first.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    private var fileOrder: [String: Int] = [:]
    private var failed: Set<String> = []
    /// Every file the scenario was read from (the scenario file and the tables it references),
    /// so that commands can refuse to write a report over any of them.
    private(set) var inputFiles: [URL] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

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

    private func add(_ diagnostic: Diagnostic) {
        noteFile(diagnostic.location.file)
        diagnostics.append(diagnostic)
    }

    /// Diagnostics ordered by file (in reading order), line and column; duplicates removed.
    func sorted() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { left, right in
            let a = left.element, b = right.element
            let fileA = fileOrder[a.location.file] ?? 0, fileB = fileOrder[b.location.file] ?? 0
            if fileA != fileB { return fileA < fileB }
            let posA = (a.location.line ?? 0, a.location.column ?? 0)
            let posB = (b.location.line ?? 0, b.location.column ?? 0)
            if posA != posB { return posA < posB }
            return left.offset < right.offset
        }.map(\.element)
    }
}
