import Foundation
import Testing
@testable import SalesPlanKit

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test func closestIsAPlausibleTypo() {
        #expect(Suggestion.closest(to: "treshold", among: ["threshold", "tier_method", "zones"]) == "threshold")
        #expect(Suggestion.closest(to: "qouta", among: ["quota", "plan"]) == "quota")
        #expect(Suggestion.closest(to: "xyz", among: ["quota", "plan"]) == nil)
    }

    /// Ties go to the alphabetically first candidate, whatever order a dictionary hands them in.
    @Test func tiesDoNotDependOnOrder() {
        #expect(Suggestion.closest(to: "ab", among: ["ac", "aa", "ad"]) == "aa")
        #expect(Suggestion.closest(to: "ab", among: ["ad", "ac", "aa"]) == "aa")
    }

    /// The early exit never changes a distance within the limit, and reports limit + 1 beyond.
    @Test func boundedEditDistanceAgreesWithTheFullOne() {
        var generator = SplitMix(seed: 7)
        let letters = Array("abcab-".unicodeScalars)
        for _ in 0..<3_000 {
            let a = (0..<Int(generator.next() % 9)).map { _ in letters[Int(generator.next() % 6)] }
            let b = (0..<Int(generator.next() % 9)).map { _ in letters[Int(generator.next() % 6)] }
            let full = Suggestion.editDistance(a, b, limit: .max)
            for limit in 0...4 {
                let bounded = Suggestion.editDistance(a, b, limit: limit)
                #expect(full <= limit ? bounded == full : bounded == limit + 1, "\(a) \(b) limit \(limit)")
            }
        }
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
    }

    @Test func aSmallIndexSearchesAtFullTypoDistance() {
        let index = SuggestionIndex(["north-america", "emea", "apac"])
        #expect(index.closest(to: "nort-amerca") == "north-america")  // two edits
    }

    /// Above a thousand ids the index looks for ids one edit away, without scanning them all.
    @Test func aLargeIndexFindsIdsOneEditAway() {
        let ids = (0..<5_000).map { "rep-\($0)" } + ["alice.johnson", "Bob.Smith"]
        let index = SuggestionIndex(ids)
        #expect(index.closest(to: "alice.jonhson") == "alice.johnson")  // swap
        #expect(index.closest(to: "alice.johnsn") == "alice.johnson")   // deletion
        #expect(index.closest(to: "alice.johnsson") == "alice.johnson") // insertion
        #expect(index.closest(to: "bob.smith") == "Bob.Smith")          // case only
        #expect(index.closest(to: "rep-49999") == "rep-4999")
        // Several one edit away: the alphabetically first.
        #expect(index.closest(to: "rep-10x") == "rep-10")  // not rep-100, rep-101, …
        #expect(index.closest(to: "carol") == nil)
    }
}

/// A small deterministic generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
