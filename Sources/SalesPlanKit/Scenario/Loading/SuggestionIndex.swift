/// Known ids (of sellers, plans, territories), indexed for did-you-mean suggestions.
///
/// Comparing a dangling reference with every known id is quadratic at CRM scale: 8,000 sellers
/// with missing managers took two minutes. Small sets (the usual plans and territories) are still
/// searched whole, at the full typo distance of ``Suggestion/closest(to:among:)``. Large sets are
/// searched for ids one edit away, by generating the word's edits over the characters the ids use
/// and looking each up: the cost depends on the word, not on how many ids there are. (With
/// thousands of ids like `s-004711`, an id two edits away is as likely a neighbour as the one
/// meant, so the hint would mislead anyway.)
final class SuggestionIndex {
    /// Sets up to this size are searched whole.
    static let fullSearchLimit = 1_000

    private let smallSet: [String]?
    /// Lower-cased id → the id (the alphabetically first, if several differ only in case).
    private let byLowercased: [String: String]
    /// The characters the lower-cased ids use, at most 128 of them (edits use these only).
    private let alphabet: [Character]

    init(_ ids: some Collection<String>) {
        if ids.count <= Self.fullSearchLimit {
            smallSet = Array(ids)
            byLowercased = [:]
            alphabet = []
            return
        }
        smallSet = nil
        var byLowercased: [String: String] = [:]
        byLowercased.reserveCapacity(ids.count)
        var characters = Set<Character>()
        for id in ids {
            let lowered = id.lowercased()
            if let existing = byLowercased[lowered], existing <= id { continue }
            byLowercased[lowered] = id
            if characters.count < 128 { characters.formUnion(lowered) }
        }
        self.byLowercased = byLowercased
        alphabet = characters.sorted()
    }

    /// The id closest to `word`, if one is a plausible typo of it.
    func closest(to word: String) -> String? {
        if let smallSet { return Suggestion.closest(to: word, among: smallSet) }
        let lowered = word.lowercased()
        if let sameButCase = byLowercased[lowered] { return sameButCase }
        let characters = Array(lowered)
        var best: String?
        func consider(_ candidate: [Character]) {
            guard let id = byLowercased[String(candidate)], best.map({ id < $0 }) ?? true else { return }
            best = id
        }
        for position in characters.indices {
            var deleted = characters
            deleted.remove(at: position)
            consider(deleted)
            if position + 1 < characters.count {
                var swapped = characters
                swapped.swapAt(position, position + 1)
                consider(swapped)
            }
            for letter in alphabet where letter != characters[position] {
                var replaced = characters
                replaced[position] = letter
                consider(replaced)
            }
        }
        for position in 0...characters.count {
            for letter in alphabet {
                var inserted = characters
                inserted.insert(letter, at: position)
                consider(inserted)
            }
        }
        return best
    }
}
