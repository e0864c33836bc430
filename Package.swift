// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Lectern",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lectern", targets: ["lectern"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `lectern serve`'s HTTP server: no SwiftNIO, so a fresh clone builds it in seconds.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Diagnostics"),
        // `%.*f` for plot numbers, called directly rather than through Swift's `withVaList`.
        .target(name: "CFixedFormat"),
        .target(
            name: "Activations",
            dependencies: [.product(name: "Numerics", package: "swift-numerics")]
        ),
        .target(name: "TeXMath", dependencies: ["Diagnostics"]),
        .target(name: "Calc", dependencies: ["Activations", "Diagnostics"]),
        .target(name: "LecternMarkdown", dependencies: ["CCmarkGFM", "Diagnostics"]),
        .target(
            name: "CourseKit",
            dependencies: [
                "LecternMarkdown", "Diagnostics", "Activations", "TeXMath", "Calc", "CFixedFormat",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The output side: pages, search, the site writer, LMS exports and the driver that runs
        // every pass. It only reads the checked course, so no renderer can change a result.
        .target(
            name: "CourseSite",
            dependencies: [
                "CourseKit", "LecternMarkdown", "Diagnostics", "Activations", "TeXMath", "Calc",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The preview server: serving a site from memory, live reload, the file watcher.
        .target(
            name: "LecternServe",
            dependencies: ["Diagnostics", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "lectern",
            dependencies: [
                "CourseKit", "CourseSite", "Calc", "Diagnostics", "LecternServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "lectern-bench",
            dependencies: ["TeXMath", "Calc", "CourseKit", "CourseSite", "LecternServe"],
            path: "Benchmarks/lectern-bench"
        ),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(
            name: "ActivationsTests",
            dependencies: ["Activations", .product(name: "Numerics", package: "swift-numerics")]
        ),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath", "Diagnostics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CalcTests", dependencies: ["Calc", "Activations", "Diagnostics"]),
        .testTarget(
            name: "LecternMarkdownTests",
            dependencies: ["LecternMarkdown", "CCmarkGFM", "Diagnostics"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CourseKitTests",
            dependencies: ["CourseKit", "CourseSite", "LecternMarkdown", "Diagnostics"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LecternTests", dependencies: ["lectern", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "LecternServeTests", dependencies: ["LecternServe", "Diagnostics"]),
    ]
)

// libFuzzer harnesses (Fuzz/run.sh): only when LECTERN_FUZZ is set, so ordinary builds and tests
// never compile them. Built with `-sanitize=fuzzer,address`; libFuzzer supplies `main`.
if Context.environment["LECTERN_FUZZ"] != nil {
    let harnesses: [(String, [Target.Dependency])] = [
        ("TeXMath", ["TeXMath"]),
        ("Calc", ["Calc", "Diagnostics"]),
        ("Quiz", ["CourseKit", "Calc", "Diagnostics"]),
        ("Plot", ["CourseKit", "CourseSite", "Diagnostics"]),
        ("FrontMatter", ["CourseKit", "Diagnostics"]),
        ("Lesson", ["CourseKit", "CourseSite", "Calc", "Diagnostics"]),
    ]
    for (name, dependencies) in harnesses {
        package.targets.append(.executableTarget(
            name: "fuzz-\(name.lowercased())", dependencies: dependencies, path: "Fuzz/\(name)Fuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ))
    }
}
