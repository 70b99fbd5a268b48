/// The accounts currently moved (the squeeze's working set), with O(1) insertion and removal
/// in a fixed order: the order of insertions and removals, so the same on every run.
struct MovedSet {
    private(set) var items: [Int] = []
    private var slot: [Int32]

    init(count: Int) { slot = Array(repeating: -1, count: count) }

    mutating func insert(_ a: Int) {
        guard slot[a] < 0 else { return }
        slot[a] = Int32(items.count)
        items.append(a)
    }

    mutating func remove(_ a: Int) {
        let index = Int(slot[a])
        guard index >= 0 else { return }
        let last = items.removeLast()
        if last != a {
            items[index] = last
            slot[last] = Int32(index)
        }
        slot[a] = -1
    }
}
