import Yams

/// A variant's entries for a table its base reads from CSV (see ``ScenarioInheritance``):
/// merged into the CSV's rows by id once they are read.
extension ScenarioDecoder {
    /// `rows` (with their records) with the overlay for `key` applied: an entry with a known id
    /// replaces that row, `{id: x, remove: true}` removes it, a new id is appended.
    func applyOverlay<Row>(
        _ key: String, rows: [Row], records: [any FieldRecord], rowID: (Row) -> String, what: String,
        allowed: [String], decodeRecord: (any FieldRecord) -> [Row]
    ) -> ([Row], [any FieldRecord]) {
        guard let items = overlays[key]?.sequence else { return (rows, records) }
        var rows = rows, records = records
        let path = FieldPath.root.key(key)
        for (index, item) in items.enumerated() {
            let id = item.mapping?["id"]?.scalar?.string
            let removes = item.mapping?["remove"]?.scalar.flatMap { try? ValueParser.bool($0.string).get() } ?? false
            if removes {
                guard let id, let position = rows.firstIndex(where: { rowID($0) == id }) else {
                    log.error("removes \(key) entry \"\(id ?? "")\", which the base scenario does not have",
                              at: SourceLocation(file: displayPath, mark: item.mark), field: path.index(index))
                    continue
                }
                rows.remove(at: position)
                records.remove(at: position)
                continue
            }
            guard let record = YAMLRecord(item, path: path.index(index), file: displayPath, allowed: allowed, what: what, log: log)
            else { continue }
            for row in decodeRecord(record) {
                if let position = rows.firstIndex(where: { rowID($0) == rowID(row) }) {
                    rows[position] = row
                    records[position] = record
                } else {
                    rows.append(row)
                    records.append(record)
                }
            }
        }
        return (rows, records)
    }
}
