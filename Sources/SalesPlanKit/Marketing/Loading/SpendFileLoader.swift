/// Reads `--spend FILE.csv` (columns `channel`, `spend`): what each channel cost, for ROMI and
/// cost per won dollar. Every channel named must be one the journeys use, so a misspelt channel
/// is caught instead of showing as a channel with spend and no credit.
public enum SpendFileLoader {
    public static func load(_ path: String, channels: [String]) -> Result<[String: Double], AttributionInputError> {
        var problems = AttributionInputError()
        guard let table = InputTable.read(path, role: "spend file", required: ["channel", "spend"], optional: [], problems: &problems)
        else { return .failure(problems) }
        let channelColumn = table.columns["channel"]!, spendColumn = table.columns["spend"]!
        let known = Set(channels)
        var spend: [String: Double] = [:], lines: [String: Int] = [:]
        for record in table.records {
            let line = table.line(record)
            let channel = table.text(record, channelColumn)
            if !known.contains(channel) {
                problems.add(path, line: line, column: "channel",
                             "unknown channel \"\(Excerpt.of(channel))\"\(Suggestion.didYouMean(channel, among: channels)); the journeys' channels are \(channels.joined(separator: ", "))")
            } else if let earlier = lines[channel] {
                problems.add(path, line: line, column: "channel", "\(channel) was already given on line \(earlier)")
            }
            switch table.number(record, spendColumn) {
            case .failure(let message): problems.add(path, line: line, column: "spend", message.description)
            case .success(nil): problems.add(path, line: line, column: "spend", "is empty; give the channel's spend")
            case .success(let value?):
                if value < 0 {
                    problems.add(path, line: line, column: "spend", "must be 0 or more (got \(NumberText.plain(value)))")
                } else if lines[channel] == nil {
                    spend[channel] = value
                }
            }
            if lines[channel] == nil { lines[channel] = line }
        }
        return problems.isEmpty ? .success(spend) : .failure(problems)
    }
}
