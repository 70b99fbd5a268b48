import Foundation

/// Writes a run's report files all at once: into a hidden temporary folder beside the
/// destination, then renamed into place, so that an interrupted run never leaves a half-written
/// report, and an existing folder is only replaced when the user asked for it.
public struct ReportDirectory: Sendable {
    public let destination: URL
    /// Replace an existing, non-empty destination folder.
    public let overwrite: Bool

    public init(destination: URL, overwrite: Bool = false) {
        self.destination = destination.standardizedFileURL
        self.overwrite = overwrite
    }

    /// The default folder for a run: `reports/<scenario>/<timestamp>/` under `root`, made unique
    /// with a suffix if a run in the same second already took it.
    public static func defaultDestination(root: URL, scenarioSlug: String, startedAt: Date) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = root.appendingPathComponent(scenarioSlug).appendingPathComponent(formatter.string(from: startedAt))
        var candidate = base
        var suffix = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = URL(fileURLWithPath: base.path + "-\(suffix)")
            suffix += 1
        }
        return candidate
    }

    /// Checks, before any work is done, that the destination can be written.
    public func checkWritable() throws(ReportWriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(destination.path) }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
            if !contents.isEmpty, !overwrite { throw .exists(destination.path) }
        }
    }

    /// Writes `files` (name → contents) as the destination folder's whole content.
    public func write(_ files: [(name: String, contents: Data)]) throws(ReportWriteError) {
        try checkWritable()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(".salesplan-partial-\(destination.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(parent.path, reason: ReportDirectory.reason(error))
        }
        PartialOutputs.shared.register(temporary)
        defer { PartialOutputs.shared.unregister(temporary) }
        do {
            for file in files {
                try file.contents.write(to: temporary.appendingPathComponent(file.name))
            }
            if fileManager.fileExists(atPath: destination.path) {
                // Keep the old report until the new one is in place.
                let previous = parent.appendingPathComponent(".salesplan-replaced-\(destination.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
                try fileManager.moveItem(at: destination, to: previous)
                try fileManager.moveItem(at: temporary, to: destination)
                try? fileManager.removeItem(at: previous)
            } else {
                try fileManager.moveItem(at: temporary, to: destination)
            }
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw .cannotWrite(destination.path, reason: ReportDirectory.reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
