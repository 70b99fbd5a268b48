import Foundation

/// Turns the text of one field (from YAML or CSV alike) into a typed value, or into a message a
/// user can act on.
///
/// Numbers are read the way finance people write them: `1500000`, `1_500_000`, `1,500,000`,
/// `$1.5M`, `150k`, `1.5e6`, and fractions as `0.55` or `55%`. NaN and infinity are refused:
/// no plan figure is infinite.
enum ValueParser {
    static func number(_ raw: String) -> Result<Double, ValueProblem> {
        var text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(ValueProblem("expected a number, got an empty value")) }
        let lowered = text.lowercased()
        if ["nan", ".nan", "inf", ".inf", "+inf", "-inf", "+.inf", "-.inf", "infinity", "-infinity"].contains(lowered) {
            return .failure(ValueProblem("must be a finite number (got \(raw))"))
        }
        var scale = 1.0
        if text.hasPrefix("$") { text.removeFirst() } else if text.hasPrefix("-$") {
            text = "-" + String(text.dropFirst(2))
        }
        if let last = text.last {
            switch last {
            case "%": scale = 0.01
            case "k", "K": scale = 1e3
            case "m", "M": scale = 1e6
            case "b", "B": scale = 1e9
            default: break
            }
            if scale != 1 { text.removeLast() }
        }
        // Digit-group separators: only between digits, so "1,5" or "_1" stay errors.
        let cleaned = removingGroupSeparators(text)
        guard let cleaned, !cleaned.isEmpty, cleaned.allSatisfy({ "0123456789+-.eE".contains($0) }),
              let value = Double(cleaned)
        else { return .failure(ValueProblem("expected a number, got \"\(raw)\"")) }
        let scaled = value * scale
        guard scaled.isFinite else { return .failure(ValueProblem("must be a finite number (got \(raw))")) }
        return .success(scaled)
    }

    static func integer(_ raw: String) -> Result<Int, ValueProblem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let cleaned = removingGroupSeparators(text), let value = Int(cleaned) { return .success(value) }
        switch number(raw) {
        case .failure(let problem): return .failure(problem)
        case .success(let value):
            guard value == value.rounded(), abs(value) < 9e15 else {
                return .failure(ValueProblem("expected a whole number, got \(raw)"))
            }
            return .success(Int(value))
        }
    }

    static func unsigned64(_ raw: String) -> Result<UInt64, ValueProblem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let cleaned = removingGroupSeparators(text), let value = UInt64(cleaned) { return .success(value) }
        if text.hasPrefix("-") { return .failure(ValueProblem("must be 0 or more (got \(raw))")) }
        return .failure(ValueProblem("expected a whole number from 0 to 18446744073709551615, got \"\(raw)\""))
    }

    static func bool(_ raw: String) -> Result<Bool, ValueProblem> {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "y", "1": .success(true)
        case "false", "no", "n", "0": .success(false)
        default: .failure(ValueProblem("expected true or false, got \"\(raw)\""))
        }
    }

    static func date(_ raw: String) -> Result<CalendarDate, ValueProblem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let date = CalendarDate(iso: text) { return .success(date) }
        return .failure(ValueProblem("expected a date as YYYY-MM-DD, got \"\(raw)\""))
    }

    static func choice<Value: RawRepresentable & CaseIterable>(
        _ raw: String, of type: Value.Type
    ) -> Result<Value, ValueProblem> where Value.RawValue == String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let normalised = text.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        if let value = Value(rawValue: normalised) { return .success(value) }
        let names = Value.allCases.map(\.rawValue)
        let hint = Suggestion.didYouMean(normalised, among: names)
        return .failure(ValueProblem("\"\(raw)\" is not one of \(names.joined(separator: ", "))\(hint)"))
    }

    private static func removingGroupSeparators(_ text: String) -> String? {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character == "_" || character == "," {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                guard before.isASCII, before.isNumber, after.isASCII, after.isNumber else { return nil }
                continue
            }
            result.append(character)
        }
        return result
    }
}

/// Why a field's text could not be used, phrased for the person who wrote it.
struct ValueProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A range a number must fall in, with the message that says so.
enum NumberRule {
    case any
    /// Strictly greater than 0 (quotas, σ).
    case positive
    /// 0 or more (money that may be zero).
    case nonNegative
    /// Between 0 and 1 inclusive (probabilities, margins, shares).
    case fraction
    case between(Double, Double)
    case atMost(Double)

    func problem(with value: Double, written raw: String) -> String? {
        let got = "(got \(raw.trimmingCharacters(in: .whitespaces)))"
        switch self {
        case .any: return nil
        case .positive: return value > 0 ? nil : "must be greater than 0 \(got)"
        case .nonNegative: return value >= 0 ? nil : "must be 0 or more \(got)"
        case .fraction: return (0...1).contains(value) ? nil : "must be between 0 and 1 (0 % and 100 %) \(got)"
        case .between(let low, let high):
            return (low...high).contains(value) ? nil : "must be between \(NumberText.plain(low)) and \(NumberText.plain(high)) \(got)"
        case .atMost(let high): return value <= high ? nil : "must be at most \(NumberText.plain(high)) \(got)"
        }
    }
}
