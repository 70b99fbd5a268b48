/// A table of strings rendered as aligned plain text (terminal) or as a Markdown table.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns aligned right (numbers); the first column is always left-aligned.
    public var rightAligned: Set<Int>

    public init(header: [String], rows: [[String]], rightAligned: Set<Int>? = nil) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned ?? Set(1..<max(header.count, 1))
    }

    /// Plain text with columns padded to line up, indented by `indent` spaces.
    public func plain(indent: Int = 0) -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            let text = String(repeating: " ", count: indent) + padded.joined(separator: "  ")
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        let rule = String(repeating: " ", count: indent) + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// GitHub-flavoured Markdown.
    public func markdown() -> String {
        let escape: (String) -> String = { $0.replacingOccurrences(of: "|", with: "\\|") }
        let align = header.indices.map { rightAligned.contains($0) ? "---:" : ":---" }
        return ([header.map(escape), align] + rows.map { $0.map(escape) })
            .map { "| " + $0.joined(separator: " | ") + " |" }
            .joined(separator: "\n")
    }
}
