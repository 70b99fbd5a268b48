import Foundation

/// How a run was made, as opposed to what it found: `run.json` beside the summary.
///
/// It is also the marker by which SalesPlan recognises a report folder it wrote (the only kind
/// `--overwrite` may replace): `schema` is ``ReportMarker/schema`` and `files` lists every file
/// of the folder.
public struct RunInfo: Encodable, Sendable {
    public var schema = ReportMarker.schema
    public var schemaVersion = 1
    /// The report's files, `run.json` included.
    public var files: [String] = []
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
