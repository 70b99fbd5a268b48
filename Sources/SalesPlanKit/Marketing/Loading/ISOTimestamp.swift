/// Parses ISO 8601 dates and date-times (UTC unless an offset is given) straight from bytes,
/// to seconds since 1970-01-01T00:00:00Z.
///
/// A touch file has a timestamp per row, a million rows at a time; Foundation's formatters
/// would take seconds for what this does in milliseconds. Accepted: `2026-03-01`,
/// `2026-03-01T09:30`, `2026-03-01T09:30:15`, `…:15.250`, with `T` or a space, and an optional
/// `Z`, `+02:00` or `-0500`.
enum ISOTimestamp {
    static func seconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var position = 0
        func digits(_ count: Int) -> Int? {
            guard position + count <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let digit = Int(bytes[position]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
                position += 1
            }
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard position < bytes.count, bytes[position] == character.asciiValue! else { return false }
            position += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        guard position < bytes.count else { return seconds }
        guard expect("T") || expect(" ") || expect("t"), let hour = digits(2), hour <= 23, expect(":"),
              let minute = digits(2), minute <= 59 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if expect(":") {
            guard let second = digits(2), second <= 60 else { return nil }
            seconds += Double(second)
            if expect(".") || expect(",") {
                var scale = 0.1
                let start = position
                while position < bytes.count, (48...57).contains(bytes[position]) {
                    seconds += Double(bytes[position] - 48) * scale
                    scale /= 10
                    position += 1
                }
                guard position > start else { return nil }
            }
        }
        guard position < bytes.count else { return seconds }
        if expect("Z") || expect("z") { return position == bytes.count ? seconds : nil }
        let sign: Double = expect("+") ? 1 : expect("-") ? -1 : 0
        guard sign != 0, let offsetHours = digits(2), offsetHours <= 23 else { return nil }
        _ = expect(":")
        guard let offsetMinutes = digits(2), offsetMinutes <= 59, position == bytes.count else { return nil }
        return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
