import Foundation
import Yams

/// `extends: base.yaml`: a scenario written as the changes to another, merged key by key, so an
/// alternative plan is a ten-line diff a reviewer can read.
///
/// Merge rules (documented in docs/scenario-format.md):
/// - mappings merge key by key, at any depth; a key the variant gives replaces the base's value,
///   except as below;
/// - `plans`, `sellers`, `territories`, `accounts` and `spifs` given as lists in both files merge by `id`:
///   an entry with a known id replaces the base's entry in place, `{id: x, remove: true}` removes
///   it, a new id is appended;
/// - a variant's list for a table the base reads from CSV merges with the CSV's rows the same way
///   (the ``overlays``, applied when the table is read);
/// - any other list (year types, zones) replaces the base's whole;
/// - CSV paths written in a base file stay relative to the base file.
/// A base may itself extend another (up to 8 levels; a loop is an error).
struct ScenarioInheritance {
    static let mergedByID: Set<String> = ["plans", "sellers", "territories", "accounts", "spifs"]
    static let tables: Set<String> = ["sellers", "territories", "accounts"]
    static let maxDepth = 8

    let log: DiagnosticLog
    let maxBytes: Int
    let parse: (SourceText) -> Node?

    /// The merged tree of the scenario at `url`, and its table overlays. `files` collects the
    /// display paths of the inherited files (their index is the marks' file number).
    func resolve(_ root: Node, path: String, url: URL, chain: [URL], files: inout [String]) -> (Node, [String: Node])? {
        guard let mapping = root.mapping, let extendsNode = mapping["extends"] else { return (root, [:]) }
        let field = FieldPath.root.key("extends")
        let location = SourceLocation(file: path, mark: extendsNode.mark)
        guard let relative = extendsNode.scalar?.string, !relative.isEmpty else {
            log.error("expected the path of the scenario this one extends", at: location, field: field)
            return nil
        }
        let baseURL = URL(fileURLWithPath: relative, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        let folder = (path as NSString).deletingLastPathComponent
        let basePath = relative.hasPrefix("/") ? relative
            : ((folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)) as NSString).standardizingPath
        if (chain + [url.standardizedFileURL]).contains(baseURL) {
            log.error("extends \(relative), which extends this file again: `extends` may not loop", at: location, field: field)
            return nil
        }
        guard chain.count < Self.maxDepth else {
            log.error("more than \(Self.maxDepth) levels of `extends`", at: location, field: field)
            return nil
        }
        log.noteInput(baseURL)
        guard let source = SourceText.read(baseURL, displayPath: basePath, role: "base scenario", field: field,
                                           maxBytes: maxBytes, referencedFrom: location, log: log),
              let baseRoot = parse(source),
              let (baseMerged, baseOverlays) = resolve(baseRoot, path: basePath, url: baseURL, chain: chain + [url], files: &files)
        else { return nil }
        files.append(basePath)
        let index = files.count
        var base = InheritedMarks.shift(baseMerged, toFile: index)
        var overlays = baseOverlays.mapValues { InheritedMarks.shift($0, toFile: index) }
        base = rebaseTablePaths(base, from: baseURL, to: url)
        let child = Node.Mapping(mapping.filter { $0.key.scalar?.string != "extends" }, mapping.tag, mapping.style, mapping.mark)
        guard let baseMapping = base.mapping else {
            log.error("the base scenario is not a mapping of keys", at: location, field: field)
            return nil
        }
        let merged = merge(baseMapping, child, overlays: &overlays, topLevel: true, file: path)
        return (.mapping(merged), overlays)
    }

    private func merge(_ base: Node.Mapping, _ child: Node.Mapping, overlays: inout [String: Node], topLevel: Bool, file: String) -> Node.Mapping {
        var pairs: [(Node, Node)] = []
        var used = Set<String>()
        for (key, baseValue) in base {
            guard let name = key.scalar?.string, let childValue = child[name] else {
                pairs.append((key, baseValue))
                continue
            }
            used.insert(name)
            let childKey = child.first { $0.key.scalar?.string == name }!.key
            if topLevel, Self.mergedByID.contains(name), let baseItems = baseValue.sequence, let childItems = childValue.sequence {
                pairs.append((childKey, .sequence(Node.Sequence(mergeByID(Array(baseItems), Array(childItems), table: name, file: file),
                                                               childItems.tag, childItems.style, childItems.mark))))
            } else if topLevel, Self.tables.contains(name), baseValue.scalar != nil, let childItems = childValue.sequence {
                // The base reads this table from CSV: keep the CSV, merge the variant's entries into its rows.
                let earlier = overlays[name]?.sequence.map(Array.init) ?? []
                overlays[name] = .sequence(Node.Sequence(mergeByID(earlier, Array(childItems), table: name, file: file, keepRemovals: true)))
                pairs.append((key, baseValue))
            } else if let baseMapping = baseValue.mapping, let childMapping = childValue.mapping {
                pairs.append((childKey, .mapping(merge(baseMapping, childMapping, overlays: &overlays, topLevel: false, file: file))))
            } else {
                if topLevel, Self.tables.contains(name) { overlays[name] = nil }
                pairs.append((childKey, childValue))
            }
        }
        for (key, value) in child where !used.contains(key.scalar?.string ?? "") { pairs.append((key, value)) }
        return Node.Mapping(pairs, child.tag, child.style, child.mark)
    }

    /// Entries merged by `id`. `keepRemovals` keeps `remove: true` entries whose id is not in
    /// `base` (they apply to CSV rows later).
    func mergeByID(_ base: [Node], _ changes: [Node], table: String, file: String, keepRemovals: Bool = false) -> [Node] {
        var result = base
        func id(_ node: Node) -> String? { node.mapping?["id"]?.scalar?.string }
        for change in changes {
            let removes = change.mapping?["remove"]?.scalar.flatMap { try? ValueParser.bool($0.string).get() } ?? false
            if let key = id(change), let position = result.firstIndex(where: { id($0) == key }) {
                if removes { result.remove(at: position) } else { result[position] = change }
            } else if removes, !keepRemovals {
                log.error("removes \(table) entry \"\(id(change) ?? "")\", which the base scenario does not have",
                          at: SourceLocation(file: file, mark: change.mark), field: FieldPath.root.key(table))
            } else {
                result.append(change)
            }
        }
        return result
    }

    /// CSV paths in a base file, rewritten to be relative to the variant's folder.
    private func rebaseTablePaths(_ node: Node, from baseURL: URL, to url: URL) -> Node {
        guard var mapping = node.mapping else { return node }
        for table in Self.tables {
            guard let scalar = mapping[table]?.scalar, !scalar.string.hasPrefix("/") else { continue }
            let target = URL(fileURLWithPath: scalar.string, relativeTo: baseURL.deletingLastPathComponent()).standardizedFileURL
            var rewritten = scalar
            rewritten.string = Self.relativePath(of: target, from: url.deletingLastPathComponent().standardizedFileURL)
            mapping[table] = .scalar(rewritten)
        }
        return .mapping(mapping)
    }

    static func relativePath(of target: URL, from folder: URL) -> String {
        let to = target.pathComponents, from = folder.pathComponents
        var common = 0
        while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }
}
