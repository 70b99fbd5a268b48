/// Typed reads of record fields. Each reports its own problems and returns nil on failure, so a
/// decoder can read every field of a record and report all that are wrong in one pass.
extension FieldRecord {
    func string(_ key: String, required: Bool = false, log: DiagnosticLog) -> String? {
        guard let raw = field(key, log: log) else {
            if required { reportMissing(key, log: log) }
            return nil
        }
        let trimmed = raw.text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { reportMissing(key, log: log) }
            return nil
        }
        // Most values have nothing to trim: keep the string rather than copying it.
        return trimmed.utf8.count == raw.text.utf8.count ? raw.text : String(trimmed)
    }

    /// An identifier: non-empty, no surrounding spaces.
    func identifier(_ key: String, required: Bool = true, log: DiagnosticLog) -> String? {
        string(key, required: required, log: log)
    }

    func number(_ key: String, _ rule: NumberRule = .any, required: Bool = false, log: DiagnosticLog) -> Double? {
        guard let raw = field(key, log: log) else {
            if required { reportMissing(key, log: log) }
            return nil
        }
        return checkedNumber(raw, rule, field: path.key(key), log: log)
    }

    /// A whole number in `range`. `tooLarge` says why the upper limit is there, for limits a
    /// user may run into (trials).
    func integer(_ key: String, in range: ClosedRange<Int>, tooLarge: String? = nil, required: Bool = false,
                 log: DiagnosticLog) -> Int? {
        guard let raw = field(key, log: log) else {
            if required { reportMissing(key, log: log) }
            return nil
        }
        switch ValueParser.wholeNumber(raw.text) {
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: path.key(key))
            return nil
        case .success(let value):
            // Int(exactly:), so that `1e19` is out of range rather than a trap in Int(_:).
            guard let whole = Int(exactly: value), range.contains(whole) else {
                let got = "(got \(Excerpt.of(raw.text.trimmingWhitespace())))"
                let bounds = { (bound: Int) in abs(bound) < 10_000 ? String(bound) : NumberText.grouped(bound) }
                let message = if range.upperBound == .max {
                    "must be at least \(bounds(range.lowerBound)) \(got)"
                } else if value > Double(range.upperBound), let tooLarge {
                    "must be at most \(bounds(range.upperBound)) \(got): \(tooLarge)"
                } else {
                    "must be between \(bounds(range.lowerBound)) and \(bounds(range.upperBound)) \(got)"
                }
                log.error(message, at: raw.location, field: path.key(key))
                return nil
            }
            return whole
        }
    }

    func unsigned64(_ key: String, log: DiagnosticLog) -> UInt64? {
        guard let raw = field(key, log: log) else { return nil }
        switch ValueParser.unsigned64(raw.text) {
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: path.key(key))
            return nil
        case .success(let value): return value
        }
    }

    func bool(_ key: String, log: DiagnosticLog) -> Bool? {
        guard let raw = field(key, log: log) else { return nil }
        return report(ValueParser.bool(raw.text), raw, key: key, log: log)
    }

    func date(_ key: String, log: DiagnosticLog) -> CalendarDate? {
        guard let raw = field(key, log: log) else { return nil }
        return report(ValueParser.date(raw.text), raw, key: key, log: log)
    }

    func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, of type: Value.Type, required: Bool = false, log: DiagnosticLog
    ) -> Value? where Value.RawValue == String {
        guard let raw = field(key, log: log) else {
            if required { reportMissing(key, log: log) }
            return nil
        }
        return report(ValueParser.choice(raw.text, of: type) { log.didYouMean($0, among: $1) }, raw, key: key, log: log)
    }

    /// A list of numbers, each checked against `rule`; nil if absent or if any item is wrong.
    func numbers(_ key: String, _ rule: NumberRule, log: DiagnosticLog) -> [Double]? {
        guard let items = list(key, log: log) else { return nil }
        var values: [Double] = []
        var allValid = true
        for (index, item) in items.enumerated() {
            if let value = checkedNumber(item, rule, field: path.key(key).index(index), log: log) {
                values.append(value)
            } else {
                allValid = false
            }
        }
        return allValid ? values : nil
    }

    /// `field` is built only for a message: a CSV record's path is a new string each time.
    private func checkedNumber(_ raw: RawField, _ rule: NumberRule, field: @autoclosure () -> FieldPath,
                               log: DiagnosticLog) -> Double? {
        switch ValueParser.number(raw.text) {
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: field())
            return nil
        case .success(let value):
            if let problem = rule.problem(with: value, written: raw.text) {
                log.error(problem, at: raw.location, field: field())
                return nil
            }
            return value
        }
    }

    private func report<Value>(_ result: Result<Value, ValueProblem>, _ raw: RawField, key: String, log: DiagnosticLog) -> Value? {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: path.key(key))
            return nil
        }
    }
}
