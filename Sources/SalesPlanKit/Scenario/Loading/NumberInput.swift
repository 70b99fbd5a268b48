/// Numbers typed on the command line, read the way scenario files read them (`30%`, `0.3`,
/// `1.5M`, `1_000`), so an option takes what a scenario key takes.
public enum NumberInput {
    /// The number, or nil when `text` is not one (or not finite).
    public static func value(_ text: String) -> Double? {
        try? ValueParser.number(String(text.trimmingWhitespace())).get()
    }
}
