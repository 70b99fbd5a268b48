/// Why a report could not be written, phrased so the user knows what to do.
public enum ReportWriteError: Error, Sendable, CustomStringConvertible {
    case exists(String)
    case notAFolder(String)
    /// The folder holds files SalesPlan did not write: `--overwrite` never replaces it.
    case notOurs(String, strangers: [String])
    /// The folder holds (or contains a folder holding) a file the run reads.
    case holdsInput(String, input: String)
    /// A folder no report may replace: the file-system root, the home folder, the current folder.
    case unsafe(String, reason: String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path):
            "\(path) already exists and is not empty; pass --overwrite to replace a report SalesPlan wrote there, or choose another --out folder"
        case .notAFolder(let path):
            "\(path) exists and is a file, not a folder; choose another --out folder"
        case .notOurs(let path, let strangers):
            "refusing to replace \(path): it holds files SalesPlan did not write (\(Self.list(strangers))); --overwrite only replaces a report folder SalesPlan wrote. Choose a new --out folder; nothing was changed"
        case .holdsInput(let path, let input):
            "refusing to write a report to \(path): it holds \(input), an input of this run. Choose a new --out folder; nothing was changed"
        case .unsafe(let path, let reason):
            "refusing to write a report to \(path): \(reason). Name a new folder for the report, e.g. --out reports/my-run; nothing was changed"
        case .cannotWrite(let path, let reason):
            "cannot write the report to \(path): \(reason)"
        }
    }

    /// Whether the user can fix this by choosing another `--out` (a usage error, exit 2), as
    /// opposed to a failure while writing (exit 1).
    public var isRefusal: Bool {
        if case .cannotWrite = self { return false }
        return true
    }

    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(5).joined(separator: ", ")
        return names.count > 5 ? "\(shown) and \(names.count - 5) more" : shown
    }
}
