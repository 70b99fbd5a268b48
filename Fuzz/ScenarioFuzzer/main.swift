// libFuzzer entry point over the scenario loader and validator (YAML and CSV), built by
// scripts/fuzz.sh with -sanitize=fuzzer,address. Not part of Package.swift: SwiftPM cannot link
// -sanitize=fuzzer, so the script compiles SalesPlanKit and Yams from source with swiftc.
//
// One fuzz input is a scenario folder in a single text, so mutations reach values (numbers, ids,
// references between tables), not only bytes:
//
//     <scenario.yaml>
//     ==> sellers.csv <==
//     <the CSV file sellers.csv>
//     ==> territories.csv <==
//     ...
//
// Each input is written to a private temporary folder (scenario.yaml plus one file per section)
// and loaded with ScenarioLoader, exactly as `salesplan validate` does; every diagnostic is
// rendered. A scenario that passes validation with at most `maxSimulatedSellers` sellers is then
// simulated for a few trials and its report built, because a validated scenario must never trap
// the engine or the report. Any trap (overflow, out-of-range index, force-unwrap) or ASan report
// is a finding.
//
// The custom mutator below edits one section at a time and swaps number tokens for boundary
// values (1e308, -0, nan, 2e17, ...) and identifier tokens for other identifiers of the input.
import Foundation
import SalesPlanKit

// MARK: - Input format

/// One scenario folder packed into one text.
struct PackedScenario {
    static let markerPrefix = Array("==> ".utf8)
    static let markerSuffix = Array(" <==".utf8)

    /// File name and contents; the first is always "scenario.yaml".
    var files: [(name: String, bytes: ArraySlice<UInt8>)]

    /// Byte ranges of each section's contents in `bytes`, with the section's name.
    static func sections(_ bytes: [UInt8]) -> [(name: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var name = "scenario.yaml"
        var start = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if line.starts(with: markerPrefix), line.count > markerPrefix.count + markerSuffix.count,
               line.suffix(markerSuffix.count).elementsEqual(markerSuffix) {
                result.append((name, start..<max(start, lineStart - 1)))
                name = String(decoding: line.dropFirst(markerPrefix.count).dropLast(markerSuffix.count), as: UTF8.self)
                start = min(lineEnd + 1, bytes.count)
            }
            lineStart = lineEnd + 1
        }
        result.append((name, start..<bytes.count))
        return result
    }

    init(_ bytes: [UInt8]) {
        files = []
        var seen = Set<String>()
        for (name, range) in Self.sections(bytes) where Self.isSafeName(name) && seen.insert(name).inserted {
            files.append((name, bytes[range]))
            if files.count == 8 { break }
        }
    }

    /// A plain file name inside the folder: no separators, no "." or "..".
    static func isSafeName(_ name: String) -> Bool {
        guard (1...64).contains(name.utf8.count), name != ".", name != ".." else { return false }
        return name.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
        }
    }
}

// MARK: - The target

/// The folder each input is unpacked into, one per fuzzing process.
nonisolated(unsafe) var workFolder = ""
nonisolated(unsafe) var filesWritten: [String] = []
let maxSimulatedSellers = 200
let limits = ScenarioLimits(maxFileBytes: 1_000_000, maxSellers: 20_000, maxAccounts: 20_000,
                            maxTrials: 20_000_000, maxDraws: 1e11)

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    workFolder = (base as NSString).appendingPathComponent("salesplan-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: workFolder) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let packed = PackedScenario(bytes)
    for name in filesWritten { unlink(workFolder + "/" + name) }
    filesWritten = []
    for (name, contents) in packed.files {
        let path = workFolder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { continue }
        filesWritten.append(name)
        contents.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        close(fd)
    }

    let loader = ScenarioLoader(limits: limits)
    do {
        let loaded = try loader.load(workFolder + "/scenario.yaml")
        let warnings = loaded.warnings.map(\.description)
        if verbose { print("loaded: \(loaded.scenario.sellers.count) sellers, \(warnings.count) warnings") }
        if !loadOnly { exercise(loaded.scenario) }
    } catch {
        let text = error.description
        _ = error.diagnostics.map(\.description)
        if verbose { print(text) }
    }
    return 0
}

/// SALESPLAN_FUZZ_VERBOSE=1 prints what each input loads to (for replaying an input).
let verbose = ProcessInfo.processInfo.environment["SALESPLAN_FUZZ_VERBOSE"] != nil
/// SALESPLAN_FUZZ_LOAD_ONLY=1 stops after loading and validating (no simulation, no report).
let loadOnly = ProcessInfo.processInfo.environment["SALESPLAN_FUZZ_LOAD_ONLY"] != nil

/// What `salesplan simulate` does with a validated scenario, on a few trials.
func exercise(_ scenario: Scenario) {
    guard scenario.sellers.count <= maxSimulatedSellers else { return }
    let options = SimulationOptions(trials: min(scenario.simulation.trials, 40), seed: scenario.simulation.seed, threads: 1)
    let result = MonteCarloEngine(scenario: scenario).run(options)
    let run = RunInfo(scenarioPath: "scenario.yaml", command: ["fuzz"], startedAt: Date(timeIntervalSince1970: 0),
                      threads: 1, elapsedSeconds: 0)
    _ = try? SimulationReport(result: result, run: run)
}

