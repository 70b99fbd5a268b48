import Foundation
import SwiftCSV

/// A CSV table referenced by a scenario (sellers, territories, accounts), parsed with SwiftCSV and
/// kept with the line number of every row so problems can be reported where they are.
///
/// Columns are matched by header name, so their order is free. Columns SalesPlan does not know
/// are a warning (CRM exports carry many), a missing required column is an error reported once on
/// the header line, and a row with more or fewer fields than the header is an error on its line.
struct CSVTable {
    let displayPath: String
    /// Column name → position, from the header row.
    let columns: [String: Int]
    let rows: [Row]
    /// Which table this is in the scenario (`sellers`), for field paths.
    let tablePath: FieldPath

    struct Row {
        let fields: [String]
        let line: Int
    }

    /// Parses `source` as a table whose columns must include `required` and may include
    /// `optional`. Returns nil when the table cannot be read at all (reported in `log`).
    static func parse(
        _ source: SourceText, tablePath: FieldPath, required: [String], optional: [String], log: DiagnosticLog
    ) -> CSVTable? {
        let file = source.displayPath
        var text = source.text
        // SwiftCSV drops an empty last field when the file does not end with a newline.
        if !text.hasSuffix("\n"), !text.hasSuffix("\r") { text += "\n" }
        // SwiftCSV silently swallows the rest of the file after a quote that never closes.
        if let line = unclosedQuoteLine(text) {
            log.error("a quoted value is not closed: the quote opened on this line has no closing quote (quotes inside a quoted value are written twice: \"\")",
                      at: SourceLocation(file: file, line: line), field: tablePath)
            return nil
        }

        let header: [String]
        do {
            header = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
                .header.map { $0.trimmingCharacters(in: .whitespaces) }
        } catch {
            log.error("the header row cannot be parsed (\(CSVTable.describe(error)))",
                      at: SourceLocation(file: file, line: 1), field: tablePath)
            return nil
        }
        let headerLines = 1 + header.reduce(0) { $0 + newlineCount($1) }
        if header.count == 1, let separator = [";", "\t", "|"].first(where: { header[0].contains($0) }) {
            let name = separator == ";" ? "semicolons" : separator == "\t" ? "tabs" : "vertical bars"
            log.error("the columns are separated by \(name); SalesPlan reads comma-separated CSV (in a spreadsheet: save as \"CSV UTF-8, comma-delimited\")",
                      at: SourceLocation(file: file, line: 1), field: tablePath)
            return nil
        }

        var columns: [String: Int] = [:]
        let known = required + optional
        for (position, name) in header.enumerated() {
            let location = SourceLocation(file: file, line: 1, csvColumn: name)
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

        var rows: [Row] = []
        var line = headerLines
        var delivered = 0
        do {
            let csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { fields in
                let rowLine = line + 1
                line += 1 + fields.reduce(0) { $0 + newlineCount($1) }
                delivered += 1
                if fields.count == 1, fields[0].trimmingCharacters(in: .whitespaces).isEmpty { return }  // blank line
                if fields.count != header.count {
                    log.error("row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(header.count); check for a missing or extra comma, or an unquoted comma inside a value",
                              at: SourceLocation(file: file, line: rowLine), field: tablePath.index(rows.count))
                    return
                }
                rows.append(Row(fields: fields.map { $0.trimmingCharacters(in: .whitespaces) }, line: rowLine))
            }
        } catch {
            log.error("cannot parse the row (\(CSVTable.describe(error))); quotes inside a quoted value must be doubled (\"\")",
                      at: SourceLocation(file: file, line: line + 1), field: tablePath.index(rows.count))
            return nil
        }
        _ = delivered
        if missingRequired { return nil }
        return CSVTable(displayPath: file, columns: columns, rows: rows, tablePath: tablePath)
    }

    func record(_ index: Int) -> CSVRecord {
        CSVRecord(table: self, row: rows[index], path: tablePath.index(index))
    }

    /// The line of a quote that opens a quoted value and never closes, if any.
    private static func unclosedQuoteLine(_ text: String) -> Int? {
        var line = 1
        var inQuotes = false
        var openedOn = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                if !inQuotes { openedOn = line }
                inQuotes.toggle()
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
        }
        return inQuotes ? openedOn : nil
    }

    private static func newlineCount(_ field: String) -> Int {
        field.reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case CSVParseError.quotation(let message), CSVParseError.generic(let message): message
        default: "\(error)"
        }
    }
}

/// One CSV row read as a ``FieldRecord``.
struct CSVRecord: FieldRecord {
    let table: CSVTable
    let row: CSVTable.Row
    let path: FieldPath

    var location: SourceLocation { SourceLocation(file: table.displayPath, line: row.line) }

    func has(_ key: String) -> Bool {
        guard let column = table.columns[key] else { return false }
        return !row.fields[column].isEmpty
    }

    func field(_ key: String, log: DiagnosticLog) -> RawField? {
        guard let column = table.columns[key], !row.fields[column].isEmpty else { return nil }
        return RawField(text: row.fields[column], location: location(of: key))
    }

    func list(_ key: String, log: DiagnosticLog) -> [RawField]? {
        guard let raw = field(key, log: log) else { return nil }
        return ListText.split(raw.text).map { RawField(text: $0, location: raw.location) }
    }

    func location(of key: String) -> SourceLocation {
        SourceLocation(file: table.displayPath, line: row.line, csvColumn: key)
    }

    func reportMissing(_ key: String, log: DiagnosticLog) {
        // A missing column was reported once on the header line; here the cell is empty.
        if table.columns[key] != nil {
            log.error("is empty; a value is required", at: location(of: key), field: path.key(key))
        }
    }
}
