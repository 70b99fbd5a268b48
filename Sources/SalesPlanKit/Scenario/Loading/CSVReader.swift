/// Splits CSV text (RFC 4180) into records and fields, over UTF-8 bytes.
///
/// CRM exports run to hundreds of thousands of rows, so the reader makes no string per cell: it
/// records where each field's bytes are (``Span``), and the table makes strings only of the cells
/// a scenario reads. It accepts what spreadsheets and CRMs write: quoted fields with doubled
/// quotes (`"Smith, ""JJ"""`), line breaks inside quotes, `\n`, `\r\n` or `\r` line ends, and
/// spaces around a quoted value. A quote inside an unquoted value is kept as text (`5'10"`).
/// Every record carries the line it starts on, counting line breaks inside quoted values, so
/// problems can be reported where an editor shows them.
struct CSVReader {
    /// Where one field's text is in the file: bytes `start..<end`, with ASCII spaces and tabs
    /// around it already left out. `hasDoubledQuotes` says the bytes still hold `""` pairs.
    struct Span {
        var start: Int32
        var end: Int32
        var hasDoubledQuotes: Bool
    }

    /// Why the text cannot be split, and the line where that was noticed.
    struct Problem: Error {
        var line: Int
        var message: String
    }

    /// Every field, record after record.
    private(set) var spans: [Span] = []
    /// Index in ``spans`` of each record's first field; one more entry, closing the last record.
    private(set) var recordStarts: [Int] = [0]
    /// The line each record starts on (1-based).
    private(set) var recordLines: [Int32] = []

    var recordCount: Int { recordLines.count }

    func fields(ofRecord record: Int) -> ArraySlice<Span> {
        spans[recordStarts[record]..<recordStarts[record + 1]]
    }

    /// Splits `bytes`, or reports the first problem that stops it. Positions are 32-bit to keep
    /// the spans of a large table small, so files of 2 GB or more are refused.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<CSVReader, Problem> {
        guard bytes.count < Int(Int32.max) else {
            return .failure(Problem(line: 1, message: "is larger than 2 GB; split the table into several files"))
        }
        var reader = CSVReader()
        reader.spans.reserveCapacity(bytes.count / 8)
        reader.recordLines.reserveCapacity(bytes.count / 64)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let count = bytes.count
        var position = 0
        var line = 1
        while position < count {
            reader.recordLines.append(Int32(truncatingIfNeeded: line))
            // One record: fields until a line end outside quotes, or the end of the file.
            while true {
                position = skipSpaces(bytes, from: position)
                var span: Span
                if position < count, bytes[position] == quote {
                    let openedOn = line
                    var cursor = position + 1
                    var doubled = false
                    var closed = false
                    while cursor < count {
                        let byte = bytes[cursor]
                        if byte == quote {
                            if cursor + 1 < count, bytes[cursor + 1] == quote {
                                doubled = true
                                cursor += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if byte == newline || (byte == carriageReturn && (cursor + 1 == count || bytes[cursor + 1] != newline)) {
                            line += 1
                        }
                        cursor += 1
                    }
                    guard closed else {
                        return .failure(Problem(line: openedOn, message: "a quoted value is not closed: the quote opened on this line has no closing quote (quotes inside a quoted value are written twice: \"\")"))
                    }
                    span = trimmed(bytes, position + 1, cursor, doubledQuotes: doubled)
                    position = skipSpaces(bytes, from: cursor + 1)
                    if position < count, bytes[position] != comma, bytes[position] != newline, bytes[position] != carriageReturn {
                        return .failure(Problem(line: line, message: "unexpected text after the closing quote of a quoted value; quotes inside a quoted value are written twice (\"\")"))
                    }
                } else {
                    let start = position
                    while position < count, bytes[position] != comma, bytes[position] != newline, bytes[position] != carriageReturn {
                        position += 1
                    }
                    span = trimmed(bytes, start, position, doubledQuotes: false)
                }
                reader.spans.append(span)
                guard position < count, bytes[position] == comma else { break }
                position += 1
            }
            // The line end (CRLF counts once).
            if position < count {
                if bytes[position] == carriageReturn, position + 1 < count, bytes[position + 1] == newline { position += 1 }
                position += 1
                line += 1
            }
            reader.recordStarts.append(reader.spans.count)
        }
        return .success(reader)
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return position
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, doubledQuotes: Bool) -> Span {
        var start = start, end = end
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return Span(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), hasDoubledQuotes: doubledQuotes)
    }
}

extension CSVReader.Span {
    var isEmpty: Bool { start == end }

    /// The field's text, with doubled quotes made single.
    func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let field = UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)])
        guard hasDoubledQuotes else { return String(decoding: field, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(field.count)
        var skipNext = false
        for byte in field {
            if skipNext {
                skipNext = false
                continue
            }
            unescaped.append(byte)
            if byte == UInt8(ascii: "\"") { skipNext = true }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}
