/// Can variable compensation push EBITDA negative in a plausible worst year?
///
/// EBITDA before variable comp minus variable comp, at the 99th percentile of variable comp and
/// at the most expensive trial; the annual review wants both non-negative.
public struct EBITDACheck: Sendable, Equatable, Codable {
    public var ebitdaBeforeVariableComp: Double
    public var ebitdaAtP99VariableComp: Double
    public var ebitdaAtMaxVariableComp: Double
    /// Share of trials in which EBITDA after variable comp is negative.
    public var probabilityNegative: Proportion

    public var negativeAtP99: Bool { ebitdaAtP99VariableComp < 0 }
    public var negativeAtMax: Bool { ebitdaAtMaxVariableComp < 0 }
    public var passes: Bool { !negativeAtP99 && !negativeAtMax }
}
