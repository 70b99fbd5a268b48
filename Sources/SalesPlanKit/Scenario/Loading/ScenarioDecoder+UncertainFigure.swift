import Foundation
import Yams

/// Uncertain figures (``UncertainFigure``) in the marketing plan. Three ways to write one, so a
/// planner can say what they know: a plain number (certain), `{value: 120, sigma: 0.2}` (the
/// median and σ of its logarithm) or a P10–P90 range, `[90, 160]` or `{range: [90, 160]}`.
extension ScenarioDecoder {
    static let uncertainKeys = ["value", "sigma", "range"]
    /// Largest σ of a log-normal figure: e² ≈ 7.4 either way is already no plan at all.
    static let maxFigureSigma = 2.0

    /// The figure at `key`, each part checked against `rule` (which must refuse 0 and below);
    /// nil when absent or wrong (reported).
    func uncertain(_ record: YAMLRecord, _ key: String, _ rule: NumberRule, required: Bool = false) -> UncertainFigure? {
        guard let node = record.node(key) else {
            if required { record.reportMissing(key, log: log) }
            return nil
        }
        let path = record.path.key(key)
        if node.sequence != nil {
            guard let ends = record.numbers(key, rule, log: log) else { return nil }
            return range(ends, at: record.location(of: key), field: path)
        }
        guard node.mapping != nil else {
            return record.number(key, rule, required: required, log: log).map(UncertainFigure.exactly)
        }
        guard let figure = YAMLRecord(node, path: path, file: displayPath, allowed: Self.uncertainKeys,
                                      what: "an uncertain figure ({value: 120, sigma: 0.2} or {range: [90, 160]})", log: log)
        else { return nil }
        if figure.has("range") {
            if figure.has("value") || figure.has("sigma") {
                log.error("give `value` (with an optional `sigma`) or a P10–P90 `range`, not both",
                          at: figure.location(of: "range"), field: path.key("range"))
                return nil
            }
            guard let ends = figure.numbers("range", rule, log: log) else { return nil }
            return range(ends, at: figure.location(of: "range"), field: path.key("range"))
        }
        guard let value = figure.number("value", rule, required: true, log: log) else { return nil }
        let sigma = figure.number("sigma", .between(0, Self.maxFigureSigma), log: log) ?? 0
        return UncertainFigure(median: value, sigma: sigma)
    }

    /// `[P10, P90]`: two numbers, lowest first.
    private func range(_ ends: [Double], at location: SourceLocation, field: FieldPath) -> UncertainFigure? {
        guard ends.count == 2, ends[0] <= ends[1] else {
            log.error("expected a P10–P90 range of two numbers, lowest first, e.g. [90, 160]", at: location, field: field)
            return nil
        }
        let figure = UncertainFigure(p10: ends[0], p90: ends[1])
        guard figure.sigma <= Self.maxFigureSigma else {
            log.error("the range spans more than a factor of \(Int(exp(2 * UncertainFigure.z90 * Self.maxFigureSigma))) (σ of its logarithm above \(NumberText.plain(Self.maxFigureSigma))); narrow it",
                      at: location, field: field)
            return nil
        }
        return figure
    }
}
