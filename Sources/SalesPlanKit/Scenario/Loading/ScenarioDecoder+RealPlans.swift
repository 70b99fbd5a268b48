import Yams

/// The keys of real plans (issue 10) on a plan and its measures: what a measure is credited on,
/// its own attainment distribution, gates, the plan's correlation matrix, clawback, draw and ramp
/// quota relief.
extension ScenarioDecoder {
    static let measureAttainmentKeys = ["median", "sigma", "correlation"]
    static let gateKeys = ["measure", "at_least", "otherwise"]
    static let clawbackKeys = ["churn_rate", "window_months"]
    static let drawKeys = ["monthly", "months", "recoverable"]
    static let betaRateKeys = ["mean", "spread"]
    /// Largest log-σ of a measure's own attainment: e³ between neighbouring sigmas is already
    /// absurd for a pay measure.
    static let maxMeasureSigma = 3.0

    /// The YAML spellings of ``MeasureCredit``.
    enum CreditKeyword: String, CaseIterable {
        case bookings, renewals, product, margin
    }

    /// `credits: bookings|renewals|product|margin`, with `product: NAME` for `product`.
    func decodeCredit(_ measure: YAMLRecord) -> MeasureCredit {
        let keyword = measure.choice("credits", of: CreditKeyword.self, log: log) ?? .bookings
        let product = measure.string("product", log: log)
        if keyword == .product {
            guard let product else {
                if !log.hasFailed(measure.path.key("product")) {
                    log.error("`credits: product` needs `product: NAME`, the product (as in product_mix) the measure pays on",
                              at: measure.location(of: "credits"), field: measure.path.key("product"))
                }
                return .bookings
            }
            return .product(product)
        }
        if product != nil, !log.hasFailed(measure.path.key("credits")) {
            log.error("`product` only applies with `credits: product` (this measure is credited on \(keyword.rawValue))",
                      at: measure.location(of: "product"), field: measure.path.key("product"))
        }
        switch keyword {
        case .bookings, .product: return .bookings
        case .renewals: return .renewals
        case .margin: return .margin
        }
    }

    /// `attainment: {median: 0.95, sigma: 0.10, correlation: 0.6}`.
    func decodeMeasureAttainment(_ measure: YAMLRecord) -> MeasureAttainment? {
        guard let record = measure.record("attainment", allowed: Self.measureAttainmentKeys,
                                          what: "a measure's attainment", log: log)
        else { return nil }
        let median = record.number("median", .positiveAttainment, log: log) ?? 1
        var sigma = record.number("sigma", .positive, required: true, log: log)
        if let value = sigma, value > Self.maxMeasureSigma {
            log.error("σ of the measure's log attainment must be at most \(NumberText.plain(Self.maxMeasureSigma)) (typical: 0.05 to 0.4; bookings' own σ is the year type's) (got \(NumberText.plain(value)))",
                      at: record.location(of: "sigma"), field: record.path.key("sigma"))
            sigma = nil
        }
        let correlation = correlationValue(record, "correlation") ?? 0
        return MeasureAttainment(median: median, sigma: sigma ?? 0.1, correlation: correlation)
    }

    /// A correlation in [−1, 1].
    private func correlationValue(_ record: YAMLRecord, _ key: String) -> Double? {
        guard let raw = record.field(key, log: log) else { return nil }
        return checkedCorrelation(raw.text, at: raw.location, field: record.path.key(key))
    }

    private func checkedCorrelation(_ text: String, at location: SourceLocation, field: FieldPath) -> Double? {
        switch ValueParser.number(text) {
        case .failure(let problem):
            log.error(problem.message, at: location, field: field)
            return nil
        case .success(let value):
            guard (-1...1).contains(value) else {
                log.error("a correlation must be between -1 and 1 (got \(Excerpt.of(text.trimmingWhitespace())))",
                          at: location, field: field)
                return nil
            }
            return value
        }
    }

    /// `gate: {measure: renewals, at_least: 90%, otherwise: nothing|no_accelerator}`.
    func decodeGate(_ measure: YAMLRecord) -> MeasureGate? {
        guard let record = measure.record("gate", allowed: Self.gateKeys, what: "a gate", log: log) else { return nil }
        let gating = record.string("measure", required: true, log: log)
        let atLeast = record.number("at_least", .attainment, required: true, log: log)
        let otherwise = record.choice("otherwise", of: GateFallback.self, log: log) ?? .nothing
        guard let gating, let atLeast else { return nil }
        return MeasureGate(measure: gating, atLeast: atLeast, otherwise: otherwise)
    }

