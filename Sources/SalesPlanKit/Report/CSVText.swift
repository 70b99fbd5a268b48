/// Writes CSV text (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes
/// doubled.
///
/// Reports write tens of thousands of numbers, so numbers are formatted here directly into
/// bytes, in fixed-point: money to the cent, ratios to nine decimals (trailing zeros dropped).
/// `summary.json` keeps full precision.
struct CSVText {
    private(set) var bytes: [UInt8] = []

    init(header: [String], expectedRows: Int = 0) {
        bytes.reserveCapacity((expectedRows + 1) * 16 * max(header.count, 1))
        for (index, name) in header.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendText(name)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts a field: a comma before every field but the first of a row.
    private mutating func separator(_ first: Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
    }

    mutating func text(_ value: String, first: Bool = false) {
        separator(first)
        appendText(value)
    }

    mutating func integer(_ value: Int, first: Bool = false) {
        separator(first)
        FixedPoint.append(Int64(value), to: &bytes)
    }

    /// A number with `decimals` decimal places, trailing zeros removed; empty if not finite.
    mutating func number(_ value: Double, decimals: Int, first: Bool = false) {
        separator(first)
        FixedPoint.append(value, decimals: decimals, to: &bytes)
    }

    mutating func money(_ value: Double) { number(value, decimals: 2) }
    mutating func ratio(_ value: Double) { number(value, decimals: 9) }

    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func appendText(_ field: String) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// Fixed-point decimal formatting straight into bytes.
enum FixedPoint {
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    static func append(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard abs(scaled) < 9e15 else {
            bytes.append(contentsOf: "\(value)".utf8)
            return
        }
        var units = Int64(scaled)
        if units < 0 {
            bytes.append(UInt8(ascii: "-"))
            units = -units
        }
        let divisor = Int64(scale)
        append(units / divisor, to: &bytes)
        var fraction = units % divisor
        guard fraction != 0 else { return }
        var width = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        bytes.append(UInt8(ascii: "."))
        // Fill the fraction's digits from the right, in place (leading zeros stay).
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width))
        var position = bytes.count - 1
        while fraction > 0 {
            bytes[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
            position -= 1
        }
    }

    /// A number as text with `decimals` places, trailing zeros dropped.
    static func text(_ value: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
