/// Turns the text of one field (from YAML or CSV alike) into a typed value, or into a message a
/// user can act on.
///
/// Numbers are read the way finance people write them: `1500000`, `1_500_000`, `1,500,000`,
/// `$1.5M`, `150k`, `1.5e6`, and fractions as `0.55` or `55%`. NaN and infinity are refused:
/// no plan figure is infinite. Messages quote what was written through ``Excerpt``.
enum ValueParser {
    static func number(_ raw: String) -> Result<Double, ValueProblem> {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return .failure(ValueProblem("expected a number, got an empty value")) }
        // A large table is mostly plain numbers: read them without building any other string.
        if let value = plainNumber(text) { return finite(value, written: raw) }

        var body = Substring(text)
        // A percent divides by 100 rather than multiplying by 0.01, so that 70% is exactly the
        // double nearest 0.7 (70 × 0.01 is 0.7000000000000001).
        var scale = 1.0
        var divisor = 1.0
        if body.hasPrefix("$") {
            body = body.dropFirst()
        } else if body.hasPrefix("-$") {
            body = Substring("-" + body.dropFirst(2))
        }
        if let last = body.last {
            switch last {
            case "%": divisor = 100
            case "k", "K": scale = 1e3
            case "m", "M": scale = 1e6
            case "b", "B": scale = 1e9
            default: break
            }
            if scale != 1 || divisor != 1 { body = body.dropLast() }
        }
        // Digit-group separators: only between digits, so "1,5" or "_1" stay errors.
        guard let cleaned = removingGroupSeparators(body), let value = plainNumber(Substring(cleaned)) else {
            let lowered = text.lowercased()
            if ["nan", ".nan", "inf", ".inf", "+inf", "-inf", "+.inf", "-.inf", "infinity", "-infinity"].contains(lowered) {
                return .failure(ValueProblem("must be a finite number (got \(Excerpt.of(raw)))"))
            }
            return .failure(ValueProblem("expected a number, got \"\(Excerpt.of(raw))\""))
        }
        return finite(value * scale / divisor, written: raw)
    }

    /// `text` as a Double if it is made only of digits, signs, `.` and exponents (no `inf`,
    /// `nan` or hexadecimal, which Double's own parser would take).
    private static func plainNumber(_ text: Substring) -> Double? {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
                 UInt8(ascii: "e"), UInt8(ascii: "E"): continue
            default: return nil
            }
        }
        return Double(text)
    }

    private static func finite(_ value: Double, written raw: String) -> Result<Double, ValueProblem> {
        guard value.isFinite else {
            return .failure(ValueProblem("is too large for any plan figure (got \(Excerpt.of(raw.trimmingWhitespace())))"))
        }
        return .success(value)
    }

    /// A whole number, as a Double so that numbers beyond Int (`1e19`) can be reported as out
    /// of range rather than as not whole. Exact for every whole number up to 2⁵³.
    static func wholeNumber(_ raw: String) -> Result<Double, ValueProblem> {
        let text = raw.trimmingWhitespace()
        if let cleaned = removingGroupSeparators(Substring(text)), let value = Int(cleaned) { return .success(Double(value)) }
        switch number(raw) {
        case .failure(let problem): return .failure(problem)
        case .success(let value):
            guard value == value.rounded() else {
                return .failure(ValueProblem("expected a whole number, got \(Excerpt.of(text))"))
            }
            return .success(value)
        }
    }

    static func unsigned64(_ raw: String) -> Result<UInt64, ValueProblem> {
        let text = raw.trimmingWhitespace()
        if let cleaned = removingGroupSeparators(Substring(text)), let value = UInt64(cleaned) { return .success(value) }
        if text.hasPrefix("-") { return .failure(ValueProblem("must be 0 or more (got \(Excerpt.of(text)))")) }
        return .failure(ValueProblem("expected a whole number from 0 to 18446744073709551615, got \"\(Excerpt.of(raw))\""))
    }

    static func bool(_ raw: String) -> Result<Bool, ValueProblem> {
        let text = raw.trimmingWhitespace()
        // Lower-casing allocates; almost every cell is lower case already.
        let hasUpperCase = text.utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        switch hasUpperCase ? text.lowercased() : String(text) {
        case "true", "yes", "y", "1": return .success(true)
        case "false", "no", "n", "0": return .success(false)
        default: return .failure(ValueProblem("expected true or false, got \"\(Excerpt.of(raw))\""))
        }
    }

    static func date(_ raw: String) -> Result<CalendarDate, ValueProblem> {
        if let date = CalendarDate(iso: String(raw.trimmingWhitespace())) { return .success(date) }
        return .failure(ValueProblem("expected a date as YYYY-MM-DD, got \"\(Excerpt.of(raw))\""))
    }

    static func choice<Value: RawRepresentable & CaseIterable>(
        _ raw: String, of type: Value.Type, suggest: (String, [String]) -> String = Suggestion.didYouMean
    ) -> Result<Value, ValueProblem> where Value.RawValue == String {
        let text = String(raw.trimmingWhitespace())
        if let value = Value(rawValue: text) { return .success(value) }
        let normalised = String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        if let value = Value(rawValue: normalised) { return .success(value) }
        let names = Value.allCases.map(\.rawValue)
        let hint = suggest(normalised, names)
        return .failure(ValueProblem("\"\(Excerpt.of(raw))\" is not one of \(names.joined(separator: ", "))\(hint)"))
    }

    /// `text` without `_` and `,` digit-group separators, nil if one is not between two digits.
    private static func removingGroupSeparators(_ text: Substring) -> String? {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ",") }) else { return String(text) }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var previous: UInt8 = 0
        var iterator = utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: ",") {
                guard isDigit(previous), let next, isDigit(next) else { return nil }
            } else {
                result.append(byte)
            }
            previous = byte
            current = next
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

/// Why a field's text could not be used, phrased for the person who wrote it.
struct ValueProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
