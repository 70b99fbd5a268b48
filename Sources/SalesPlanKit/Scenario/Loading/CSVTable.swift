/// A CSV table referenced by a scenario (sellers, territories, accounts), split by ``CSVReader``
/// and kept with the line number of every row so problems can be reported where they are.
///
/// Columns are matched by header name, so their order is free. Columns SalesPlan does not know
/// are a warning (CRM exports carry many), a missing required column is an error reported once on
/// the header line, and a row with more or fewer fields than the header is an error on its line.
///
/// The table keeps the file's bytes and where each cell is; a cell becomes a string only when a
/// decoder reads it, and columns SalesPlan does not know are never read.
final class CSVTable {
    let displayPath: String
    /// Column name → position, from the header row.
    let columns: [String: Int]
    /// Which table this is in the scenario (`sellers`), for field paths.
    let tablePath: FieldPath
    /// The file; cells are read from its UTF-8 bytes in place.
    private let text: String
    private let reader: CSVReader
    /// The reader's record of each data row (blank lines and rows with the wrong number of
    /// fields left out).
    private let rowRecords: [Int]

    var rowCount: Int { rowRecords.count }

    private init(displayPath: String, columns: [String: Int], tablePath: FieldPath, text: String,
                 reader: CSVReader, rowRecords: [Int]) {
        self.displayPath = displayPath
        self.columns = columns
        self.tablePath = tablePath
        self.text = text
        self.reader = reader
        self.rowRecords = rowRecords
    }

    /// Parses `source` as a table whose columns must include `required` and may include
    /// `optional`. Returns nil when the table cannot be read at all (reported in `log`).
    /// `aliases` maps another name a column may have in the header to its own (`account` → `id` in
    /// the accounts table, so that a balancing report's `alignment.csv` loads back); an alias
    /// counts only when the header lacks the column's own name.
    static func parse(
        _ source: SourceText, tablePath: FieldPath, required: [String], optional: [String],
        aliases: [String: String] = [:], log: DiagnosticLog
    ) -> CSVTable? {
        let file = source.displayPath
        let result = withBytes(of: source.text) { CSVReader.read($0) }
        let reader: CSVReader
        switch result {
        case .failure(let problem):
            log.error(problem.message, at: SourceLocation(file: file, line: problem.line), field: tablePath)
            return nil
        case .success(let read):
            reader = read
        }
        guard reader.recordCount > 0 else { return nil }  // SourceText refuses empty files

        let named = withBytes(of: source.text) { buffer in reader.fields(ofRecord: 0).map { $0.text(in: buffer) } }
        let header = named.map { name in aliases[name].flatMap { named.contains($0) ? nil : $0 } ?? name }
        if header.count == 1, let separator = [";", "\t", "|"].first(where: { header[0].contains($0) }) {
            let name = separator == ";" ? "semicolons" : separator == "\t" ? "tabs" : "vertical bars"
            log.error("the columns are separated by \(name); SalesPlan reads comma-separated CSV (in a spreadsheet: save as \"CSV UTF-8, comma-delimited\")",
                      at: SourceLocation(file: file, line: 1), field: tablePath)
            return nil
        }
        let (columns, missingRequired) = readHeader(header, file: file, tablePath: tablePath, required: required,
                                                    optional: optional, log: log)

        var rowRecords: [Int] = []
        rowRecords.reserveCapacity(reader.recordCount - 1)
        for record in 1..<max(reader.recordCount, 1) {
            let fields = reader.fields(ofRecord: record)
            if fields.count == 1, fields.first!.isEmpty { continue }  // blank line
            guard fields.count == header.count else {
                log.error("row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(header.count); check for a missing or extra comma, or an unquoted comma inside a value",
                          at: SourceLocation(file: file, line: Int(reader.recordLines[record])), field: tablePath.index(rowRecords.count))
                continue
            }
            rowRecords.append(record)
        }
        if missingRequired { return nil }
        return CSVTable(displayPath: file, columns: columns, tablePath: tablePath, text: source.text, reader: reader, rowRecords: rowRecords)
    }

    /// Column positions by name, and whether a required column is missing (reported).
    private static func readHeader(_ header: [String], file: String, tablePath: FieldPath, required: [String],
                                   optional: [String], log: DiagnosticLog) -> (columns: [String: Int], missingRequired: Bool) {
        var columns: [String: Int] = [:]
        let known = required + optional
        for (position, name) in header.enumerated() {
            let location = SourceLocation(file: file, line: 1, csvColumn: Excerpt.of(name))
            if name.isEmpty {
                log.error("column \(position + 1) has an empty name in the header", at: SourceLocation(file: file, line: 1), field: tablePath)
            } else if columns[name] != nil {
                log.error("appears twice in the header", at: location, field: tablePath.key(name))
            } else {
                columns[name] = position
                if !known.contains(name) {
                    let hint = log.didYouMean(name, among: known)
                    log.warning("unknown column, ignored\(hint); known columns are \(known.joined(separator: ", "))",
                                at: location, field: tablePath.key(name))
                }
            }
        }
        var missingRequired = false
        for name in required where columns[name] == nil {
            let hint = log.didYouMean(name, among: header.filter { !known.contains($0) })
            log.error("required column is missing from the header\(hint)",
                      at: SourceLocation(file: file, line: 1, csvColumn: name), field: tablePath.key(name))
            missingRequired = true
        }
        return (columns, missingRequired)
    }

    /// `text`'s UTF-8 bytes without copying them (a file read from disk is stored contiguously).
    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    func record(_ index: Int) -> CSVRecord {
        CSVRecord(table: self, row: index)
    }

    /// The line data row `row` starts on.
    func line(ofRow row: Int) -> Int {
        Int(reader.recordLines[rowRecords[row]])
    }

    /// The cell of data row `row` in column `column`, nil if it is empty.
    func cell(row: Int, column: Int) -> String? {
        let span = reader.spans[reader.recordStarts[rowRecords[row]] + column]
        guard !span.isEmpty else { return nil }
        return Self.withBytes(of: text) { span.text(in: $0) }
    }

    func isEmpty(row: Int, column: Int) -> Bool {
        reader.spans[reader.recordStarts[rowRecords[row]] + column].isEmpty
    }
}

/// One CSV row read as a ``FieldRecord``.
struct CSVRecord: FieldRecord {
    let table: CSVTable
    let row: Int

    var path: FieldPath { table.tablePath.index(row) }

    var location: SourceLocation { SourceLocation(file: table.displayPath, line: table.line(ofRow: row)) }

    func has(_ key: String) -> Bool {
        guard let column = table.columns[key] else { return false }
        return !table.isEmpty(row: row, column: column)
    }

    func field(_ key: String, log: DiagnosticLog) -> RawField? {
        guard let column = table.columns[key], let text = table.cell(row: row, column: column) else { return nil }
        return RawField(text: text, location: location(of: key))
    }

    func list(_ key: String, log: DiagnosticLog) -> [RawField]? {
        guard let raw = field(key, log: log) else { return nil }
        return ListText.split(raw.text).map { RawField(text: $0, location: raw.location) }
    }

    func location(of key: String) -> SourceLocation {
        SourceLocation(file: table.displayPath, line: table.line(ofRow: row), csvColumn: key)
    }

    func reportMissing(_ key: String, log: DiagnosticLog) {
        // A missing column was reported once on the header line; here the cell is empty.
        if table.columns[key] != nil {
            log.error("is empty; a value is required", at: location(of: key), field: path.key(key))
        }
    }
}
