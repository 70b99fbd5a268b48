import Foundation

/// Formats numbers for people: messages, terminal tables and reports.
public enum NumberText {
    /// Shortest plain decimal form: `0.55`, `3`, `1500000`.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Whole number with thousands separators: `1,500,000`.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let negative = value < 0
        var digits = String(Int64(abs(value).rounded()))
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",")
    }

    /// Money in compact form for tables: `$1.50M`, `$624.5M`, `$6.2B`, `$950k`.
    public static func money(_ value: Double, currency: String = "USD") -> String {
        let symbol = currency == "USD" ? "$" : currency == "EUR" ? "€" : currency == "GBP" ? "£" : ""
        let suffix = symbol.isEmpty ? " \(currency)" : ""
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        let body: String
        switch magnitude {
        case 1e9...: body = String(format: "%.2fB", magnitude / 1e9)
        case 1e6...: body = String(format: "%.2fM", magnitude / 1e6)
        case 1e4...: body = String(format: "%.1fk", magnitude / 1e3)
        default: body = String(format: "%.0f", magnitude)
        }
        return sign + symbol + body + suffix
    }

    /// A fraction as a percentage: `0.2519` → `25.2%`.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f%%", fraction * 100)
    }

    /// A count with a unit, pluralised: `1 seller`, `50 sellers`.
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(Double(count))) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
