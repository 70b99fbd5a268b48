import Foundation

/// How a run was made, as opposed to what it found: `run.json` beside the summary.
public struct RunInfo: Encodable, Sendable {
    public var salesplanVersion: String
    public var scenarioPath: String
    public var command: [String]
    public var startedAt: String
    public var threads: Int
    public var elapsedSeconds: Double
    public var host: String

    public init(scenarioPath: String, command: [String], startedAt: Date, threads: Int, elapsedSeconds: Double) {
        salesplanVersion = SalesPlanVersion.current
        self.scenarioPath = scenarioPath
        self.command = command
        self.startedAt = ISO8601DateFormatter().string(from: startedAt)
        self.threads = threads
        self.elapsedSeconds = elapsedSeconds
        host = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ByteCount(Int(ProcessInfo.processInfo.physicalMemory)))"
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// The version of SalesPlan, reported in run metadata and `--version`.
public enum SalesPlanVersion {
    public static let current = "0.1.0"
}
