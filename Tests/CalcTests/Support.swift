import Activations
@testable import Calc
import Foundation

/// Runs `source` in a fresh interpreter and returns the last value (nil on error or assignment).
func value(_ source: String) -> Value? {
    var interpreter = Interpreter()
    guard case .success(let value) = interpreter.run(source) else { return nil }
    return value
}

/// Runs `source` and returns the error it reports, if any.
func failure(_ source: String, limits: Limits = .standard) -> CalcError? {
    var interpreter = Interpreter(limits: limits)
    guard case .failure(let error) = interpreter.run(source) else { return nil }
    return error
}

/// The number `source` evaluates to, or nil.
func number(_ source: String) -> Double? {
    guard case .number(let x)? = value(source) else { return nil }
    return x
}

/// The vector `source` evaluates to, or nil.
func vector(_ source: String) -> [Double]? {
    guard case .vector(let v)? = value(source) else { return nil }
    return v
}

/// Relative closeness for float64 references.
func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
    a == b || Swift.abs(a - b) <= relative * Swift.max(Swift.abs(a), Swift.abs(b))
}
