import Foundation
import SalesPlanKit
import Synchronization

/// A progress bar on standard error, shown only when standard error is a terminal and the run
/// takes longer than a moment.
final class ProgressBar: Sendable {
    private struct State {
        var lastDraw: Double = 0
        var shown = false
    }

    private let total: Int
    private let label: String
    private let start = Date()
    private let state = Mutex(State())
    /// Runs shorter than this never show a bar.
    private let delay = 0.4

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    /// Records that `completed` units are done; redraws at most ten times a second.
    func update(_ completed: Int) {
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed >= delay else { return }
        state.withLock { state in
            guard elapsed - state.lastDraw >= 0.1 || completed == total else { return }
            state.lastDraw = elapsed
            state.shown = true
            let fraction = Double(completed) / Double(max(total, 1))
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            let line = "\r\(label) ▕\(bar)▏ \(String(format: "%3.0f", fraction * 100)) %  \(NumberText.grouped(Double(completed)))/\(NumberText.grouped(Double(total)))  \(String(format: "%.1f", remaining)) s left "
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Clears the bar's line if it was drawn.
    func finish() {
        state.withLock { state in
            if state.shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }
}
