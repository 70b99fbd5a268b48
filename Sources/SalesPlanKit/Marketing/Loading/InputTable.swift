import Foundation

/// One CSV input of `salesplan attribute`, split by ``CSVReader`` and read by column name.
///
/// Touch files run to millions of rows, so cells are read from the file's bytes in place:
/// numbers and timestamps are parsed from bytes, and only ids and channel names become strings
/// (short ones, which Swift keeps inline without allocating).
final class InputTable {
    let path: String
    let bytes: [UInt8]
    let reader: CSVReader
    /// Column name → position, from the header row.
    let columns: [String: Int]
    /// The reader's records holding data (blank lines and rows of the wrong width left out).
    private(set) var records: [Int] = []

    private init(path: String, bytes: [UInt8], reader: CSVReader, columns: [String: Int]) {
        self.path = path
        self.bytes = bytes
        self.reader = reader
        self.columns = columns
    }

    /// Reads `path`, checks its header for the `required` columns (unknown columns are errors too,
    /// so a misspelt optional column is not silently ignored); nil if the table cannot be used.
    static func read(_ path: String, role: String, required: [String], optional: [String],
                     problems: inout AttributionInputError) -> InputTable? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            problems.add(path, "\(role) \"\(path)\" does not exist\(isDirectory.boolValue ? " as a file" : "")")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.add(path, "\(role) \"\(path)\" cannot be read")
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return parse(bytes, path: path, role: role, required: required, optional: optional, problems: &problems)
    }

    static func parse(_ bytes: [UInt8], path: String, role: String, required: [String], optional: [String],
                      problems: inout AttributionInputError) -> InputTable? {
        let result = bytes.withUnsafeBufferPointer { CSVReader.read($0) }
        let reader: CSVReader
        switch result {
        case .failure(let problem):
            problems.add(path, line: problem.line, problem.message)
            return nil
        case .success(let read): reader = read
        }
        guard reader.recordCount > 0 else {
            problems.add(path, "\(role) is empty; its first line names the columns: \(required.joined(separator: ","))")
            return nil
        }
        let header = bytes.withUnsafeBufferPointer { buffer in reader.fields(ofRecord: 0).map { $0.text(in: buffer) } }
        var columns: [String: Int] = [:]
        var usable = true
        let known = required + optional
        for (position, name) in header.enumerated() {
            if columns[name] != nil {
                problems.add(path, line: 1, column: name, "appears twice in the header")
                usable = false
            } else if !known.contains(name) {
                problems.add(path, line: 1, column: name,
                             "unknown column\(Suggestion.didYouMean(name, among: known)); the columns are \(known.joined(separator: ", "))")
                usable = false
            }
            columns[name] = position
        }
        for name in required where columns[name] == nil {
            problems.add(path, line: 1, column: name,
                         "required column is missing from the header\(Suggestion.didYouMean(name, among: header.filter { !known.contains($0) }))")
            usable = false
        }
        guard usable else { return nil }
        let table = InputTable(path: path, bytes: bytes, reader: reader, columns: columns)
        table.records.reserveCapacity(reader.recordCount)
        for record in 1..<reader.recordCount {
            let fields = reader.fields(ofRecord: record)
            if fields.count == 1, fields.first!.isEmpty { continue }
            guard fields.count == header.count else {
                problems.add(path, line: Int(reader.recordLines[record]),
                             "row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(header.count); check for a missing or extra comma")
                continue
            }
            table.records.append(record)
        }
        return table
    }

    func line(_ record: Int) -> Int { Int(reader.recordLines[record]) }

    func span(_ record: Int, _ column: Int) -> CSVReader.Span {
        reader.spans[reader.recordStarts[record] + column]
    }

    func text(_ record: Int, _ column: Int) -> String {
        bytes.withUnsafeBufferPointer { span(record, column).text(in: $0) }
    }

    /// A number from the cell (`1500`, `$1.5M`, `150k`), nil if empty, or a problem message.
    func number(_ record: Int, _ column: Int) -> Result<Double?, InputMessage> {
        let cell = span(record, column)
        if cell.isEmpty { return .success(nil) }
        let text = self.text(record, column)
        guard let value = NumberInput.value(text) else { return .failure(InputMessage("expected a number, got \"\(Excerpt.of(text))\"")) }
        return .success(value)
    }
}
