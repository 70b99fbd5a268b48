/// Reads ChannelAttribution's aggregated path file (`--paths`): columns `path`,
/// `total_conversions`, and optionally `total_conversion_value` and `total_null`, a path written
/// `a > b > c`. Rows repeating a path add up.
public enum PathFileLoader {
    public static func load(_ path: String) -> Result<JourneySet, AttributionInputError> {
        var problems = AttributionInputError()
        guard let table = InputTable.read(path, role: "path file", required: ["path", "total_conversions"],
                                          optional: ["total_conversion_value", "total_null"], problems: &problems)
        else { return .failure(problems) }
        return load(table, problems: &problems)
    }

    static func load(_ table: InputTable, problems: inout AttributionInputError) -> Result<JourneySet, AttributionInputError> {
        let file = table.path
        let pathColumn = table.columns["path"]!, conversionColumn = table.columns["total_conversions"]!
        let valueColumn = table.columns["total_conversion_value"], nullColumn = table.columns["total_null"]
        var channelIndex: [Substring: Int32] = [:], channelNames: [String] = []
        var paths: [(channels: [Int32], conversions: Double, nulls: Double, value: Double)] = []
        paths.reserveCapacity(table.records.count)
        for record in table.records {
            let line = table.line(record)
            let text = table.text(record, pathColumn)
            let parts = text.split(separator: ">", omittingEmptySubsequences: false).map { $0.trimmingPrefix(" ").trimmingSuffix() }
            if let empty = parts.firstIndex(where: \.isEmpty) {
                problems.add(file, line: line, column: "path", text.isEmpty ? "is empty; a path lists its channels, e.g. search > email > events"
                    : "\"\(Excerpt.of(text))\" has no channel name at position \(empty + 1); write a path as channel names joined by >, e.g. search > email > events")
                continue
            }
            var channels: [Int32] = []
            for part in parts {
                if let known = channelIndex[part] {
                    channels.append(known)
                } else {
                    channelIndex[part] = Int32(channelNames.count)
                    channels.append(Int32(channelNames.count))
                    channelNames.append(String(part))
                }
            }
            func count(_ column: Int?, _ name: String) -> Double? {
                guard let column else { return 0 }
                switch table.number(record, column) {
                case .failure(let message):
                    problems.add(file, line: line, column: name, message.description)
                    return nil
                case .success(let value):
                    guard let value else { return 0 }
                    guard value >= 0 else {
                        problems.add(file, line: line, column: name, "must be 0 or more (got \(NumberText.plain(value)))")
                        return nil
                    }
                    return value
                }
            }
            guard let conversions = count(conversionColumn, "total_conversions"), let value = count(valueColumn, "total_conversion_value"),
                  let nulls = count(nullColumn, "total_null") else { continue }
            if conversions == 0, value > 0 {
                problems.add(file, line: line, column: "total_conversion_value", "is \(NumberText.plain(value)) but the path has no conversions")
                continue
            }
            paths.append((channels, conversions, nulls, value))
        }
        guard problems.isEmpty else { return .failure(problems) }
        let sorted = channelNames.indices.sorted { channelNames[$0] < channelNames[$1] }
        var remap = [Int32](repeating: 0, count: channelNames.count)
        for (new, old) in sorted.enumerated() { remap[old] = Int32(new) }
        var set = JourneySet(channels: sorted.map { channelNames[$0] }, hasTimes: false)
        for path in paths {
            set.append(channels: path.channels.map { remap[Int($0)] }, conversions: path.conversions, nulls: path.nulls, value: path.value)
        }
        return .success(set)
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    func trimmingSuffix() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }

    func trimmingPrefix(_ space: String) -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        return result
    }
}
