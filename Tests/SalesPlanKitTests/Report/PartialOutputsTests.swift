import CSignalSafe
import Foundation
import Testing
@testable import SalesPlanKit

/// What an interrupt removes (from a signal handler, by system calls alone): registered partial
/// folders with everything in them, nothing a symbolic link inside them points to, and nothing
/// that was released.
@Suite("Reports: partial folders removed on interrupt")
struct PartialOutputsTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("salesplan-partial-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A report-like tree: 400 files (more than one read of the directory), a subfolder two deep,
    /// an empty folder, and a link to a folder outside that must survive.
    static func tree(in root: URL, outside: URL) throws -> URL {
        let report = root.appendingPathComponent(".salesplan-partial-report-1-2")
        let nested = report.appendingPathComponent("simulation/charts")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: report.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for index in 0..<400 {
            try Data("row \(index)\n".utf8).write(to: report.appendingPathComponent("file-with-a-longish-name-\(index).csv"))
        }
        try Data("chart".utf8).write(to: nested.appendingPathComponent("chart.svg"))
        try FileManager.default.createSymbolicLink(at: report.appendingPathComponent("link"), withDestinationURL: outside)
        return report
    }

    @Test func aTreeIsRemovedWithoutFollowingLinks() throws {
        let root = try Self.folder(), outside = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: outside) }
        try Data("keep".utf8).write(to: outside.appendingPathComponent("notes.txt"))
        let report = try Self.tree(in: root, outside: outside)
        #expect(salesplan_remove_tree(report.path) == 0)
        #expect(!FileManager.default.fileExists(atPath: report.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep")
        #expect(salesplan_remove_tree(report.path) == 0, "a folder already gone is no error")
    }

    /// What an interrupt would remove: the registered folders, not the released ones. (Checked
    /// slot by slot rather than by calling `salesplan_partial_remove_all`, which would also
    /// remove the folders other tests running alongside are writing; the CLI tests interrupt real
    /// runs.)
    @Test func onlyRegisteredFoldersAreListedForRemoval() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let kept = PartialOutputs.register(root.appendingPathComponent("a"))
        let released = PartialOutputs.register(root.appendingPathComponent("b"))
        let keptSlot = kept.slot, releasedSlot = released.slot
        #expect(keptSlot >= 0 && releasedSlot >= 0 && keptSlot != releasedSlot)
        PartialOutputs.release(released)
        #expect(salesplan_partial_registered_path(keptSlot).map { String(cString: $0) } == root.appendingPathComponent("a").path)
        #expect(salesplan_partial_registered_path(releasedSlot) == nil)
        PartialOutputs.release(kept)
        #expect(salesplan_partial_registered_path(keptSlot) == nil)
    }

    /// Slots are reused once released; a path too long for a slot is not registered (the next
    /// run's clean-up of stale folders takes it).
    @Test func slotsAreReusedAndLongPathsDeclined() {
        for _ in 0..<(3 * SALESPLAN_PARTIAL_SLOTS) {
            let slot = salesplan_partial_register("/tmp/salesplan-never-created")
            #expect(slot >= 0)
            salesplan_partial_release(slot)
        }
        let long = "/tmp/" + String(repeating: "x", count: Int(SALESPLAN_PARTIAL_PATH_MAX))
        #expect(salesplan_partial_register(long) == -1)
    }
}
