/// Sizes SalesPlan refuses up front, with a reason, rather than exhausting memory or running for
/// days. The defaults fit a 2-core, 24 GB machine with room to spare; raise them for bigger ones.
public struct ScenarioLimits: Sendable, Equatable {
    /// Largest scenario or CSV file read, in bytes.
    public var maxFileBytes: Int
    /// Most sellers (of all roles) in one scenario.
    public var maxSellers: Int
    /// Most accounts in one scenario.
    public var maxAccounts: Int
    /// Most Monte Carlo trials.
    public var maxTrials: Int
    /// Most attainment draws (trials × sellers) in one run: at roughly 10 ns a draw per core,
    /// 10¹¹ draws is several minutes on two cores.
    public var maxDraws: Double

    public static let standard = ScenarioLimits(
        maxFileBytes: 256_000_000, maxSellers: 200_000, maxAccounts: 2_000_000,
        maxTrials: 20_000_000, maxDraws: 1e11)

    public init(maxFileBytes: Int, maxSellers: Int, maxAccounts: Int, maxTrials: Int, maxDraws: Double) {
        self.maxFileBytes = maxFileBytes
        self.maxSellers = maxSellers
        self.maxAccounts = maxAccounts
        self.maxTrials = maxTrials
        self.maxDraws = maxDraws
    }

    /// Why trials are limited, for the message refusing more.
    static let trialsReason = "percentiles are already stable to a fraction of a percent at 100,000 trials"

    /// Why a simulation of this size is refused, or nil if it is acceptable.
    public func simulationSizeProblem(trials: Int, sellers: Int) -> String? {
        if trials > maxTrials {
            return "\(NumberText.grouped(trials)) trials is above the limit of \(NumberText.grouped(maxTrials)): keeping every trial's totals would take \(ByteCount(Double(trials) * 64)); \(Self.trialsReason)"
        }
        let draws = Double(trials) * Double(sellers)
        if draws > maxDraws {
            let hours = draws * 10e-9 / 2 / 3600
            return "\(NumberText.grouped(trials)) trials × \(NumberText.grouped(sellers)) sellers is \(String(format: "%.1e", draws)) attainment draws, above the limit of \(String(format: "%.0e", maxDraws)) (about \(String(format: "%.1f", hours)) hours on two cores); reduce the trials"
        }
        return nil
    }
}
