import Foundation

/// A scenario prepared for the Monte Carlo engine: flat arrays the inner loop can stream through.
///
/// Built once per run from a validated ``Scenario``. Direct sellers (those who book revenue
/// themselves) are drawn; credited sellers (managers, overlays) are paid on the bookings of the
/// direct sellers ``CreditMap`` assigns them.
struct SimulationModel: Sendable {
    struct YearTypeParameters: Sendable {
        /// Probability of this year type or any listed before it; the last is exactly 1.
        var cumulativeProbability: Double
        var logMedian: Double
        var sigma: Double
    }

    var yearTypes: [YearTypeParameters]
    var macroShockSigma: Double
    /// Draw the macro shock's normal even when σ is 0, so that scenarios compared with one that
    /// has a shock keep their draws in step (common random numbers).
    var alwaysDrawsMacroShock = false
    /// The order direct sellers draw in, when it is not the roster's: each slot is a direct
    /// seller's position, or nil for a seller of another scenario in the comparison, whose draws
    /// are made and discarded. nil: the roster's order (a plain run).
    var drawSlots: [Int?]?

    /// Compiled plans, indexed by the sellers' plan indexes.
    var payouts: [PayoutFunction]

    // Direct sellers, in scenario order.
    var directScenarioIndex: [Int]
    var directQuota: [Double]
    var directLogSkill: [Double]
    var directPlan: [Int]
    var directTargetIncentive: [Double]
    /// For each direct seller, the credited-seller slots their bookings also count for.
    var directCreditSlots: [[Int]]

    // Credited sellers (managers, overlays), in scenario order.
    var creditedScenarioIndex: [Int]
    var creditedQuota: [Double]
    var creditedPlan: [Int]
    var creditedTargetIncentive: [Double]

    /// Breakdown cells (plan, role, region, segment) and each direct and credited seller's cell.
    var cells: PayCells
    /// Goal parts (region, segment, vertical, product, territory) and each direct seller's share
    /// of bookings in them, for P(goal met) per part.
    var goalParts: GoalParts
    var directCell: [Int]
    var creditedCell: [Int]

    /// Sum of every seller's base salary: the fixed part of total compensation.
    var totalBaseSalary: Double
    /// Sum of every seller's target incentive: the variable-comp budget.
    var totalTargetIncentive: Double
    /// Sum of every seller's on-target earnings (base + target incentive).
    var totalOnTargetEarnings: Double
    /// Sum of direct sellers' quotas.
    var totalDirectQuota: Double
    var goal: Double

    /// The general path's model; nil for a scenario without real-plan features (fast path).
    var realPlans: RealPlanModel?
    /// How many numbers a chunk draws per slot, and each direct and credited seller's slot in it
    /// (their own position in a plain run; their id's place in the ``DrawPlan`` of a comparison).
    var drawLayout: DrawLayout
    var directDrawSlot: [Int]
    var creditedDrawSlot: [Int]

    var sellerCount: Int { directQuota.count + creditedQuota.count }

