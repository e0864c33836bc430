import RealModule
import Testing
@testable import Activations

/// Relative agreement the library promises for float64 results.
let relativeTolerance = 1e-9

/// True when `actual` is within 1e-9 relative of `expected` (swift-numerics'
/// `isApproximatelyEqual` semantics). Results below 1e-290 are compared absolutely: that far
/// down, float64 itself has no relative precision left, so only "tiny or zero" is meaningful.
func isClose(_ actual: Double, _ expected: Double, relative: Double = relativeTolerance) -> Bool {
    actual.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-300, relativeTolerance: relative)
}

/// Element-wise `isClose` for equally long arrays.
func isClose(_ actual: [Double], _ expected: [Double], relative: Double = relativeTolerance) -> Bool {
    actual.count == expected.count && zip(actual, expected).allSatisfy { isClose($0, $1, relative: relative) }
}

/// Central finite difference (f(x + h) − f(x − h)) / 2h with a step scaled to x.
func centralDifference(_ f: (Double) -> Double, at x: Double) -> Double {
    let h = 1e-6 * max(1, abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
}

/// Agreement expected between an analytic derivative and a central difference: the difference
/// carries an O(h²) truncation error plus rounding of about ε/h.
func agreesWithDifference(_ analytic: Double, _ numeric: Double) -> Bool {
    analytic.isApproximatelyEqual(to: numeric, absoluteTolerance: 1e-7, relativeTolerance: 1e-6)
}

/// The Jacobian ∂fᵢ/∂xⱼ of a vector function by central differences, as rows.
func numericJacobian(_ f: ([Double]) -> [Double], at x: [Double]) -> [[Double]] {
    let columns: [[Double]] = x.indices.map { j in
        let h = 1e-6 * max(1, abs(x[j]))
        var up = x, down = x
        up[j] += h
        down[j] -= h
        return zip(f(up), f(down)).map { ($0 - $1) / (2 * h) }
    }
    return f(x).indices.map { i in x.indices.map { j in columns[j][i] } }
}

/// The gradient of a scalar function of a vector by central differences.
func numericGradient(_ f: ([Double]) -> Double, at x: [Double]) -> [Double] {
    x.indices.map { j in
        let h = 1e-6 * max(1, abs(x[j]))
        var up = x, down = x
        up[j] += h
        down[j] -= h
        return (f(up) - f(down)) / (2 * h)
    }
}

/// The standard registry entry called `name`; fails the test when it is missing.
func entry(_ name: String) throws -> RegisteredFunction {
    try #require(Registry.standard.function(named: name), "no function named \(name)")
}

/// Calls a registry entry's `evaluate` with a scalar and returns the scalar result.
func scalarValue(_ name: String, _ x: Double) throws -> Double {
    guard case .scalar(let y) = try entry(name).evaluate([.scalar(x)]) else {
        Issue.record("\(name) of a scalar is not a scalar")
        return .nan
    }
    return y
}

/// Calls a registry entry's `derivative` with a scalar and returns the scalar result.
func scalarDerivative(_ name: String, _ x: Double) throws -> Double {
    guard case .scalar(let y) = try entry(name).derivative([.scalar(x)]) else {
        Issue.record("\(name)' of a scalar is not a scalar")
        return .nan
    }
    return y
}
