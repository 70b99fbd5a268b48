/// Puts a touch file's rows into journeys, oldest touch first, checks each journey's milestones
/// against the pipeline, and applies the lookback window.
enum JourneyOrdering {
    /// Touch positions journey after journey (`order`), with each journey's range in it.
    struct Grouped {
        var order: [Int32]
        var starts: [Int]
    }

    /// Counting sort by journey, then each journey by time; at equal times the closed-won touch
    /// goes last (a conversion recorded on the same day as a touch followed it), else file order.
    static func group(_ touches: [TouchFileLoader.Touch], journeyCount: Int) -> Grouped {
        var starts = [Int](repeating: 0, count: journeyCount + 1)
        for touch in touches { starts[Int(touch.journey) + 1] += 1 }
        for index in 0..<journeyCount { starts[index + 1] += starts[index] }
        var next = starts
        var order = [Int32](repeating: 0, count: touches.count)
        for (position, touch) in touches.enumerated() {
            order[next[Int(touch.journey)]] = Int32(position)
            next[Int(touch.journey)] += 1
        }
        for journey in 0..<journeyCount where starts[journey + 1] - starts[journey] > 1 {
            order[starts[journey]..<starts[journey + 1]].sort { a, b in
                let x = touches[Int(a)], y = touches[Int(b)]
                if x.time != y.time { return x.time < y.time }
                let xWon = x.milestones.contains(.closedWon), yWon = y.milestones.contains(.closedWon)
                if xWon != yWon { return yWon }
                return a < b
            }
        }
        return Grouped(order: order, starts: starts)
    }

    static func check(_ grouped: Grouped, touches: [TouchFileLoader.Touch], table: InputTable, names: [String], noun: String,
                      amounts: [Double?], problems: inout AttributionInputError) {
        let file = table.path
        for journey in 0..<names.count {
            let range = grouped.starts[journey]..<grouped.starts[journey + 1]
            guard !range.isEmpty else { continue }
            let earliest = touches[Int(grouped.order[range.lowerBound])].time
            var seen: [Milestones: Int] = [:]  // milestone → record carrying it
            var latestRankBefore = 0, latestRankAtTime = 0, currentTime = earliest
            var won: TouchFileLoader.Touch?
            for position in range {
                let touch = touches[Int(grouped.order[position])]
                let line = table.line(Int(touch.record))
                if touch.time > currentTime {
                    latestRankBefore = max(latestRankBefore, latestRankAtTime)
                    currentTime = touch.time
                }
                if let won, touch.time > won.time {
                    problems.add(file, line: line, column: "timestamp",
                                 "this touch comes after the closed_won touch of \(noun) \(names[journey]) (line \(table.line(Int(won.record)))); a touch after the conversion cannot have caused it")
                    continue
                }
                for (name, milestone) in Milestones.ordered where touch.milestones.contains(milestone) {
                    if let earlier = seen[milestone] {
                        problems.add(file, line: line, column: "milestone",
                                     "\(noun) \(names[journey]) already reached \(name) on line \(table.line(earlier)); each milestone is reached once")
                    }
                    seen[milestone] = Int(touch.record)
                }
                if touch.milestones.contains(.firstTouch), touch.time > earliest {
                    problems.add(file, line: line, column: "milestone",
                                 "first_touch is on a touch later than the first touch of \(noun) \(names[journey]) (line \(table.line(Int(touches[Int(grouped.order[range.lowerBound])].record))))")
                } else if touch.milestones.earliestRank > 0, touch.milestones.earliestRank < latestRankBefore {
                    let later = Milestones.ordered[latestRankBefore - 1].name
                    problems.add(file, line: line, column: "milestone",
                                 "\(touch.milestones.names.joined(separator: "+")) comes after \(later) in time for \(noun) \(names[journey]); milestones follow the pipeline (first_touch, lead_created, opportunity_created, closed_won)")
                }
                latestRankAtTime = max(latestRankAtTime, touch.milestones.latestRank)
                if touch.milestones.contains(.closedWon), won == nil { won = touch }
            }
            if let won, amounts[journey] == nil {
                problems.add(file, line: table.line(Int(won.record)), column: "amount",
                             "\(noun) \(names[journey]) converted (closed_won) but none of its rows gives the won amount")
            }
        }
    }

    static func build(_ grouped: Grouped, touches: [TouchFileLoader.Touch], channelNames: [String], amounts: [Double?],
                      segments: [String?], lookback: Lookback, rows: Int) -> TouchFileLoader.Loaded {
        // Channels in alphabetical order, so reports do not depend on row order.
        let sorted = channelNames.indices.sorted { channelNames[$0] < channelNames[$1] }
        var remap = [Int32](repeating: 0, count: channelNames.count)
        for (new, old) in sorted.enumerated() { remap[old] = Int32(new) }
        var set = JourneySet(channels: sorted.map { channelNames[$0] }, hasTimes: true)
        set.touchChannel.reserveCapacity(touches.count)
        set.touchAge.reserveCapacity(touches.count)
        set.touchMilestones.reserveCapacity(touches.count)
        var dropped = 0
        var path: [Int32] = [], ages: [Double] = [], milestones: [Milestones] = []
        for journey in 0..<(grouped.starts.count - 1) {
            let range = grouped.starts[journey]..<grouped.starts[journey + 1]
            guard !range.isEmpty else { continue }
            let journeyTouches = range.map { touches[Int(grouped.order[$0])] }
            let won = journeyTouches.last { $0.milestones.contains(.closedWon) }
            let reference = won?.time ?? journeyTouches.last!.time
            let window = lookback.days(forSegment: segments[journey])
            path.removeAll(keepingCapacity: true); ages.removeAll(keepingCapacity: true); milestones.removeAll(keepingCapacity: true)
            for touch in journeyTouches {
                let age = (reference - touch.time) / 86_400
                if let window, age > window {
                    dropped += 1
                    continue
                }
                path.append(remap[Int(touch.channel)])
                ages.append(age)
                milestones.append(touch.milestones)
            }
            let converted = won != nil
            set.append(channels: path, conversions: converted ? 1 : 0, nulls: converted ? 0 : 1,
                       value: converted ? amounts[journey] ?? 0 : 0, ages: ages, milestones: milestones)
        }
        return .init(journeys: set, droppedByLookback: dropped, rows: rows)
    }
}
