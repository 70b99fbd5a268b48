import Foundation

/// How far back before a conversion touches still count, by segment.
///
/// Sales cycles differ by segment (SMB 1–3 months, enterprise 6–18), so a single window either
/// cuts enterprise journeys short or credits SMB deals with touches from another buying cycle.
/// The default is 365 days for every segment: the upper end of the enterprise window, so that
/// no plausible B2B journey is cut unless a shorter window is asked for.
public struct Lookback: Sendable, Equatable {
    public static let defaultDays = 365.0

    /// Days for segments not named; nil means no limit.
    public var otherSegments: Double?
    public var bySegment: [String: Double?]

    public init(otherSegments: Double? = Lookback.defaultDays, bySegment: [String: Double?] = [:]) {
        self.otherSegments = otherSegments
        self.bySegment = bySegment
    }

    public func days(forSegment segment: String?) -> Double? {
        guard let segment, let days = bySegment[segment] else { return otherSegments }
        return days
    }

    /// Parses `enterprise=365d,smb=90d,180d`: `segment=window` pairs, and optionally one bare
    /// window for every other segment. A window is days (`90d` or `90`), weeks (`12w`) or `none`.
    public static func parse(_ text: String) -> Result<Lookback, InputMessage> {
        var lookback = Lookback()
        var sawDefault = false
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let window = pieces.last, let days = parseWindow(window), !(pieces.count == 2 && pieces[0].isEmpty) else {
                return .failure(InputMessage("--lookback expects segment=window pairs and optionally one window for the other segments, a window being days (90d), weeks (12w) or none, e.g. enterprise=365d,smb=90d,180d (got \(text))"))
            }
            if pieces.count == 2 {
                guard lookback.bySegment[pieces[0]] == nil else { return .failure(InputMessage("--lookback names segment \(pieces[0]) twice")) }
                lookback.bySegment[pieces[0]] = days
            } else {
                guard !sawDefault else { return .failure(InputMessage("--lookback gives two windows for the other segments (got \(text))")) }
                sawDefault = true
                lookback.otherSegments = days
            }
        }
        return .success(lookback)
    }

    /// `90d` / `90` → 90, `12w` → 84, `none` → .some(nil); nil when unreadable.
    private static func parseWindow(_ text: String) -> Double?? {
        if text == "none" { return .some(nil) }
        var number = Substring(text), unit = 1.0
        if number.hasSuffix("d") { number = number.dropLast() } else if number.hasSuffix("w") { number = number.dropLast(); unit = 7 }
        guard let value = Double(number), value.isFinite, value > 0 else { return nil }
        return .some(value * unit)
    }

    public var description: String {
        func window(_ days: Double?) -> String { days.map { "\(NumberText.plain($0)) days" } ?? "no limit" }
        let named = bySegment.keys.sorted().map { "\($0) \(window(bySegment[$0]!))" }
        return (named + ["\(named.isEmpty ? "all segments" : "other segments") \(window(otherSegments))"]).joined(separator: ", ")
    }
}
