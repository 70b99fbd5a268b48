extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks, and Unicode
    /// spaces such as the no-break space spreadsheets like to leave).
    ///
    /// Foundation's `trimmingCharacters(in:)` bridges through a character set and allocates for
    /// every call; loading 250,000 accounts calls this millions of times, and almost every
    /// value is plain ASCII with nothing to trim, so this looks at the two ends only.
    func trimmingWhitespace() -> SubSequence {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard Self.isWhitespace(scalars[last]) else { break }
            end = last
        }
        return self[start..<end]
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
