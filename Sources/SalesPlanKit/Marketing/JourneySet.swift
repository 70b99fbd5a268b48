/// Customer journeys ready for attribution: each an ordered run of channel touches that ended in
/// conversions, non-conversions or both.
///
/// The two inputs meet here. A touch file gives one journey per opportunity (or account), with
/// timestamps and milestones, converting once or not at all; ChannelAttribution's path file gives
/// one journey per distinct path, with counts of conversions and of nulls and no timestamps.
/// Touches live in flat arrays (a journey is a range of them) so that a million touches are a
/// few arrays, not a million objects.
public struct JourneySet: Sendable {
    /// Channel names; touches refer to them by index.
    public var channels: [String]
    /// Every touch's channel, journey after journey, oldest touch first.
    public var touchChannel: [Int32] = []
    /// Days from each touch to its journey's conversion (closed-won touch); empty for path input,
    /// and for a journey that did not convert, days to its last touch.
    public var touchAge: [Double] = []
    /// Milestones each touch carries; empty for path input.
    public var touchMilestones: [Milestones] = []
    /// Index of each journey's first touch, and one more entry closing the last journey.
    public var journeyStart: [Int] = [0]
    /// Conversions of each journey (1 or 0 from a touch file; any count from a path file).
    public var conversions: [Double] = []
    /// Journeys that did not convert (ChannelAttribution's `total_null`).
    public var nulls: [Double] = []
    /// Value of each journey's conversions (the won amount).
    public var value: [Double] = []

    /// Whether touches carry timestamps and milestones (a touch file) or positions only (a path file).
    public let hasTimes: Bool

    public init(channels: [String], hasTimes: Bool) {
        self.channels = channels
        self.hasTimes = hasTimes
    }

    public var journeyCount: Int { journeyStart.count - 1 }
    public var touchCount: Int { touchChannel.count }
    public var totalConversions: Double { conversions.reduce(0, +) }
    public var totalValue: Double { value.reduce(0, +) }

    public func touches(of journey: Int) -> Range<Int> {
        journeyStart[journey]..<journeyStart[journey + 1]
    }

    /// Adds a journey of `channels` (oldest first); `ages` and `milestones` for touch input.
    public mutating func append(channels path: [Int32], conversions: Double, nulls: Double, value: Double,
                                ages: [Double] = [], milestones: [Milestones] = []) {
        touchChannel.append(contentsOf: path)
        touchAge.append(contentsOf: ages)
        touchMilestones.append(contentsOf: milestones)
        journeyStart.append(touchChannel.count)
        self.conversions.append(conversions)
        self.nulls.append(nulls)
        self.value.append(value)
    }
}
