import Foundation

/// Formats numbers for people: messages, terminal tables and reports.
public enum NumberText {
    /// Shortest plain decimal form: `0.55`, `3`, `1500000`; `1e+20` from 10¹⁶ on, `inf`, `nan`.
    ///
    /// Total on every Double: the messages that quote a user's number must never trap on it.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e16 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `value` with exactly `decimals` decimals: `2.45`; `inf`, `nan` as such.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        return String(format: "%.\(decimals)f", value)
    }

    /// Whole number with thousands separators: `1,500,000`.
    ///
    /// Total on every Double, because it prints numbers users wrote: up to 10²¹ (a goal split of
    /// `1e19`, say) every digit is shown, grouped; beyond that, `1e+300`; infinity and NaN as
    /// `inf` and `nan`.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let rounded = value.rounded()
        if abs(rounded) < 9e18 { return grouped(Int(rounded)) }
        guard abs(rounded) < 1e21 else { return "\(value)" }
        // Exactly the digits of the Double (integral above 2⁵³), without going through Int.
        return (value < 0 ? "-" : "") + groupDigits(String(format: "%.0f", abs(rounded)))
    }

    /// An integer with thousands separators: `1,500,000`. Exact for every Int.
    public static func grouped(_ value: Int) -> String {
        (value < 0 ? "-" : "") + groupDigits(String(value.magnitude))
    }

    /// `1234567` → `1,234,567`.
    private static func groupDigits(_ digits: String) -> String {
        var groups: [Substring] = []
        var rest = Substring(digits)
        while rest.count > 3 {
            groups.append(rest.suffix(3))
            rest = rest.dropLast(3)
        }
        groups.append(rest)
        return groups.reversed().joined(separator: ",")
    }

    /// Money in compact form for tables: `$1.50M`, `$624.5M`, `$6.2B`, `$950k`.
    public static func money(_ value: Double, currency: String = "USD") -> String {
        let symbol = currency == "USD" ? "$" : currency == "EUR" ? "€" : currency == "GBP" ? "£" : ""
        let suffix = symbol.isEmpty ? " \(currency)" : ""
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        let body: String
        switch magnitude {
        case 1e18...: body = String(format: "%.3g", magnitude)
        case 1e12...: body = String(format: "%.2fT", magnitude / 1e12)
        case 1e9...: body = String(format: "%.2fB", magnitude / 1e9)
        case 1e6...: body = String(format: "%.2fM", magnitude / 1e6)
        case 1e4...: body = String(format: "%.1fk", magnitude / 1e3)
        default: body = grouped(magnitude)
        }
        return sign + symbol + body + suffix
    }

    /// A fraction as a percentage: `0.2519` → `25.2%`.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f%%", fraction * 100)
    }

    /// A count with a unit, pluralised: `1 seller`, `50 sellers`.
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
