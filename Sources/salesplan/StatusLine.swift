import Foundation

/// "balancing… 3 s" on standard error while a long search runs, only when standard error is a
/// terminal: the search has no natural fraction done, so it shows the time against the limit.
final class StatusLine: @unchecked Sendable {
    private let timer: DispatchSourceTimer?
    private let start = Date()
    private var shown = false
    private let lock = NSLock()

    init(limit: Double) {
        guard StandardError.isTerminal else { timer = nil; return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        self.timer = timer
        timer.schedule(deadline: .now() + 1, repeating: 0.5)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let elapsed = Date().timeIntervalSince(self.start)
            self.lock.withLock {
                self.shown = true
                FileHandle.standardError.write(Data(String(format: "\rbalancing… %.0f s (time limit %.0f s) ", elapsed, limit).utf8))
            }
        }
        timer.resume()
    }

    func finish() {
        timer?.cancel()
        lock.withLock { if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) } }
    }
}