// MARK: - Custom mutator

@_silgen_name("LLVMFuzzerMutate")
func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

/// Values at the edges of what a number field may hold, as a user could type them.
let interestingNumbers: [String] = [
    "0", "-0", "0.0", "-0.0", "1", "-1", "0.5", "1.0", "3", "100%", "0%", "-5%", "1e3%", "150k", "62M", "1.5B", "$1.5M",
    "1_500_000", "\"1,500,000\"", "1e308", "-1e308", "1.7976931348623157e308", "1e309", "-1e309", "4.9e-324",
    "1e-320", "2.2250738585072014e-308", "nan", "NaN", ".nan", "inf", "-inf", ".inf", "-.inf", "2e17", "9007199254740993",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551615",
    "18446744073709551616", "1e19", "1e400", "99999999999999999999999", "0x10", "0o17", "1e", "e5", "1.", ".5",
    "+1", "--1", "1e+308k", "999999999B", "1e-9", "2147483648", "4294967296", "20000000", "200001", "1e11",
]
let interestingWords: [String] = [
    "", "~", "null", "true", "false", "yes", "no", "on", "[]", "{}", "\"\"", "*a", "&a x", "!!str", "!!float",
    "é", "\u{202E}", "a,b", "\"a\nb\"", "-", "- ", ":", "? ", "|", ">", "#", "sellers.csv", "territories.csv",
    "accounts.csv", "/dev/null", ".", "..", "scenario.yaml", String(repeating: "x", count: 300),
]

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
}

/// Maximal runs of bytes that look like one value: digits, letters and the characters numbers
/// and ids are written with.
func tokens(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
    func isTokenByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: "%")
            || c == UInt8(ascii: "+") || c == UInt8(ascii: "$")
    }
    var result: [Range<Int>] = []
    var i = range.lowerBound
    while i < range.upperBound {
        if isTokenByte(bytes[i]) {
            var j = i
            while j < range.upperBound, isTokenByte(bytes[j]) { j += 1 }
            result.append(i..<j)
            i = j
        } else {
            i += 1
        }
    }
    return result
}

func isNumeric<C: Collection>(_ token: C) -> Bool where C.Element == UInt8 {
    token.contains { $0 >= 0x30 && $0 <= 0x39 }
        && token.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || "+-._%$eEkKMB".utf8.contains($0) }
}

func mutate(_ input: [UInt8], maxSize: Int, random: inout SplitMix) -> [UInt8] {
    var bytes = input
    let sections = PackedScenario.sections(bytes)
    let section = sections[random.below(sections.count)].range
    switch random.below(10) {
    case 0, 1, 2:  // a number token becomes a boundary value, or is scaled
        let numbers = tokens(bytes, in: section).filter { isNumeric(bytes[$0]) }
        guard let target = numbers.isEmpty ? nil : numbers[random.below(numbers.count)] else { break }
        let old = String(decoding: bytes[target], as: UTF8.self)
        let replacement: String
        switch random.below(4) {
        case 0: replacement = "-" + old
        case 1: replacement = old + String(repeating: "0", count: 1 + random.below(20))
        default: replacement = interestingNumbers[random.below(interestingNumbers.count)]
        }
        bytes.replaceSubrange(target, with: Array(replacement.utf8))
    case 3, 4:  // an identifier becomes another identifier of the input (rewires references), or an odd word
        let all = tokens(bytes, in: 0..<bytes.count)
        let words = tokens(bytes, in: section).filter { !isNumeric(bytes[$0]) }
        guard let target = words.isEmpty ? nil : words[random.below(words.count)], !all.isEmpty else { break }
        let replacement = random.below(4) == 0
            ? Array(interestingWords[random.below(interestingWords.count)].utf8)
            : Array(bytes[all[random.below(all.count)]])
        bytes.replaceSubrange(target, with: replacement)
    case 5:  // a line (a YAML entry, a CSV row) is duplicated, deleted or moved
        var lines = bytes[section].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { break }
        let i = random.below(lines.count), j = random.below(lines.count)
        switch random.below(3) {
        case 0: lines.insert(lines[i], at: j)
        case 1: lines.remove(at: i)
        default: lines.swapAt(i, j)
        }
        bytes.replaceSubrange(section, with: Array(lines.joined(separator: [UInt8(ascii: "\n")])))
    default:  // libFuzzer's own byte-level mutations, on one section only
        let budget = maxSize - (bytes.count - section.count)
        guard budget > 0 else { break }
        var part = Array(bytes[section])
        let used = part.count
        part.append(contentsOf: repeatElement(0, count: max(0, budget - used)))
        let newSize = part.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return LLVMFuzzerMutate(base, min(used, budget), budget)
        }
        bytes.replaceSubrange(section, with: part.prefix(newSize))
    }
    return bytes.count <= maxSize ? bytes : Array(bytes.prefix(maxSize))
}

@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzerCustomMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: CUnsignedInt) -> Int {
    var random = SplitMix(state: UInt64(seed) &* 0x2545_F491_4F6C_DD1D)
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for _ in 0..<(1 + random.below(3)) { bytes = mutate(bytes, maxSize: maxSize, random: &random) }
    if bytes.isEmpty { return LLVMFuzzerMutate(data, size, maxSize) }
    bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: $0.count) }
    return bytes.count
}
