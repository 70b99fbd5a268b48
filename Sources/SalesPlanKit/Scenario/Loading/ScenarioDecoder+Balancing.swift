/// The `balancing:` block: the defaults of `salesplan balance`, so that a scenario carries the
/// rules its territories are balanced by and every run of it gives the same answer.
extension ScenarioDecoder {
    static let balancingKeys = [
        "tolerance", "workload_tolerance", "objective", "max_moves", "keep_within", "max_distance_km",
        "time_limit", "seed", "count_new_accounts_as_moves",
    ]

    func decodeBalancing(_ top: YAMLRecord) -> BalancingOptions {
        var options = BalancingOptions()
        guard let record = top.record("balancing", allowed: Self.balancingKeys, what: "the balancing section", log: log)
        else { return options }
        if let tolerance = bandTolerance(record, "tolerance") { options.tolerance = tolerance }
        options.workloadTolerance = bandTolerance(record, "workload_tolerance")
        options.objective = record.choice("objective", of: BalancingOptions.Objective.self, log: log) ?? .fewestMoves
        options.maxMoves = record.integer("max_moves", in: 0...limits.maxAccounts, log: log)
        if options.objective == .minDeviation, options.maxMoves == nil, !log.hasFailed(record.path.key("max_moves")) {
            log.error("the min-deviation objective needs balancing.max_moves (the most accounts that may move)",
                      at: record.location(of: "objective"), field: record.path.key("objective"))
        }
        if let items = record.list("keep_within", log: log) {
            var dimensions: [BalancingOptions.Dimension] = []
            for (index, item) in items.enumerated() {
                switch ValueParser.choice(item.text, of: BalancingOptions.Dimension.self) {
                case .success(let dimension): if !dimensions.contains(dimension) { dimensions.append(dimension) }
                case .failure(let problem):
                    log.error(problem.message, at: item.location, field: record.path.key("keep_within").index(index))
                }
            }
            options.keepWithin = dimensions
        }
        if let distance = record.number("max_distance_km", .between(0, 40_000), log: log) {
            if distance > 0 {
                options.maxDistanceKm = distance
            } else {
                log.error("must be greater than 0 km (leave it out for no limit)",
                          at: record.location(of: "max_distance_km"), field: record.path.key("max_distance_km"))
            }
        }
        if let seconds = record.number("time_limit", .between(0, 86_400), log: log) {
            if seconds > 0 {
                options.timeLimit = seconds
            } else {
                log.error("must be greater than 0 seconds", at: record.location(of: "time_limit"), field: record.path.key("time_limit"))
            }
        }
        options.seed = record.unsigned64("seed", log: log) ?? 1
        options.countNewAccountsAsMoves = record.bool("count_new_accounts_as_moves", log: log) ?? false
        return options
    }

    /// A band half-width: a fraction above 0 and below 1 (a band reaching 0 means nothing).
    private func bandTolerance(_ record: YAMLRecord, _ key: String) -> Double? {
        guard let value = record.number(key, .fraction, log: log) else { return nil }
        guard value > 0, value < 1 else {
            log.error("must be greater than 0 and less than 1 (100 %), e.g. 5% (got \(NumberText.plain(value)))",
                      at: record.location(of: key), field: record.path.key(key))
            return nil
        }
        return value
    }
}
