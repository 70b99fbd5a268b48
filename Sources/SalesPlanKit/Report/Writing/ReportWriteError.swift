/// Why a report could not be written, phrased so the user knows what to do.
public enum ReportWriteError: Error, Sendable, CustomStringConvertible {
    case exists(String)
    case notAFolder(String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path):
            "\(path) already exists and is not empty; pass --overwrite to replace it, or choose another --out folder"
        case .notAFolder(let path):
            "\(path) exists and is a file, not a folder; choose another --out folder"
        case .cannotWrite(let path, let reason):
            "cannot write the report to \(path): \(reason)"
        }
    }
}
