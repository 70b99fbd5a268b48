import Foundation
import Testing
@testable import SalesPlanKit

/// The small parsers behind the touch file and the options: timestamps, milestones, lookback.
@Suite("Attribution: input parsing")
struct AttributionInputTests {
    static func seconds(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { ISOTimestamp.seconds($0) }
    }

    /// 2026-03-01 is day 20,513 since 1970-01-01 (56 years, 14 of them leap, plus 59 days).
    @Test func timestampsParseAsUTC() {
        let day = 20_513.0 * 86_400
        #expect(Self.seconds("2026-03-01") == day)
        #expect(Self.seconds("2026-03-01T09:30") == day + 9.5 * 3600)
        #expect(Self.seconds("2026-03-01 09:30:15Z") == day + 9.5 * 3600 + 15)
        #expect(Self.seconds("2026-03-01T09:30:15.250Z") == day + 9.5 * 3600 + 15.25)
        #expect(Self.seconds("2026-03-01T11:30:00+02:00") == day + 9.5 * 3600)
        #expect(Self.seconds("2026-03-01T04:30:00-0500") == day + 9.5 * 3600)
        #expect(Self.seconds("2024-02-29") != nil)
        for bad in ["", "20/03/2026", "2026-3-01", "2026-02-29", "2026-13-01", "2026-03-01T25:00", "2026-03-01T09:30Zx",
                    "2026-03-01T09:30:00+2", "2026-03-01x", "yesterday"] {
            #expect(Self.seconds(bad) == nil, "\(bad)")
        }
    }

    @Test func milestonesParseInPipelineOrder() throws {
        #expect(try Milestones.parse("").get() == [])
        #expect(try Milestones.parse("none").get() == [])
        #expect(try Milestones.parse("first_touch+lead_created").get() == [.firstTouch, .leadCreated])
        #expect(try Milestones.parse("closed_won").get() == .closedWon)
        #expect("\(try #require(Milestones.parse("lead_created+first_touch").failure))".contains("written after lead_created"))
        #expect("\(try #require(Milestones.parse("won").failure))".contains("unknown milestone \"won\""))
        #expect("\(try #require(Milestones.parse("lead_created+lead_created").failure))".contains("appears twice"))
    }

    @Test func lookbackBySegment() throws {
        let lookback = try Lookback.parse("enterprise=365d,smb=90d,12w").get()
        #expect(lookback.days(forSegment: "enterprise") == 365)
        #expect(lookback.days(forSegment: "smb") == 90)
        #expect(lookback.days(forSegment: "mid_market") == 84)
        #expect(lookback.days(forSegment: nil) == 84)
        #expect(try Lookback.parse("none").get().days(forSegment: "smb") == nil)
        #expect(Lookback().days(forSegment: "anything") == 365, "the documented default")
        for bad in ["smb=", "=90d", "smb=-5d", "90d,180d", "smb=90d,smb=30d", "ninety"] {
            #expect(throws: InputMessage.self, "\(bad)") { try Lookback.parse(bad).get() }
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