    /// A gate must name another measure of the same plan, by a name only one measure has.
    func checkGates(_ measures: [PlanMeasure], records: [YAMLRecord]) {
        for (index, measure) in measures.enumerated() {
            guard let gate = measure.gate else { continue }
            let gateRecord = records[index].record("gate", allowed: Self.gateKeys, what: "a gate", log: DiagnosticLog())
            let location = gateRecord?.location(of: "measure") ?? records[index].location(of: "gate")
            let field = records[index].path.key("gate").key("measure")
            let names = measures.map(\.name)
            let matches = names.indices.filter { names[$0] == gate.measure }
            if matches == [index] {
                log.error("a measure cannot be gated by itself; name another measure of the plan (\(names.filter { $0 != measure.name }.joined(separator: ", ")))",
                          at: location, field: field)
            } else if matches.isEmpty {
                let others = names.filter { $0 != measure.name }
                let hint = log.didYouMean(gate.measure, among: others)
                let listed = others.isEmpty ? "it has no other measure" : "its other measures are \(others.joined(separator: ", "))"
                log.error("the plan has no measure named \"\(Excerpt.of(gate.measure))\"\(hint); \(listed)", at: location, field: field)
            } else if matches.count > 1 {
                log.error("\(matches.count) measures of the plan are named \"\(Excerpt.of(gate.measure))\": give them different names so the gate names one",
                          at: location, field: field)
            }
        }
    }

    /// `measure_correlations: [[1, 0.5], [0.5, 1]]`: the correlations of the primary (bookings)
    /// normal and of each measure with its own `attainment`, in plan order. Square of that size,
    /// entries in [−1, 1], symmetric, unit diagonal and positive semi-definite.
    func decodeMeasureCorrelations(_ plan: YAMLRecord, measures: [PlanMeasure]) -> [[Double]]? {
        guard let rows = plan.sequence("measure_correlations", log: log) else { return nil }
        let path = plan.path.key("measure_correlations")
        let location = plan.location(of: "measure_correlations")
        let own = measures.filter { $0.attainment != nil }.map(\.name)
        let size = 1 + own.count
        let labels = ["the primary (bookings) attainment"] + own.map { "\"\($0)\"" }
        let expected = "\(size) × \(size): a row and a column for \(labels.joined(separator: ", ")), in plan order"
        if own.isEmpty, !log.hasFailed(plan.path.key("measures")) {
            log.error("no measure of the plan has its own `attainment`, so there is nothing to correlate; give measures an `attainment` block or leave measure_correlations out",
                      at: location, field: path)
            return nil
        }
        if rows.count != size {
            log.error("has \(rows.count) row\(rows.count == 1 ? "" : "s"); the matrix must be \(expected)", at: location, field: path)
            return nil
        }
        var matrix: [[Double]] = []
        var readable = true
        for (i, rowNode) in rows.enumerated() {
            let rowLocation = SourceLocation(file: displayPath, mark: rowNode.mark)
            guard let items = rowNode.sequence else {
                log.error("expected a row written as a list, e.g. [1, 0.5], got \(YAMLRecord.kind(of: rowNode))",
                          at: rowLocation, field: path.index(i))
                readable = false
                continue
            }
            var row: [Double] = []
            for (j, item) in items.enumerated() {
                let at = SourceLocation(file: displayPath, mark: item.mark)
                guard let text = item.scalar?.string else {
                    log.error("expected a number, got \(YAMLRecord.kind(of: item))", at: at, field: path.index(i).index(j))
                    readable = false
                    continue
                }
                if let value = checkedCorrelation(text, at: at, field: path.index(i).index(j)) {
                    row.append(value)
                } else {
                    readable = false
                }
            }
            if items.count != size {
                log.error("row \(i + 1) has \(items.count) entr\(items.count == 1 ? "y" : "ies"); the matrix must be \(expected)",
                          at: rowLocation, field: path.index(i))
                readable = false
            }
            matrix.append(row)
        }
        guard readable else { return nil }
        for i in 0..<size where abs(matrix[i][i] - 1) > CorrelationMatrix.tolerance {
            log.error("the diagonal must be 1 (each attainment is perfectly correlated with itself), but entry [\(i)][\(i)] is \(NumberText.plain(matrix[i][i]))",
                      at: SourceLocation(file: displayPath, mark: rows[i].sequence?[i].mark ?? rows[i].mark), field: path.index(i).index(i))
            return nil
        }
        for i in 0..<size {
            for j in (i + 1)..<max(size, i + 1) where abs(matrix[i][j] - matrix[j][i]) > CorrelationMatrix.tolerance {
                log.error("the matrix must be symmetric, but entry [\(j)][\(i)] is \(NumberText.plain(matrix[j][i])) and entry [\(i)][\(j)] is \(NumberText.plain(matrix[i][j]))",
                          at: SourceLocation(file: displayPath, mark: rows[j].sequence?[i].mark ?? rows[j].mark), field: path.index(j).index(i))
                return nil
            }
        }
        if case .failure(let failure) = CorrelationMatrix.cholesky(matrix) {
            log.error("is not positive semi-definite (its Cholesky factorisation fails at row \(failure.row + 1), with a tolerance of 1e-9): no set of measures can be correlated like this; the correlations contradict each other (e.g. A and B strongly together, B and C strongly together, A and C strongly opposed), so loosen some of them",
                      at: location, field: path)
            return nil
        }
        // A measure's own `correlation` is superseded by the matrix; say so when they differ.
        var column = 0
        for (index, measure) in measures.enumerated() {
            guard let attainment = measure.attainment else { continue }
            column += 1
            guard let measureRecord = plan.sequence("measures", log: DiagnosticLog())?[index],
                  let record = YAMLRecord(measureRecord, path: plan.path.key("measures").index(index), file: displayPath,
                                          allowed: Self.measureKeys, what: "a measure", log: DiagnosticLog()),
                  let attainmentRecord = record.record("attainment", allowed: Self.measureAttainmentKeys, what: "", log: DiagnosticLog()),
                  attainmentRecord.has("correlation"), attainment.correlation != matrix[0][column]
            else { continue }
            log.warning("ignored: the plan's measure_correlations gives this measure a correlation of \(NumberText.plain(matrix[0][column])) with the primary attainment",
                        at: attainmentRecord.location(of: "correlation"), field: attainmentRecord.path.key("correlation"))
        }
        return matrix
    }

