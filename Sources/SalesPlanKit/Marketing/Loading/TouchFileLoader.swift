/// Reads a touch file (`--touches`): one row per marketing or sales touch, grouped into one
/// journey per opportunity (or per account, for account-based attribution).
///
/// The checks are the ones that would otherwise bend the credit silently: a timestamp that
/// does not parse, a touch after its journey's closed-won touch (it cannot have caused the
/// conversion), milestones out of pipeline order or repeated, two conversions in one journey,
/// a conversion without its won amount, amounts that disagree. Each is reported where it is.
public enum TouchFileLoader {
    public struct Options: Sendable {
        public var accountBased = false
        public var lookback = Lookback()
        public init(accountBased: Bool = false, lookback: Lookback = Lookback()) {
            self.accountBased = accountBased
            self.lookback = lookback
        }
    }

    public struct Loaded: Sendable {
        public var journeys: JourneySet
        /// Touches older than their segment's lookback window, left out.
        public var droppedByLookback: Int
        public var rows: Int
    }

    /// One row as read; `time` in seconds since 1970 (UTC).
    struct Touch {
        var journey: Int32
        var channel: Int32
        var milestones: Milestones
        var time: Double
        var record: Int32
    }

    public static func load(_ path: String, options: Options) -> Result<Loaded, AttributionInputError> {
        var problems = AttributionInputError()
        let key = options.accountBased ? "account_id" : "opportunity_id"
        guard let table = InputTable.read(path, role: "touch file", required: [key, "timestamp", "channel", "milestone", "amount"],
                                          optional: ["segment"], problems: &problems)
        else { return .failure(problems) }
        return load(table, key: key, options: options, problems: &problems)
    }

    static func load(_ table: InputTable, key: String, options: Options, problems: inout AttributionInputError) -> Result<Loaded, AttributionInputError> {
        let file = table.path
        let keyColumn = table.columns[key]!, timeColumn = table.columns["timestamp"]!, channelColumn = table.columns["channel"]!
        let milestoneColumn = table.columns["milestone"]!, amountColumn = table.columns["amount"]!
        let segmentColumn = table.columns["segment"]
        if segmentColumn == nil, !options.lookback.bySegment.isEmpty {
            problems.add(file, line: 1, column: "segment", "--lookback gives windows by segment, so the touch file needs a segment column")
            return .failure(problems)
        }
        let noun = options.accountBased ? "account" : "opportunity"

        var journeyIndex: [String: Int32] = [:], journeyNames: [String] = []
        var channelIndex: [String: Int32] = [:], channelNames: [String] = []
        var milestoneCache: [String: Milestones] = [:]
        var amounts: [Double?] = [], amountRecords: [Int32] = [], segments: [String?] = [], segmentRecords: [Int32] = []
        var touches: [Touch] = []
        touches.reserveCapacity(table.records.count)

        table.bytes.withUnsafeBufferPointer { buffer in
            for record in table.records {
                let line = table.line(record)
                let keySpan = table.span(record, keyColumn)
                guard !keySpan.isEmpty else {
                    problems.add(file, line: line, column: key, "is empty; every touch names its \(noun)")
                    continue
                }
                let name = keySpan.text(in: buffer)
                var journey: Int32
                if let known = journeyIndex[name] {
                    journey = known
                } else {
                    journey = Int32(journeyNames.count)
                    journeyIndex[name] = journey
                    journeyNames.append(name)
                    amounts.append(nil); amountRecords.append(-1); segments.append(nil); segmentRecords.append(-1)
                }
                let channelSpan = table.span(record, channelColumn)
                guard !channelSpan.isEmpty else {
                    problems.add(file, line: line, column: "channel", "is empty; every touch has a channel")
                    continue
                }
                let channelName = channelSpan.text(in: buffer)
                let channel: Int32
                if let known = channelIndex[channelName] {
                    channel = known
                } else {
                    channel = Int32(channelNames.count)
                    channelIndex[channelName] = channel
                    channelNames.append(channelName)
                }
                let timeSpan = table.span(record, timeColumn)
                guard let time = ISOTimestamp.seconds(UnsafeBufferPointer(rebasing: buffer[Int(timeSpan.start)..<Int(timeSpan.end)])) else {
                    let text = timeSpan.text(in: buffer)
                    problems.add(file, line: line, column: "timestamp",
                                 text.isEmpty ? "is empty; every touch has a time"
                                     : "\"\(Excerpt.of(text))\" is not an ISO 8601 date or date-time (2026-03-01, 2026-03-01T09:30:00Z)")
                    continue
                }
                var milestones: Milestones = []
                let milestoneSpan = table.span(record, milestoneColumn)
                if !milestoneSpan.isEmpty {
                    let text = milestoneSpan.text(in: buffer)
                    if let cached = milestoneCache[text] {
                        milestones = cached
                    } else {
                        switch Milestones.parse(text) {
                        case .success(let parsed):
                            milestones = parsed
                            milestoneCache[text] = parsed
                        case .failure(let problem):
                            problems.add(file, line: line, column: "milestone", problem.description)
                            continue
                        }
                    }
                }
                if !table.span(record, amountColumn).isEmpty {
                    switch table.number(record, amountColumn) {
                    case .failure(let message): problems.add(file, line: line, column: "amount", message.description)
                    case .success(let amount?):
                        if amount < 0 {
                            problems.add(file, line: line, column: "amount", "must be 0 or more (got \(NumberText.plain(amount)))")
                        } else if let earlier = amounts[Int(journey)], earlier != amount {
                            problems.add(file, line: line, column: "amount",
                                         "\(NumberText.plain(amount)) disagrees with \(NumberText.plain(earlier)) on line \(table.line(Int(amountRecords[Int(journey)]))) for \(noun) \(name); give the won amount once")
                        } else {
                            amounts[Int(journey)] = amount
                            amountRecords[Int(journey)] = Int32(record)
                        }
                    case .success(nil): break
                    }
                }
                if let segmentColumn {
                    let segment = table.span(record, segmentColumn).isEmpty ? nil : table.span(record, segmentColumn).text(in: buffer)
                    if let segment {
                        if let earlier = segments[Int(journey)], earlier != segment {
                            problems.add(file, line: line, column: "segment",
                                         "\"\(Excerpt.of(segment))\" disagrees with \"\(earlier)\" on line \(table.line(Int(segmentRecords[Int(journey)]))) for \(noun) \(name)")
                        } else if segments[Int(journey)] == nil {
                            segments[Int(journey)] = segment
                            segmentRecords[Int(journey)] = Int32(record)
                        }
                    }
                }
                touches.append(Touch(journey: journey, channel: channel, milestones: milestones, time: time, record: Int32(record)))
            }
        }
        let grouped = JourneyOrdering.group(touches, journeyCount: journeyNames.count)
        JourneyOrdering.check(grouped, touches: touches, table: table, names: journeyNames, noun: noun,
                              amounts: amounts, problems: &problems)
        guard problems.isEmpty else { return .failure(problems) }
        return .success(JourneyOrdering.build(grouped, touches: touches, channelNames: channelNames, amounts: amounts,
                                              segments: segments, lookback: options.lookback, rows: table.records.count))
    }
}
