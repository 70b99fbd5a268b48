/// The attribution models `salesplan attribute` runs, with the conventions of docs/attribution.md.
///
/// Rule-based models split each conversion over its touches by fixed rules; `markov` and
/// `shapley` learn the split from all journeys, converting or not. Credit always sums, over
/// channels, to the conversions (and the value) of the journeys attributed.
public enum AttributionModel: Sendable, Hashable, CustomStringConvertible {
    case firstTouch, lastTouch, linear
    case uShaped, wShaped, fullPath, jShaped, inverseJ
    case timeDecay(halfLifeDays: Double)
    /// Weights by position (first touch, second, …; the last weight also for every later touch).
    case custom(weights: [Double])
    /// Removal effect of a Markov chain of this order (1: states are channels; 2: pairs).
    case markov(order: Int)
    case shapley

    /// The model's name in files and on the command line; `markov_order2` for a second-order chain.
    public var name: String {
        switch self {
        case .firstTouch: "first_touch"
        case .lastTouch: "last_touch"
        case .linear: "linear"
        case .uShaped: "u_shaped"
        case .wShaped: "w_shaped"
        case .fullPath: "full_path"
        case .jShaped: "j_shaped"
        case .inverseJ: "inverse_j"
        case .timeDecay: "time_decay"
        case .custom: "custom"
        case .markov(let order): order == 1 ? "markov" : "markov_order\(order)"
        case .shapley: "shapley"
        }
    }

    public var description: String { name }

    /// The names `--model` accepts, in the order reports list models.
    public static let names = ["first_touch", "last_touch", "linear", "u_shaped", "w_shaped", "full_path", "j_shaped",
                               "inverse_j", "time_decay", "custom", "markov", "shapley"]

    /// Why the model cannot run on journeys without timestamps and milestones (a path file), or
    /// nil when it can: a path says which channel came first and last, nothing about when, or
    /// where the lead and the opportunity were created.
    public var needsTouches: String? {
        switch self {
        case .wShaped, .fullPath: "needs lead and opportunity milestones"
        case .timeDecay: "needs timestamps"
        default: nil
        }
    }
}
