// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Compiles SalesPlanKit for the vector units of the machine that builds it, as `-march=native`
/// does for C: when an x86-64 build machine has the Haswell feature set (AVX2, FMA, BMI2, …), the
/// engine's exp and histogram passes run four lanes wide instead of two, about 8 % less time per
/// draw. Swift never fuses a·b + c into one rounding, so results are bit-identical either way.
/// Set `SALESPLAN_PORTABLE=1` when building a binary to copy to other machines.
let nativeVectorSettings: [SwiftSetting] = {
    let environment = ProcessInfo.processInfo.environment
    guard environment["SALESPLAN_PORTABLE"] == nil,
          let cpuInfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let flagsLine = cpuInfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return [] }
    let flags = Set(flagsLine.split(separator: " ").map(String.init))
    let haswell: Set = ["avx", "avx2", "fma", "bmi1", "bmi2", "f16c", "movbe", "popcnt", "sse4_2", "abm"]
    return haswell.isSubset(of: flags) ? [.unsafeFlags(["-target-cpu", "haswell"])] : []
}()

let package = Package(
    name: "SalesPlan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "salesplan", targets: ["salesplan"]),
        .library(name: "SalesPlanKit", targets: ["SalesPlanKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GSL, the GNU Scientific Library, as a system library found through pkg-config.
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
        ),
        // GLPK, the GNU Linear Programming Kit, for `salesplan balance --exact` (no pkg-config file).
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        // Removing half-written report folders from a signal handler (async-signal-safe C).
        .target(name: "CSignalSafe"),
        .target(
            name: "SalesPlanKit",
            dependencies: [
                "CGSL",
                "CGLPK",
                "CSignalSafe",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: nativeVectorSettings
        ),
        .executableTarget(
            name: "salesplan",
            dependencies: [
                "SalesPlanKit",
                "CSignalSafe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SalesPlanKitTests",
            dependencies: ["SalesPlanKit"]
        ),
        .testTarget(
            name: "SalesPlanCLITests",
            dependencies: ["salesplan"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
