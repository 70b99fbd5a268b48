/// Where in the user's files a value came from, so that problems can be reported where the user
/// can fix them.
public struct SourceLocation: Sendable, Hashable {
    /// Path of the file as the user would type it (relative paths stay relative).
    public var file: String
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column (YAML files), counted in Unicode scalars as libyaml does.
    public var column: Int?
    /// Column name (CSV files).
    public var csvColumn: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, csvColumn: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.csvColumn = csvColumn
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `file:line:column` (YAML) or `file:line` (CSV), as compilers print positions.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
