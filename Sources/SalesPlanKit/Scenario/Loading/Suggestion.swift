/// "Did you mean …?" suggestions for misspelt keys, ids and enum values.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a plausible
    /// typo (at most a third of the word's length, and at least 1 edit, allowed). Ties go to the
    /// candidate first in alphabetical order, so the hint does not depend on hashing order.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, word.count / 3)
        var best: (candidate: String, distance: Int)?
        let lowered = Array(word.lowercased().unicodeScalars)
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars), limit: limit)
            guard distance <= limit else { continue }
            if let current = best, distance > current.distance || (distance == current.distance && candidate >= current.candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// ` (did you mean "x"?)` or an empty string.
    static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
        hint(closest(to: word, among: candidates))
    }

    static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean \"\(Excerpt.of($0))\"?)" } ?? ""
    }

    /// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
    /// substitutions and swaps of neighbours each cost 1.
    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: .max)
    }

    /// ``editDistance(_:_:)`` on scalars, giving up with `limit + 1` as soon as every path is
    /// longer than `limit`: most candidates are far from the word, and this notices early.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let beyond = limit == .max ? limit : limit + 1
        if a.isEmpty || b.isEmpty || abs(a.count - b.count) > limit { return min(max(a.count, b.count), beyond) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            // A swap reaches back two rows, so give up only when both rows are past the limit.
            if rowMinimum > limit, (previous.min() ?? 0) > limit { return beyond }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return min(previous[b.count], beyond)
    }
}

/// The did-you-mean of scenario files, for the command line's own names (models, options).
public enum NameSuggestion {
    /// The candidate closest to `word`, if one is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        Suggestion.closest(to: word, among: candidates)
    }
}