    /// `clawback: {churn_rate: {mean: 6%, spread: 3%}, window_months: 6}`.
    func decodeClawback(_ plan: YAMLRecord) -> Clawback? {
        guard let record = plan.record("clawback", allowed: Self.clawbackKeys, what: "a clawback", log: log) else { return nil }
        let rate = decodeBetaRate(record, "churn_rate", what: "churn rate")
        let window = record.integer("window_months", in: 1...36, log: log) ?? 12
        guard let rate else { return nil }
        return Clawback(churnRate: rate, windowMonths: window)
    }

    /// `draw: {monthly: 8k, months: 3, recoverable: true}`.
    func decodeDraw(_ plan: YAMLRecord) -> NewHireDraw? {
        guard let record = plan.record("draw", allowed: Self.drawKeys, what: "a draw", log: log) else { return nil }
        let monthly = record.number("monthly", .money, required: true, log: log)
        let months = record.integer("months", in: 1...24, required: true, log: log)
        let recoverable = record.bool("recoverable", log: log) ?? false
        guard let monthly, let months else { return nil }
        return NewHireDraw(monthlyAmount: monthly, months: months, recoverable: recoverable)
    }

    /// `{mean: 90%, spread: 4%}`: a rate drawn per trial from the Beta distribution with this mean
    /// and standard deviation, which exists only for 0 < mean < 1 and spread² < mean(1 − mean).
    func decodeBetaRate(_ parent: YAMLRecord, _ key: String, what: String) -> BetaRate? {
        guard parent.has(key) else {
            parent.reportMissing(key, log: log)
            return nil
        }
        guard let record = parent.record(key, allowed: Self.betaRateKeys, what: "a \(what) (mean and spread)", log: log)
        else { return nil }
        var mean = record.number("mean", .fraction, required: true, log: log)
        var spread = record.number("spread", .fraction, required: true, log: log)
        if let value = mean, value <= 0 || value >= 1 {
            log.error("the mean \(what) must be strictly between 0 and 1 (0 % and 100 %): a Beta distribution has no other mean (got \(NumberText.plain(value)))",
                      at: record.location(of: "mean"), field: record.path.key("mean"))
            mean = nil
        }
        if let value = spread, value <= 0 {
            log.error("must be greater than 0 (a spread of 0 is no distribution; give a small spread such as 1%) (got \(NumberText.plain(value)))",
                      at: record.location(of: "spread"), field: record.path.key("spread"))
            spread = nil
        }
        guard let mean, let spread else { return nil }
        let rate = BetaRate(mean: mean, spread: spread)
        guard rate.parameters != nil else {
            let largest = (mean * (1 - mean)).squareRoot()
            log.error("no Beta distribution has mean \(NumberText.percent(mean)) and spread \(NumberText.percent(spread)): for that mean the spread must be below √(mean × (1 − mean)) = \(NumberText.percent(largest, decimals: 2)) (a typical spread is a few points)",
                      at: record.location(of: "spread"), field: record.path.key("spread"))
            return nil
        }
        return rate
    }
}
