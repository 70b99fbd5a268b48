import Foundation

/// Runs the built `salesplan` executable as a user would, in a folder of its own.
struct SalesPlanProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the process died from a signal rather than exiting.
        var signalled: Bool
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable SwiftPM built next to the test bundle.
    static let executable: URL = {
        var candidates: [URL] = []
        if let main = Bundle.main.executableURL { candidates.append(main.deletingLastPathComponent().appendingPathComponent("salesplan")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("salesplan"))
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/salesplan"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    static func scenario(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent(relative).path
    }

    /// Runs `salesplan arguments…` in `directory`; `interruptAfter` sends SIGINT after that many seconds.
    static func run(_ arguments: [String], in directory: URL, interruptAfter: Double? = nil,
                    environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let interruptAfter {
            Thread.sleep(forTimeInterval: interruptAfter)
            process.interrupt()
        }
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                       stderr: String(decoding: err, as: UTF8.self), signalled: process.terminationReason == .uncaughtSignal)
    }
}

extension SalesPlanProcess {
    /// Starts `salesplan arguments…` in `directory` with its output discarded, for tests that
    /// signal it while it runs.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A scratch working directory, removed afterwards.
final class WorkingDirectory: @unchecked Sendable {
    /// One shared folder for runs that write nothing (help, validate, usage errors).
    static let scratch = try! WorkingDirectory()

    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func contents(_ relative: String = "") -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(relative).path).sorted()) ?? []
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: url.appendingPathComponent(relative))
    }
}
