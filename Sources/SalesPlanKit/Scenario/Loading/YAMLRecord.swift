import Yams

/// A YAML mapping read as a ``FieldRecord``, with unknown keys reported on the spot.
///
/// Scenario files are strict: a misspelt key is an error with a did-you-mean, never silently
/// ignored, because a mistyped `treshold:` would otherwise quietly run the plan without one.
struct YAMLRecord: FieldRecord {
    let path: FieldPath
    let location: SourceLocation
    private let file: String
    private let values: [String: Node]
    private let keyMarks: [String: Mark]

    /// Reads `node` as a mapping with the given keys, reporting a node of the wrong kind and every
    /// key not in `allowed`. `what` names the thing in messages ("a seller", "the simulation").
    init?(_ node: Node, path: FieldPath, file: String, allowed: [String], what: String, log: DiagnosticLog) {
        let location = SourceLocation(file: file, mark: node.mark)
        guard let mapping = node.mapping else {
            log.error("expected \(what) written as `key: value` lines, got \(YAMLRecord.kind(of: node))",
                      at: location, field: path)
            return nil
        }
        var values: [String: Node] = [:]
        var keyMarks: [String: Mark] = [:]
        for (keyNode, value) in mapping {
            let keyLocation = SourceLocation(file: file, mark: keyNode.mark)
            guard let key = keyNode.scalar?.string else {
                log.error("keys must be plain names, got \(YAMLRecord.kind(of: keyNode))", at: keyLocation, field: path)
                continue
            }
            guard allowed.contains(key) else {
                let hint = log.didYouMean(key, among: allowed)
                log.error("unknown key \"\(Excerpt.of(key))\"\(hint); \(what) has \(allowed.joined(separator: ", "))",
                          at: keyLocation, field: path.key(key))
                continue
            }
            values[key] = value
            keyMarks[key] = keyNode.mark
        }
        self.path = path
        self.location = location
        self.file = file
        self.values = values
        self.keyMarks = keyMarks
    }

    /// The value node of `key`, nil if absent or YAML null.
    func node(_ key: String) -> Node? {
        guard let value = values[key], value.null == nil else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    func field(_ key: String, log: DiagnosticLog) -> RawField? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else {
            log.error("expected a single value, got \(YAMLRecord.kind(of: value))", at: location(of: key), field: path.key(key))
            return nil
        }
        return RawField(text: scalar.string, location: location(of: key))
    }

    func list(_ key: String, log: DiagnosticLog) -> [RawField]? {
        guard let value = node(key) else { return nil }
        if let scalar = value.scalar {
            return ListText.split(scalar.string).map { RawField(text: $0, location: location(of: key)) }
        }
        guard let sequence = value.sequence else {
            log.error("expected a list, got \(YAMLRecord.kind(of: value))", at: location(of: key), field: path.key(key))
            return nil
        }
        var items: [RawField] = []
        for (index, item) in sequence.enumerated() {
            let itemLocation = SourceLocation(file: file, mark: item.mark)
            guard let scalar = item.scalar else {
                log.error("expected a single value, got \(YAMLRecord.kind(of: item))", at: itemLocation,
                          field: path.key(key).index(index))
                continue
            }
            items.append(RawField(text: scalar.string, location: itemLocation))
        }
        return items
    }

    func location(of key: String) -> SourceLocation {
        if let value = values[key], let mark = value.mark { return SourceLocation(file: file, mark: mark) }
        if let mark = keyMarks[key] { return SourceLocation(file: file, mark: mark) }
        return location
    }

    func reportMissing(_ key: String, log: DiagnosticLog) {
        log.error("missing required key \"\(key)\"", at: location, field: path.key(key))
    }

    /// Sub-mapping at `key`, nil if absent (not reported) or of the wrong kind (reported).
    func record(_ key: String, allowed: [String], what: String, log: DiagnosticLog) -> YAMLRecord? {
        guard let value = node(key) else { return nil }
        return YAMLRecord(value, path: path.key(key), file: file, allowed: allowed, what: what, log: log)
    }

    /// The items of a YAML sequence at `key`, nil if absent (not reported) or not a sequence
    /// (reported).
    func sequence(_ key: String, log: DiagnosticLog) -> [Node]? {
        guard let value = node(key) else { return nil }
        guard let sequence = value.sequence else {
            log.error("expected a list (lines starting with `- `), got \(YAMLRecord.kind(of: value))",
                      at: location(of: key), field: path.key(key))
            return nil
        }
        return Array(sequence)
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "the single value \"\(Excerpt.of(scalar.string))\""
        case .mapping: "a mapping of keys"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

/// Lists written in one cell or scalar: `1.05; 0.92; 1.30`.
enum ListText {
    static func split(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }
}
