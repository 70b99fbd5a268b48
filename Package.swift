// swift-tools-version: 6.0
import PackageDescription

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
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // GSL, the GNU Scientific Library, as a system library found through pkg-config.
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
        ),
        .target(
            name: "SalesPlanKit",
            dependencies: [
                "CGSL",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "salesplan",
            dependencies: [
                "SalesPlanKit",
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
