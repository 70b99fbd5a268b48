import Foundation

/// Typed reads of record fields. Each reports its own problems and returns nil on failure, so a
/// decoder can read every field of a record and report all that are wrong in one pass.
extension FieldRecord {
    func string(_ key: String, required: Bool = false, log: DiagnosticLog) -> String? {
        guard let raw = field(key, log: log) else {
            if required { reportMissing(key, log: log) }
            return nil
        }
        let text = raw.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if required { reportMissing(key, log: log) }
            return nil
        }
        return text
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

    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false, log: DiagnosticLog) -> Int? {
        guard let raw = field(key, log: log) else {
            if required { reportMissing(key, log: log) }
            return nil
        }
        switch ValueParser.integer(raw.text) {
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: path.key(key))
            return nil
        case .success(let value):
            guard range.contains(value) else {
                log.error("must be between \(NumberText.grouped(Double(range.lowerBound))) and \(NumberText.grouped(Double(range.upperBound))) (got \(raw.text))",
                          at: raw.location, field: path.key(key))
                return nil
            }
            return value
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
        return report(ValueParser.choice(raw.text, of: type), raw, key: key, log: log)
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

    private func checkedNumber(_ raw: RawField, _ rule: NumberRule, field: FieldPath, log: DiagnosticLog) -> Double? {
        switch ValueParser.number(raw.text) {
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: field)
            return nil
        case .success(let value):
            if let problem = rule.problem(with: value, written: raw.text) {
                log.error(problem, at: raw.location, field: field)
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
