import Foundation

/// The `run.json` every report folder carries: how SalesPlan recognises a folder it wrote, and
/// so the only kind of folder `--overwrite` may replace.
///
/// A folder is SalesPlan's when its `run.json` has the schema `salesplan/run` and every entry in
/// the folder is a plain file that `run.json` lists. Reports written before the marker listed its
/// files (version 0.1.0) are recognised by their `salesplan_version` key and their fixed set of
/// file names.
public enum ReportMarker {
    public static let fileName = "run.json"
    public static let schema = "salesplan/run"
    static let legacyFiles: Set<String> = ["summary.json", "run.json", "trials.csv", "sellers.csv", "report.md", "report.html"]

    /// Entries of `folder` that SalesPlan did not write (all of them when there is no marker). A
    /// subfolder is SalesPlan's when every file in it, at any depth, is listed as `sub/file`.
    static func filesNotWrittenBySalesPlan(in folder: URL, contents: [String]) -> [String] {
        let sorted = contents.sorted()
        guard let listed = listedFiles(in: folder) else { return sorted }
        return sorted.filter { name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            switch attributes?[.type] as? FileAttributeType {
            case .typeRegular?: return !listed.contains(name)
            case .typeDirectory?: return !subfolderIsListed(folder.appendingPathComponent(name), prefix: name + "/", listed: listed)
            default: return true
            }
        }
    }

    private static func subfolderIsListed(_ folder: URL, prefix: String, listed: Set<String>) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
        return entries.allSatisfy { entry in
            let url = folder.appendingPathComponent(entry)
            let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
            if type == .typeRegular { return listed.contains(prefix + entry) }
            if type == .typeDirectory { return subfolderIsListed(url, prefix: prefix + entry + "/", listed: listed) }
            return false
        }
    }

    /// The files a SalesPlan marker in `folder` lists, or nil when there is no such marker.
    static func listedFiles(in folder: URL) -> Set<String>? {
        let url = folder.appendingPathComponent(fileName)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              (attributes[.size] as? Int ?? .max) < 1_000_000,
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        if object["schema"] as? String == schema, let files = object["files"] as? [String] {
            return Set(files).union([fileName])
        }
        if object["schema"] == nil, object["salesplan_version"] is String, object["scenario_path"] is String {
            return legacyFiles
        }
        return nil
    }
}
