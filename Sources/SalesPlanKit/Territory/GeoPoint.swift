import Foundation

/// A point on the Earth as a unit vector, so that the distance test in the solver's inner loop
/// is a dot product instead of four trigonometric calls.
struct GeoPoint: Sendable, Equatable {
    var x: Double, y: Double, z: Double

    /// Mean Earth radius (IUGG), the radius of the haversine formula.
    static let earthRadiusKm = 6_371.0088

    init(latitude: Double, longitude: Double) {
        let phi = latitude * .pi / 180, lambda = longitude * .pi / 180
        x = cos(phi) * cos(lambda)
        y = cos(phi) * sin(lambda)
        z = sin(phi)
    }

    init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    func dot(_ other: GeoPoint) -> Double { x * other.x + y * other.y + z * other.z }

    /// Great-circle distance; the same as the haversine formula, from the chord length.
    func distanceKm(to other: GeoPoint) -> Double {
        let dx = x - other.x, dy = y - other.y, dz = z - other.z
        let chord = (dx * dx + dy * dy + dz * dz).squareRoot()
        return 2 * Self.earthRadiusKm * asin(min(1, chord / 2))
    }

    /// The cosine of the angle a distance subtends: points within `km` have a dot product at
    /// least this.
    static func minimumDot(forKm km: Double) -> Double {
        km >= .pi * earthRadiusKm ? -2 : cos(km / earthRadiusKm)
    }

    /// The centre of a set of points on the sphere (the normalised mean vector); nil for none or
    /// for points that cancel out.
    static func centroid(_ points: [GeoPoint]) -> GeoPoint? {
        var sx = 0.0, sy = 0.0, sz = 0.0
        for point in points { sx += point.x; sy += point.y; sz += point.z }
        let norm = (sx * sx + sy * sy + sz * sz).squareRoot()
        guard norm > 1e-12 else { return nil }
        return GeoPoint(x: sx / norm, y: sy / norm, z: sz / norm)
    }

    var latitude: Double { asin(max(-1, min(1, z))) * 180 / .pi }
    var longitude: Double { atan2(y, x) * 180 / .pi }
}

/// The haversine great-circle distance, in kilometres, between two points given in degrees.
public func haversineKm(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
    let phi1 = latitude1 * .pi / 180, phi2 = latitude2 * .pi / 180
    let dPhi = phi2 - phi1, dLambda = (longitude2 - longitude1) * .pi / 180
    let h = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
    return 2 * GeoPoint.earthRadiusKm * asin(min(1, h.squareRoot()))
}
