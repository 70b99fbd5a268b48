import Foundation

/// The text of one input file, read once and checked for the problems that make parsing
/// pointless: missing, unreadable, empty, binary, not UTF-8, or absurdly large.
struct SourceText {
    /// Path as the user would type it; used in every diagnostic about this file.
    let displayPath: String
    let text: String

    /// Reads `url`, reporting any problem under `displayPath` and returning nil if the file
    /// cannot be used. `role` says what the file is for ("scenario file", "sellers table").
    static func read(
        _ url: URL, displayPath: String, role: String, field: FieldPath, maxBytes: Int,
        referencedFrom: SourceLocation? = nil, log: DiagnosticLog
    ) -> SourceText? {
        log.noteFile(referencedFrom?.file ?? displayPath)
        let fileLocation = SourceLocation(file: displayPath)
        let reportLocation = referencedFrom ?? fileLocation
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            log.error("\(role) \"\(displayPath)\" does not exist", at: reportLocation, field: field)
            return nil
        }
        if isDirectory.boolValue {
            log.error("\(role) \"\(displayPath)\" is a directory, not a file", at: reportLocation, field: field)
            return nil
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > maxBytes {
            log.error(
                "\(role) is \(ByteCount(size)), above the \(ByteCount(maxBytes)) limit; split it or raise the limit",
                at: reportLocation, field: field)
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            log.error("\(role) \"\(displayPath)\" cannot be read (\(SourceText.reason(error)))", at: reportLocation, field: field)
            return nil
        }
        log.noteFile(displayPath)
        // One pass over raw bytes for each check: iterating Data byte by byte costs an exclusivity
        // check per byte, which made reading a 30 MB export take longer than parsing it.
        let decoded: (text: String, zeroOffset: Int?, isValid: Bool) = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            if let zero = all.firstIndex(of: 0) { return ("", zero, true) }
            let hasBOM = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF  // UTF-8 byte-order mark
            let bytes = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)...])
            let text = String(decoding: bytes, as: UTF8.self)
            // Decoding replaces invalid bytes, so the text is valid UTF-8 exactly if nothing changed.
            let same = text.utf8.count == bytes.count && text.utf8.withContiguousStorageIfAvailable { decodedBytes in
                bytes.isEmpty || memcmp(decodedBytes.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            } ?? text.utf8.elementsEqual(bytes)
            return (text, nil, same)
        }
        if let zero = decoded.zeroOffset {
            log.error("is a binary file, not text (NUL byte at offset \(zero)); expected a \(role)",
                      at: fileLocation, field: .root)
            return nil
        }
        guard decoded.isValid else {
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            let offset = SourceText.firstInvalidUTF8Offset(bytes)
            log.error("is not UTF-8 text (invalid byte at offset \(offset)); save it as UTF-8",
                      at: fileLocation, field: .root)
            return nil
        }
        let text = decoded.text
        if text.allSatisfy(\.isWhitespace) {
            log.error("is empty; expected a \(role)", at: fileLocation, field: .root)
            return nil
        }
        return SourceText(displayPath: displayPath, text: text)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += String(scalar).utf8.count
                offset = consumed
            case .emptyInput:
                return offset
            case .error:
                return offset
            }
        }
    }
}

/// A byte count printed for people: "12.3 MB".
struct ByteCount: CustomStringConvertible {
    /// A Double, so that sizes computed from user numbers (trials × 64 bytes) cannot overflow.
    let bytes: Double
    init(_ bytes: Int) { self.bytes = Double(bytes) }
    init(_ bytes: Double) { self.bytes = bytes }
    var description: String {
        let units = ["bytes", "KB", "MB", "GB", "TB", "PB", "EB"]
        var value = bytes
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(NumberText.plain(bytes)) bytes" : String(format: "%.1f %@", value, units[unit])
    }
}
