import Foundation

/// Hidden folders a killed run left beside a report (SIGKILL, a power cut: signals SalesPlan can
/// catch are handled by ``PartialOutputs``), cleaned up by the next run that writes there.
///
/// `.salesplan-partial-<name>-<pid>-<random>` is a report being written: removed once its
/// process is gone. `.salesplan-replaced-<name>-<pid>` is a previous report moved aside while its
/// replacement was renamed into place: put back when the replacement never arrived, removed when
/// it did. Folders of processes still running are left alone.
enum StaleReportFolders {
    static let partialPrefix = ".salesplan-partial-"
    static let replacedPrefix = ".salesplan-replaced-"

    static func clean(in parent: URL) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(partialPrefix) || entry.hasPrefix(replacedPrefix) {
            let parts = entry.split(separator: "-", omittingEmptySubsequences: false)
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(partialPrefix) {
                guard parts.count >= 4, let pid = Int32(parts[parts.count - 2]), !isRunning(pid) else { continue }
                try? fileManager.removeItem(at: url)
            } else {
                guard parts.count >= 3, let pid = Int32(parts[parts.count - 1]), !isRunning(pid) else { continue }
                let name = String(entry.dropFirst(replacedPrefix.count).dropLast(parts[parts.count - 1].count + 1))
                let original = parent.appendingPathComponent(name)
                if name.isEmpty { continue }
                if fileManager.fileExists(atPath: original.path) {
                    try? fileManager.removeItem(at: url)
                } else {
                    try? fileManager.moveItem(at: url, to: original)
                }
            }
        }
    }

    /// Whether a process with this id exists (signal 0 checks without sending anything).
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
