import Foundation

/// Temporary report folders being written, so an interrupt handler can remove them.
public final class PartialOutputs: @unchecked Sendable {
    public static let shared = PartialOutputs()
    private let lock = NSLock()
    private var paths: Set<String> = []

    func register(_ url: URL) { lock.withLock { _ = paths.insert(url.path) } }
    func unregister(_ url: URL) { lock.withLock { _ = paths.remove(url.path) } }

    /// Removes every partial folder still registered (called when the process is interrupted).
    public func removeAll() {
        let current = lock.withLock { paths }
        for path in current { try? FileManager.default.removeItem(atPath: path) }
    }
}
