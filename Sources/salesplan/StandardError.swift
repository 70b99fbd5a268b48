import Foundation

/// Standard error: where every message for the user goes, so standard output stays clean for
/// `--format json` and pipes.
enum StandardError {
    static func write(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
