import Foundation

/// Paths inside this repository, found from this source file so tests run from any directory.
enum RepositoryFiles {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every scenario file bundled in `scenarios/`.
    static var bundledScenarios: [String] {
        let folder = root.appendingPathComponent("scenarios")
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" { found.append(url.path) }
        }
        return found.sorted()
    }
}
