import Foundation

/// Writes a command's report files all at once: into a hidden temporary folder beside the
/// destination, then renamed into place, so that an interrupted run never leaves a half-written
/// report.
///
/// Nothing a user gave us is ever deleted or overwritten. A destination that exists and is not
/// empty is replaced only with `overwrite`, and only when SalesPlan itself wrote it: it holds a
/// `run.json` marker with SalesPlan's schema and nothing but the files that marker lists. The
/// destination may never be the file system root, the home folder, the working folder or one of
/// its parents, nor hold (or be a parent of) any input the run reads.
public struct ReportDirectory: Sendable {
    public let destination: URL
    /// Replace an existing report folder that SalesPlan wrote.
    public let overwrite: Bool
    /// Files the run reads (the scenario and its tables): never inside the destination.
    public let inputs: [URL]

    public init(destination: URL, overwrite: Bool = false, inputs: [URL] = []) {
        self.destination = destination.standardizedFileURL
        self.overwrite = overwrite
        self.inputs = inputs
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

    /// Checks, before any work is done, that the destination may be written: it is a safe place,
    /// holds no input, and is new, empty, or (with `overwrite`) a report SalesPlan wrote.
    public func checkWritable() throws(ReportWriteError) {
        let resolved = Self.resolved(destination)
        try checkSafePlace(resolved)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .notAFolder(destination.path) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        if contents.isEmpty { return }
        guard overwrite else { throw .exists(destination.path) }
        let strangers = ReportMarker.filesNotWrittenBySalesPlan(in: destination, contents: contents)
        if !strangers.isEmpty { throw .notOurs(destination.path, strangers: strangers) }
    }

    private func checkSafePlace(_ resolved: URL) throws(ReportWriteError) {
        let path = resolved.path
        if path == "/" { throw .unsafe(destination.path, reason: "it is the root of the file system") }
        var homes = [FileManager.default.homeDirectoryForCurrentUser]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(URL(fileURLWithPath: home)) }
        if homes.contains(where: { Self.resolved($0).path == path }) {
            throw .unsafe(destination.path, reason: "it is your home folder")
        }
        let workingFolder = Self.resolved(URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).path
        if Self.isSameOrAncestor(path, of: workingFolder) {
            throw .unsafe(destination.path, reason: path == workingFolder
                ? "it is the current folder" : "it contains the current folder")
        }
        for input in inputs {
            let inputPath = Self.resolved(input).path
            if Self.isSameOrAncestor(path, of: inputPath) {
                throw .holdsInput(destination.path, input: input.path)
            }
        }
    }

    /// Writes `files` (name → contents) as the destination folder's whole content.
    public func write(_ files: [(name: String, contents: Data)]) throws(ReportWriteError) {
        try checkWritable()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let name = destination.lastPathComponent
        let temporary = parent.appendingPathComponent(
            "\(StaleReportFolders.partialPrefix)\(name)-\(pid)-\(UInt32.random(in: 0...UInt32.max))")
        // Registered before it exists: an interrupt between creating the folder and registering
        // it would leave it behind (removing a folder not yet created is harmless).
        let registration = PartialOutputs.register(temporary)
        defer { PartialOutputs.release(registration) }
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            StaleReportFolders.clean(in: parent)
            try fileManager.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(parent.path, reason: ReportDirectory.reason(error))
        }
        do {
            for file in files {
                // A name with slashes is a file in a subfolder of the report (`salesplan run`).
                let url = temporary.appendingPathComponent(file.name)
                if file.name.contains("/") {
                    try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                }
                try file.contents.write(to: url)
            }
            if fileManager.fileExists(atPath: destination.path) {
                // Keep the old report until the new one is in place; a run killed in between
                // leaves it under this name, and the next run puts it back (StaleReportFolders).
                let previous = parent.appendingPathComponent("\(StaleReportFolders.replacedPrefix)\(name)-\(pid)")
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

    /// The path with symbolic links resolved for its longest existing prefix.
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for component in rest { result.appendPathComponent(component) }
        return result.standardizedFileURL
    }

    static func isSameOrAncestor(_ folder: String, of path: String) -> Bool {
        folder == path || folder == "/" || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
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
