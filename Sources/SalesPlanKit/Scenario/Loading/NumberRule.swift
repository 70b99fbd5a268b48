/// A range a number must fall in, with the message that says so.
enum NumberRule {
    case any
    /// Strictly greater than 0 (σ).
    case positive
    /// 0 or more.
    case nonNegative
    /// Between 0 and 1 inclusive (probabilities, margins, shares).
    case fraction
    case between(Double, Double)
    case atMost(Double)
    /// Money from 0 to ``ValueLimits/money``.
    case money
    /// Money of at least ``ValueLimits/smallestQuota``, at most ``ValueLimits/money`` (quotas,
    /// the goal).
    case positiveMoney
    /// Money that may be negative (EBITDA), within ±``ValueLimits/money``.
    case signedMoney
    /// An attainment from 0 to ``ValueLimits/attainment``.
    case attainment
    /// An attainment above 0, at most ``ValueLimits/attainment``.
    case positiveAttainment
    /// A pay multiple from 0 to ``ValueLimits/payMultiple``.
    case payMultiple
    /// A pay multiple above 0, at most ``ValueLimits/payMultiple`` (payout caps).
    case positivePayMultiple
    /// Hours from 0 to ``ValueLimits/workloadHours``.
    case hours
    /// A conversion rate: above 0 (a funnel stage nothing passes is no funnel), at most 1.
    case rate
    /// An amount above 0, at most ``ValueLimits/money`` (a cost per click may be under one unit).
    case positiveAmount

    func problem(with value: Double, written raw: String) -> String? {
        // Built only for a message: most numbers are in range.
        let got = { "(got \(Excerpt.of(raw.trimmingWhitespace())))" }
        switch self {
        case .any: return nil
        case .positive: return value > 0 ? nil : "must be greater than 0 \(got())"
        case .nonNegative: return value >= 0 ? nil : "must be 0 or more \(got())"
        case .fraction: return (0...1).contains(value) ? nil : "must be between 0 and 1 (0 % and 100 %) \(got())"
        case .between(let low, let high):
            return (low...high).contains(value) ? nil : "must be between \(NumberText.plain(low)) and \(NumberText.plain(high)) \(got())"
        case .atMost(let high): return value <= high ? nil : "must be at most \(NumberText.plain(high)) \(got())"
        case .money, .positiveMoney, .signedMoney:
            if self == .positiveMoney, value <= 0 { return "must be greater than 0 \(got())" }
            if self == .positiveMoney, value < ValueLimits.smallestQuota {
                return "must be at least 1 (one unit of the currency; attainment is divided by it) \(got())"
            }
            if self == .money, value < 0 { return "must be 0 or more \(got())" }
            guard abs(value) > ValueLimits.money else { return nil }
            let limit = "\(NumberText.grouped(ValueLimits.money)) (10¹⁵, a quadrillion), the largest amount SalesPlan accepts"
            return value > 0 ? "must be at most \(limit) \(got())" : "must be at least -\(limit) \(got())"
        case .attainment, .positiveAttainment:
            if self == .positiveAttainment, value <= 0 { return "must be greater than 0 \(got())" }
            if value < 0 { return "must be 0 or more \(got())" }
            return value <= ValueLimits.attainment ? nil
                : "must be at most \(NumberText.plain(ValueLimits.attainment)) (10,000 % of quota), the largest attainment SalesPlan accepts \(got())"
        case .payMultiple, .positivePayMultiple:
            if self == .positivePayMultiple, value <= 0 { return "must be greater than 0 \(got())" }
            if value < 0 { return "must be 0 or more \(got())" }
            return value <= ValueLimits.payMultiple ? nil
                : "must be at most \(NumberText.grouped(ValueLimits.payMultiple)) (times the target incentive), the largest pay multiple SalesPlan accepts \(got())"
        case .rate: return value > 0 && value <= 1 ? nil : "must be above 0 and at most 1 (100 %): a conversion rate \(got())"
        case .positiveAmount:
            if value <= 0 { return "must be greater than 0 \(got())" }
            return value <= ValueLimits.money ? nil : "must be at most \(NumberText.grouped(ValueLimits.money)) (10¹⁵), the largest amount SalesPlan accepts \(got())"
        case .hours:
            if value < 0 { return "must be 0 or more \(got())" }
            return value <= ValueLimits.workloadHours ? nil
                : "must be at most \(NumberText.grouped(ValueLimits.workloadHours)) hours a year \(got())"
        }
    }
}

extension NumberRule: Equatable {}
