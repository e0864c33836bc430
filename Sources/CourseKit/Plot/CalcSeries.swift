import Calc

/// Compiles `y:` expressions of a plot block with Calc: parsed once, then run with `x` bound
/// to each sample point.
package struct CalcSeries: Sendable {
    private let interpreter: Interpreter

    /// The sandbox bounds of one evaluation. A plot runs its expression at hundreds of
    /// points, so each run gets far less than a lesson statement; an expression that needs
    /// more is reported (`calc.step-limit`) rather than slowing the build down.
    package static let limits = Limits(maxSteps: 5_000, maxWork: 20_000, maxElements: 10_000, maxNesting: 200)

    /// `interpreter` supplies the functions and any bindings the expressions may use.
    package init(interpreter: Interpreter = Interpreter(limits: CalcSeries.limits)) {
        self.interpreter = interpreter
    }

    /// A `PlotBlock.Compiler`. An expression that fails everywhere (an unknown name) or gives
    /// something other than a number (softmax of a scalar is fine, of a vector is not) is an
    /// error; one that fails only at some points (log of a negative number) is a gap in the curve.
    package func compile(_ expression: String) -> Result<(Double) -> Double?, CalcError> {
        let program: Program
        switch interpreter.parse(expression) {
        case .failure(let error): return .failure(error)
        case .success(let parsed): program = parsed
        }
        let base = interpreter
        let evaluate: (Double) -> Result<Value?, CalcError> = { x in
            var copy = base
            copy.bind("x", to: .number(x))
            return copy.run(program)
        }
        var firstError: CalcError?
        for probe in [0.5, 1.5, -0.5, 2.5] {
            switch evaluate(probe) {
            case .success(.number?):
                return .success { x in
                    guard case .success(.number(let y)?) = evaluate(x) else { return nil }
                    return y
                }
            case .success(let other):
                return .failure(CalcError(
                    offset: 0, length: max(expression.unicodeScalars.count, 1), code: Codes.plotNotANumber,
                    message: "'\(expression)' gives \(Self.describe(other)), but a plot needs one number for each x"))
            case .failure(let error):
                firstError = firstError ?? error
            }
        }
        return .failure(firstError ?? CalcError(offset: 0, code: Codes.plotNotANumber, message: "'\(expression)' has no value"))
    }

    private static func describe(_ value: Value?) -> String {
        switch value {
        case nil: "no value (an assignment)"
        case .number?: "a number"
        case .boolean?: "a boolean"
        case .vector?, .booleanVector?: "a vector"
        case .matrix?, .booleanMatrix?: "a matrix"
        case .string?: "text"
        }
    }
}
