/// The attainments of a plan's measures in one trial, measure by measure in plan order (at most
/// ``capacity`` measures; the loader refuses more).
typealias MeasureAttainments = SIMD8<Double>

extension MeasureAttainments {
    static let capacity = PlanMeasure.maximumCount
}
