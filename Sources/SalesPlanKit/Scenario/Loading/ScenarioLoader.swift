import Foundation
import Yams

/// Loads a scenario file, and the CSV tables it references, into a validated ``Scenario``.
///
/// Every problem is collected before giving up, so one run shows the user all there is to fix:
/// YAML syntax errors at Yams' own position, tabs, empty or binary files, unknown keys (with a
/// did-you-mean), missing fields, wrong types, out-of-range values, duplicate ids, dangling
/// references, unreadable CSV files and malformed rows, and absurd sizes.
public struct ScenarioLoader: Sendable {
    public var limits: ScenarioLimits

    public init(limits: ScenarioLimits = .standard) {
        self.limits = limits
    }

    /// Loads the scenario at `path` (relative to the working directory, or absolute).
    ///
    /// - Returns: the scenario with any warnings.
    /// - Throws: ``ScenarioLoadError`` listing every error (and warning) found.
    public func load(_ path: String) throws(ScenarioLoadError) -> LoadedScenario {
        let log = DiagnosticLog()
        let url = URL(fileURLWithPath: path)
        log.noteInput(url)
        guard let source = SourceText.read(url, displayPath: path, role: "scenario file", field: .root,
                                           maxBytes: limits.maxFileBytes, log: log),
              let parsed = parseYAML(source, log: log)
        else { throw log.loadError() }
        var inherited: [String] = []
        let inheritance = ScenarioInheritance(log: log, maxBytes: limits.maxFileBytes) { parseYAML($0, log: log) }
        guard let (root, overlays) = inheritance.resolve(parsed, path: path, url: url, chain: [], files: &inherited)
        else { throw log.loadError() }
        let outcome = InheritedMarks.$files.withValue(inherited) { () -> Result<LoadedScenario, ScenarioLoadError> in
            do throws(ScenarioLoadError) {
                return .success(try decode(root, overlays: overlays, path: path, url: url, log: log))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    private func decode(_ root: Node, overlays: [String: Node], path: String, url: URL,
                        log: DiagnosticLog) throws(ScenarioLoadError) -> LoadedScenario {

        let decoder = ScenarioDecoder(log: log, limits: limits, displayPath: path, fileURL: url, overlays: overlays)
        guard let decoded = decoder.decode(root) else { throw log.loadError() }
        ScenarioValidator(decoded: decoded, log: log, limits: limits).validate()
        if log.hasErrors { throw log.loadError() }
        return LoadedScenario(scenario: decoded.scenario, path: path, inputFiles: log.inputFiles,
                              warnings: log.sorted().filter { $0.severity == .warning }, warningCount: log.warningCount)
    }

    /// A short name for the scenario at `path`, for folder names: `figure1` for
    /// `scenarios/figure1.yaml`, `acme-fy2027` for `scenarios/acme-fy2027/scenario.yaml`.
    public static func slug(forScenarioAt path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let name = ["scenario", "plan", "main"].contains(stem.lowercased())
            ? url.deletingLastPathComponent().lastPathComponent : stem
        let cleaned = name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" }
        return String(cleaned).isEmpty ? "scenario" : String(cleaned)
    }

    /// Parses YAML into a node tree with positions, after checking for tab indentation (which
    /// YAML forbids and libyaml reports cryptically).
    private func parseYAML(_ source: SourceText, log: DiagnosticLog) -> Node? {
        let file = source.displayPath
        var foundTabs = false
        for (offset, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t") {
                let column = indentation.distance(from: indentation.startIndex, to: tab) + 1
                log.error("tab character in indentation; YAML indents with spaces only",
                          at: SourceLocation(file: file, line: offset + 1, column: column), field: .root)
                foundTabs = true
            }
        }
        if foundTabs { return nil }

        do {
            guard let root = try Yams.compose(yaml: source.text) else {
                log.error("is empty (only comments); expected a scenario", at: SourceLocation(file: file), field: .root)
                return nil
            }
            return root
        } catch let error as YamlError {
            let (message, mark) = Self.describe(error)
            log.error(message, at: SourceLocation(file: file, mark: mark), field: .root)
            return nil
        } catch {
            log.error("cannot be parsed as YAML: \(error)", at: SourceLocation(file: file), field: .root)
            return nil
        }
    }

    /// A one-line description of a Yams error and the position Yams gives for it.
    static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let contextText = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return ("YAML syntax error: \(problem)\(contextText)", mark)
        case let .reader(problem, _, _, _):
            return ("cannot be read as YAML: \(problem)", nil)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return ("key \(names) appears more than once in the same mapping; each key may appear once", context.mark)
        default:
            return ("cannot be parsed as YAML: \(error)", nil)
        }
    }
}

/// A scenario that passed validation, with the warnings found on the way.
public struct LoadedScenario: Sendable {
    public let scenario: Scenario
    /// The scenario file path as given.
    public let path: String
    /// The scenario file and every table file it references: a report may never be written
    /// over any of them.
    public let inputFiles: [URL]
    /// The warnings found (the first 10,000 are kept; ``warningCount`` counts them all).
    public let warnings: [Diagnostic]
    public let warningCount: Int
}
