/// `quota_setting:` — ramp, seasonality, roll-up, rounding and change limits for `salesplan quotas`.
extension ScenarioDecoder {
    static let quotaSettingKeys = ["ramp", "seasonality", "rollup", "round", "max_change"]

    func decodeQuotaSetting(_ top: YAMLRecord) -> QuotaSetting {
        var setting = QuotaSetting()
        guard let record = top.record("quota_setting", allowed: Self.quotaSettingKeys, what: "the quota settings", log: log)
        else { return setting }
        if let ramp = record.numbers("ramp", .fraction, log: log) {
            if ramp.last != 1 {
                log.error("a ramp schedule must end at 100 % (a fully ramped seller), e.g. [0%, 25%, 50%, 75%, 100%]",
                          at: record.location(of: "ramp"), field: record.path.key("ramp"))
            } else if zip(ramp, ramp.dropFirst()).contains(where: { $0 > $1 }) {
                log.error("a ramp schedule may not fall from one quarter to the next",
                          at: record.location(of: "ramp"), field: record.path.key("ramp"))
            } else {
                setting.ramp = ramp
            }
        }
        if let seasonality = record.numbers("seasonality", .fraction, log: log) {
            if seasonality.count != 4, seasonality.count != 12 {
                log.error("expected 4 quarterly or 12 monthly shares (got \(seasonality.count))",
                          at: record.location(of: "seasonality"), field: record.path.key("seasonality"))
            } else {
                checkSumsToOne(seasonality, what: "seasonal shares", at: record.location(of: "seasonality"),
                               field: record.path.key("seasonality"))
                setting.seasonality = seasonality
            }
        }
        if let rollup = record.record("rollup", allowed: ["manager", "overlay_specialist"], what: "the roll-up rule", log: log) {
            if let manager = rollup.number("manager", .between(0, 10), log: log) { setting.rollup[.manager] = manager }
            if let overlay = rollup.number("overlay_specialist", .between(0, 10), log: log) { setting.rollup[.overlaySpecialist] = overlay }
        }
        setting.roundTo = record.number("round", .money, log: log) ?? 0
        setting.maxChange = record.number("max_change", .between(0, 10), log: log)
        return setting
    }
}
