/// Everything wrong with the attribution input files, each problem where it is:
/// `file:line: column "x": message`, as the scenario loader reports CSV tables.
///
/// Loading carries on past a problem so that one run shows them all (the first
/// ``keptLimit``, then a count); any problem means nothing is computed and nothing written.
public struct AttributionInputError: Error, Sendable, CustomStringConvertible {
    public static let keptLimit = 100

    public private(set) var messages: [String] = []
    public private(set) var count = 0

    public init() {}

    var isEmpty: Bool { count == 0 }

    mutating func add(_ file: String, line: Int? = nil, column: String? = nil, _ message: String) {
        count += 1
        guard messages.count < Self.keptLimit else { return }
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \"\(column)\": " }
        messages.append(text + message)
    }

    public var description: String {
        var lines = messages
        if count > messages.count { lines.append("… and \(NumberText.grouped(count - messages.count)) more errors not shown") }
        lines.append("\(NumberText.count(count, "error")) found; nothing was attributed or written.")
        return lines.joined(separator: "\n")
    }
}

/// A one-line problem with an option's or a cell's text, as a throwable value.
public struct InputMessage: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
