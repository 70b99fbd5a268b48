import Dispatch
import Foundation

/// Order-preserving parallel map for independent pieces of work (summaries, report files):
/// results come back in input order whatever order the threads finish in, so output stays
/// deterministic.
enum Parallel {
    /// `threads`, when given, caps how many run at once (element k goes to worker k mod threads).
    static func map<Element: Sendable, Output: Sendable>(
        _ elements: [Element], threads: Int? = nil, _ transform: @Sendable (Element) -> Output
    ) -> [Output] {
        guard elements.count > 1 else { return elements.map(transform) }
        let results = Slots<Output>(count: elements.count)
        let workers = max(1, min(threads ?? elements.count, elements.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: elements.count, by: workers) {
                results.store(transform(elements[index]), at: index)
            }
        }
        return results.values
    }

    /// One slot per element, each written once.
    private final class Slots<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: Value, at index: Int) { lock.withLock { slots[index] = value } }

        var values: [Value] { lock.withLock { slots.map { $0! } } }
    }
}
