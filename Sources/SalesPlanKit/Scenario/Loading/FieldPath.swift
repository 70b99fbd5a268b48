/// The path of a field inside a scenario, written as users see it in the file:
/// `plans[1].measures[0].pay_curve.threshold`. Indexes count from 0.
struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    private var text: String

    static let root = FieldPath(text: "")

    private init(text: String) { self.text = text }

    func key(_ name: String) -> FieldPath {
        FieldPath(text: text.isEmpty ? name : "\(text).\(name)")
    }

    func index(_ position: Int) -> FieldPath {
        FieldPath(text: "\(text)[\(position)]")
    }

    var description: String { text }
}
