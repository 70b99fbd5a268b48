import ArgumentParser
import Foundation
import SalesPlanKit

/// Where a command writes its report and what it prints: the same for every command, so every
/// report folder is written the same way (atomic, never over a user's files).
struct ReportArguments: ParsableArguments {
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "Report folder (default: a new folder under reports/<scenario>/).", completion: .directory)
    var out: String?

    @Flag(help: "Replace the --out folder if it holds a report SalesPlan wrote (never any other folder).")
    var overwrite = false

    @Option(help: "What to print on standard output: a readable table, or the summary JSON.")
    var format: OutputFormat = .table

    /// The report folder, checked before any work is done. `kind` names the command's subfolder
    /// of `reports/<scenario>/` (nil: the scenario's folder itself, as `simulate` uses).
    func folder(scenarioPath: String, inputs: [URL], startedAt: Date, kind: String?) throws(CommandFailure) -> ReportDirectory {
        var root = URL(fileURLWithPath: "reports").appendingPathComponent(ScenarioLoader.slug(forScenarioAt: scenarioPath))
        if let kind { root.appendPathComponent(kind) }
        let destination = out.map { URL(fileURLWithPath: $0) }
            ?? ReportDirectory.defaultDestination(root: root.deletingLastPathComponent(), scenarioSlug: root.lastPathComponent,
                                                  startedAt: startedAt)
        let folder = ReportDirectory(destination: destination, overwrite: overwrite, inputs: inputs)
        do {
            try folder.checkWritable()
        } catch {
            throw CommandFailure.usage(error.description)
        }
        return folder
    }

    /// Writes the files, then prints (the table naming the folder only if it was written): the
    /// figures are printed even when the report cannot be written, so a result is never lost to
    /// a full disk or a read-only folder.
    func write(_ files: [(name: String, contents: Data)], to folder: ReportDirectory, json: Data,
               table: (_ reportFolder: String?) -> String) throws(CommandFailure) {
        var failure: ReportWriteError?
        do {
            try folder.write(files)
        } catch {
            failure = error
        }
        switch format {
        case .json: FileHandle.standardOutput.write(json)
        case .table: print(table(failure == nil ? Self.relativePath(folder.destination) : nil), terminator: "")
        }
        if let failure {
            throw failure.isRefusal
                ? CommandFailure.usage(failure.description)
                : CommandFailure.invalidInput("\(failure.description); the figures above were not saved")
        }
    }

    static func relativePath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
    }
}

/// Seconds since `start`, for run metadata.
func secondsSince(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = start.duration(to: .now)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}