    init(scenario: Scenario, drawPlan: DrawPlan? = nil) {
        let settings = scenario.simulation
        var cumulative = 0.0
        yearTypes = settings.yearTypes.enumerated().map { index, yearType in
            cumulative += yearType.probability
            return YearTypeParameters(
                cumulativeProbability: index == settings.yearTypes.count - 1 ? 1 : cumulative,
                logMedian: log(yearType.medianAttainment), sigma: yearType.sigma)
        }
        macroShockSigma = settings.macroShockSigma

        var planIndex: [String: Int] = [:]
        payouts = scenario.plans.enumerated().map { index, plan in
            planIndex[plan.id] = index
            return plan.payoutFunction()
        }

        let credit = CreditMap(sellers: scenario.sellers)
        let direct = scenario.sellers.indices.filter { scenario.sellers[$0].role.credit == .own }
        let credited = scenario.sellers.indices.filter { scenario.sellers[$0].role.credit != .own }
        let logSkills = SellerSkill.logSkills(priorAttainments: direct.map { scenario.sellers[$0].priorAttainments },
                                              persistence: settings.skillPersistence)

        directScenarioIndex = direct
        directQuota = direct.map { scenario.sellers[$0].quota }
        directLogSkill = logSkills
        directPlan = direct.map { planIndex[scenario.sellers[$0].planID] ?? 0 }
        directTargetIncentive = direct.map { scenario.plans[planIndex[scenario.sellers[$0].planID] ?? 0].targetIncentive }

        var directPosition: [Int: Int] = [:]
        for (position, index) in direct.enumerated() { directPosition[index] = position }
        var slots = [[Int]](repeating: [], count: direct.count)
        for (slot, index) in credited.enumerated() {
            for creditedDirect in credit.creditedSellers(of: index) {
                slots[directPosition[creditedDirect]!].append(slot)
            }
        }
        directCreditSlots = slots

        creditedScenarioIndex = credited
        creditedQuota = credited.map { scenario.sellers[$0].quota }
        creditedPlan = credited.map { planIndex[scenario.sellers[$0].planID] ?? 0 }
        creditedTargetIncentive = credited.map { scenario.plans[planIndex[scenario.sellers[$0].planID] ?? 0].targetIncentive }

        totalBaseSalary = scenario.sellers.reduce(0) { total, seller in
            total + (planIndex[seller.planID].map { scenario.plans[$0].baseSalary } ?? 0)
        }
        totalTargetIncentive = scenario.sellers.reduce(0) { total, seller in
            total + (planIndex[seller.planID].map { scenario.plans[$0].targetIncentive } ?? 0)
        }
        totalOnTargetEarnings = totalBaseSalary + totalTargetIncentive
        goalParts = GoalParts(scenario: scenario)
        // β: a quota moved away from its baseline moves median bookings by (quota ÷ baseline)^β,
        // so median attainment moves by (quota ÷ baseline)^(β − 1).
        let elasticity = settings.quotaElasticity
        for (position, index) in direct.enumerated() {
            let seller = scenario.sellers[index]
            if let baseline = seller.baselineQuota, baseline != seller.quota {
                directLogSkill[position] += (elasticity - 1) * log(seller.quota / baseline)
            }
        }
        if scenario.usesRealPlanFeatures {
            realPlans = RealPlanModel(scenario: scenario, direct: direct, credited: credited, planIndex: planIndex,
                                      logSkills: logSkills, goalParts: goalParts)
        }
        drawLayout = DrawLayout(directSlots: direct.count, creditedSlots: credited.count)
        if realPlans != nil {
            drawLayout.drawsExtras = true
            drawLayout.extraNormalCounts = direct.map { scenario.realPlanDrawCounts(of: scenario.sellers[$0]).extraNormals }
            drawLayout.uniformCounts = (direct + credited).map { scenario.realPlanDrawCounts(of: scenario.sellers[$0]).uniforms }
        }
        directDrawSlot = Array(direct.indices)
        creditedDrawSlot = Array(credited.indices)
        if let drawPlan {
            var position: [String: Int] = [:]
            for (index, scenarioIndex) in direct.enumerated() { position[scenario.sellers[scenarioIndex].id] = index }
            drawSlots = drawPlan.directSellerIDs.map { position[$0] }
            alwaysDrawsMacroShock = drawPlan.drawsMacroShock
            drawLayout = drawPlan.layout
            var directSlot: [String: Int] = [:], creditedSlot: [String: Int] = [:]
            for (slot, id) in drawPlan.directSellerIDs.enumerated() { directSlot[id] = slot }
            for (slot, id) in drawPlan.creditedSellerIDs.enumerated() { creditedSlot[id] = slot }
            directDrawSlot = direct.map { directSlot[scenario.sellers[$0].id] ?? 0 }
            creditedDrawSlot = credited.map { creditedSlot[scenario.sellers[$0].id] ?? 0 }
        }
        let cells = PayCells(scenario: scenario)
        self.cells = cells
        directCell = direct.map { cells.cellOfSeller[$0] }
        creditedCell = credited.map { cells.cellOfSeller[$0] }
        totalDirectQuota = directQuota.reduce(0, +)
        goal = scenario.goal.bookings
    }
}
