/// User text quoted in a message, cut to a readable length on one line.
///
/// A value is quoted so the user can find it, not to reproduce it: a CSV file passed where the
/// scenario belongs is one long YAML scalar, and quoting it whole would print the file as one
/// error line.
enum Excerpt {
    /// Characters kept before the cut.
    static let maxCharacters = 60

    /// `text` with line breaks and tabs shown as `\n`, `\r`, `\t`, cut after
    /// ``maxCharacters`` characters with an ellipsis.
    static func of(_ text: some StringProtocol) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == maxCharacters {
                result += "…"
                break
            }
            switch character {
            case "\n", "\r\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character)
            }
            count += 1
        }
        return result
    }
}
